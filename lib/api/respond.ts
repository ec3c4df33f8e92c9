// JSON answers of the read-only API v1 and the file routes: data, or an error in the vocabulary of lib/errors.ts
// (a stable code, a message in the caller's language, details for a client, a reference for an unexpected failure).
import { NextResponse } from "next/server";
import { createTranslator } from "next-intl";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/session";
import { AppError, errorJson, toErrorAnswer, type ExpectedCode } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { getApiViewer } from "./auth";

const HEADERS = { "Cache-Control": "no-store" };

/** `page` carries a list's paging (`next`: the cursor of the following page, null on the last). */
export function ok(data: unknown, page?: { next: string | null }): NextResponse {
  return NextResponse.json({ data, ...page }, { headers: HEADERS });
}

export function apiError(code: ExpectedCode, details?: unknown, locale?: Locale): NextResponse {
  return errorResponse(new AppError(code, undefined, undefined, details), locale);
}

/** Any thrown value as a JSON answer: an AppError with its message, anything else logged and answered with a reference. */
export function errorResponse(error: unknown, locale: Locale = DEFAULT_LOCALE): NextResponse {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "errors" });
  const { status, body } = errorJson(toErrorAnswer(error, "api"), (key, values) => t(key as never, values as never));
  return NextResponse.json(body, { status, headers: HEADERS });
}

/** Runs a handler; what it throws is answered by errorResponse. */
export async function handle(run: () => Promise<NextResponse>, locale?: Locale): Promise<NextResponse> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error, locale);
  }
}

/** The language of an API answer: the UI's language cookie, else Accept-Language, else Vietnamese. */
export function requestLocale(request: Request): Locale {
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(request.headers.get("cookie") ?? "")?.[1];
  if (isLocale(cookie)) return cookie;
  const preferred = request.headers.get("accept-language")?.split(",")[0]?.trim().slice(0, 2);
  return isLocale(preferred) ? preferred : DEFAULT_LOCALE;
}

/**
 * A GET route of the API: caller (session or token) → query parsed with `schema` → `run`. Every route of v1
 * answers unauthenticated, invalid and unexpected requests the same way.
 */
export function apiRoute<S extends z.ZodType>(schema: S, run: (viewer: Viewer, query: z.output<S>) => Promise<NextResponse>) {
  return (request: Request) => {
    const locale = requestLocale(request);
    return handle(async () => {
      const viewer = await getApiViewer(request);
      if (!viewer) return errorResponse(new AppError("UNAUTHENTICATED", "apiUnauthenticated"), locale);
      const query = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return apiError("INVALID", query.error.issues.map((i) => i.path.join(".")), locale);
      return run(viewer, query.data);
    }, locale);
  };
}
