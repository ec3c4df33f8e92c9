// next-intl without locale routing: the language is a cookie (set by the language switch), Vietnamese by default.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";
import { MESSAGES } from "./messages";

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
    messages: MESSAGES[locale],
  };
});
