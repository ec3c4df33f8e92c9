// The report's words come from the same message files as the pages (namespace "reports"), through next-intl's
// request-free translator, so a pure builder can write Vietnamese or English without a request.
import type { Locale } from "@/lib/i18n/locales";
import { messageTranslator, type Translate } from "@/lib/i18n/translator";

export interface ReportWords {
  /** Keys under reports.document. */
  t: Translate;
  /** A status word as the dashboard's badges write it ("Có nguy cơ"). */
  status: (status: string) => string;
}

export function reportWords(locale: Locale): ReportWords {
  const doc = messageTranslator(locale, "reports.document");
  const status = messageTranslator(locale, "status");
  return { t: (key, values) => doc(key, values), status: (s) => status(s) };
}
