// JSON answers of the read-only API v1 and the file routes: data, or an error in the vocabulary of lib/errors.ts
// (a stable code, a message in the caller's language, details for a client, a reference for an unexpected failure).
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getApiViewer } from "./auth";
import { apiError, errorResponse, NO_STORE, requestLocale } from "./error-response";

export { apiError, errorResponse, requestLocale } from "./error-response";

/** `page` carries a list's paging (`next`: the cursor of the following page, null on the last). */
export function ok(data: unknown, page?: { next: string | null }): NextResponse {
  return NextResponse.json({ data, ...page }, { headers: NO_STORE });
}

/** A generated file to download: never cached, named for the user's disk (RFC 6266, Vietnamese names kept). */
export function fileResponse(file: Buffer, contentType: string, disposition: string): NextResponse {
  return new NextResponse(new Uint8Array(file), {
    headers: { "Content-Type": contentType, "Content-Disposition": disposition, "Content-Length": String(file.length), "Cache-Control": "no-store" },
  });
}

/** Runs a handler; what it throws is answered by errorResponse. */
export async function handle(run: () => Promise<NextResponse>, locale?: Locale): Promise<NextResponse> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error, locale);
  }
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
