// next-intl without locale routing: the language is a cookie (set by the language switch), Vietnamese by default.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";
import { MESSAGES } from "./messages";

// A locale passed explicitly (getTranslations({ locale }), as cached components do) is used without reading the
// cookie: a "use cache" function may not read the request.
export default getRequestConfig(async ({ locale: explicit }) => {
  const stored = isLocale(explicit) ? explicit : (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
    messages: MESSAGES[locale],
  };
});
