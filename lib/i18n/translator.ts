// The message files read without a request, for pure builders (review reports, a target's reading, audit
// sentences): one translator per locale and namespace, made once.
import { createTranslator } from "next-intl";
import type { Locale } from "./locales";
import { MESSAGES } from "./messages";

export type Values = Record<string, string | number>;
export type Translate = (key: string, values?: Values) => string;

const made = new Map<string, Translate>();

export function messageTranslator(locale: Locale, namespace: string): Translate {
  const key = `${locale}:${namespace}`;
  let t = made.get(key);
  if (!t) made.set(key, (t = createTranslator({ locale, messages: MESSAGES[locale], namespace }) as unknown as Translate));
  return t;
}
