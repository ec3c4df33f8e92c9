// The report's words come from the same message files as the pages (namespace "reports"), through next-intl's
// request-free translator, so a pure builder can write Vietnamese or English without a request.
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

export type Values = Record<string, string | number>;
export type Translate = (key: string, values?: Values) => string;

export interface ReportWords {
  /** Keys under reports.document. */
  t: Translate;
  /** A status word as the dashboard's badges write it ("Có nguy cơ"). */
  status: (status: string) => string;
}

export function reportWords(locale: Locale): ReportWords {
  const messages = MESSAGES[locale];
  const doc = createTranslator({ locale, messages, namespace: "reports.document" }) as unknown as Translate;
  const status = createTranslator({ locale, messages, namespace: "status" }) as unknown as Translate;
  return { t: (key, values) => doc(key, values), status: (s) => status(s) };
}
