// JSON error answers in the vocabulary of lib/errors.ts, in the caller's language. No server-only imports: the proxy
// answers with these too (a refused write, an unauthenticated API call, a body beyond its limit).
import { NextResponse } from "next/server";
import { AppError, errorJson, toErrorAnswer, type ExpectedCode, type MessageValues } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { messageTranslator } from "@/lib/i18n/translator";

export const NO_STORE = { "Cache-Control": "no-store" };

export function apiError(code: ExpectedCode, details?: unknown, locale?: Locale, key?: string, values?: MessageValues): NextResponse {
  return errorResponse(new AppError(code, key, values, details), locale);
}

/** Any thrown value as a JSON answer: an AppError with its message, anything else logged and answered with a reference. */
export function errorResponse(error: unknown, locale: Locale = DEFAULT_LOCALE): NextResponse {
  const { status, body } = errorJson(toErrorAnswer(error, "api"), messageTranslator(locale, "errors"));
  return NextResponse.json(body, { status, headers: NO_STORE });
}

/** The language of an API answer: the UI's language cookie, else Accept-Language, else Vietnamese. */
export function requestLocale(request: Request): Locale {
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(request.headers.get("cookie") ?? "")?.[1];
  if (isLocale(cookie)) return cookie;
  const preferred = request.headers.get("accept-language")?.split(",")[0]?.trim().slice(0, 2);
  return isLocale(preferred) ? preferred : DEFAULT_LOCALE;
}
