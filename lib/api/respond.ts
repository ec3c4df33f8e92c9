// JSON answers of the read-only API v1: data, or an error with a stable code and a readable message.
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/session";
import { getApiViewer } from "./auth";

export type ApiErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "INTERNAL";

const STATUS: Record<ApiErrorCode, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 400, INTERNAL: 500 };
const MESSAGES: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: "Sign in, or send a valid API token as 'Authorization: Bearer <token>'.",
  FORBIDDEN: "This account's role does not allow this.",
  NOT_FOUND: "Not found, or outside the scope of this account or token.",
  INVALID: "The request parameters are not valid.",
  INTERNAL: "The request could not be completed.",
};

const HEADERS = { "Cache-Control": "no-store" };

/** `page` carries a list's paging (`next`: the cursor of the following page, null on the last). */
export function ok(data: unknown, page?: { next: string | null }): NextResponse {
  return NextResponse.json({ data, ...page }, { headers: HEADERS });
}

export function apiError(code: ApiErrorCode, details?: unknown): NextResponse {
  return NextResponse.json({ error: { code, message: MESSAGES[code], ...(details ? { details } : {}) } }, { status: STATUS[code], headers: HEADERS });
}

/** Runs a handler; unexpected failures are logged with a reference and answered without their text. */
export async function handle(run: () => Promise<NextResponse>): Promise<NextResponse> {
  try {
    return await run();
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    console.error(`api failed [${reference}]`, error);
    return NextResponse.json({ error: { code: "INTERNAL", message: MESSAGES.INTERNAL, reference } }, { status: 500, headers: HEADERS });
  }
}

/**
 * A GET route of the API: caller (session or token) → query parsed with `schema` → `run`. Every route of v1
 * answers unauthenticated, invalid and unexpected requests the same way.
 */
export function apiRoute<S extends z.ZodType>(schema: S, run: (viewer: Viewer, query: z.output<S>) => Promise<NextResponse>) {
  return (request: Request) =>
    handle(async () => {
      const viewer = await getApiViewer(request);
      if (!viewer) return apiError("UNAUTHENTICATED");
      const query = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return apiError("INVALID", query.error.issues.map((i) => i.path.join(".")));
      return run(viewer, query.data);
    });
}
