// Pure: a target's wording in the UI's language. English titles are optional: one left empty reads as the
// Vietnamese, marked as such, in every English page, report and API answer.
import type { Locale } from "@/lib/i18n/locales";
import { messageTranslator } from "@/lib/i18n/translator";

export function targetTitle(target: { titleVi: string; titleEn: string | null }, locale: Locale): string {
  if (locale === "vi") return target.titleVi;
  const english = target.titleEn?.trim();
  return english || messageTranslator(locale, "resolutions")("titleInVietnamese", { title: target.titleVi });
}
