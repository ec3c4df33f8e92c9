import "server-only";
import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** The language of this request's UI (next-intl's, narrowed to the app's locales). */
export async function getUiLocale(): Promise<Locale> {
  const raw = await getLocale();
  return isLocale(raw) ? raw : DEFAULT_LOCALE;
}
