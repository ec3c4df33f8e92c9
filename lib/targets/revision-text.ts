// Pure: the words a report or a page writes about the version of an amended target it used.
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import type { RevisionInUse } from "./in-force";

export function revisionNote(revision: RevisionInUse | null | undefined, locale: Locale): string | null {
  if (!revision) return null;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "resolutions.revisionNote" }) as unknown as
    (key: string, values?: Record<string, string | number>) => string;
  if (revision.revision === 1) return t("original", { count: revision.count });
  return t("amended", { reference: revision.reference ?? "—", revision: revision.revision, year: revision.effectiveFrom });
}
