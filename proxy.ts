// Runs before every request (Next.js 16 proxy, Node.js runtime). It is not the authorization boundary —
// every page, action and query checks the session and scope itself — but it adds what must hold everywhere:
// security headers with a per-request CSP nonce on every answer (refusals included), refusal of cross-site writes,
// of bodies beyond their limit and of malformed server-action bodies, the idle session timeout, and a redirect to
// the sign-in page for signed-out visitors (a JSON error for the API).
import { NextResponse, type NextRequest } from "next/server";
import { encode, readSessionCookie, sessionCookie } from "@/lib/auth/jwt";
import { getEnv } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS, SESSION_REFRESH_SECONDS, sessionAlive } from "@/lib/auth/config";
import { checkActionRequest } from "@/lib/auth/action-body";
import { isBearer } from "@/lib/auth/bearer";
import { apiError, requestLocale } from "@/lib/api/error-response";
import { bodyLimitOf } from "@/lib/request-limits";

const PUBLIC_PATHS = [/^\/sign-in(\/|$)/, /^\/activate$/, /^\/api\/auth\//, /^\/api\/health$/, /^\/favicon\.ico$/];
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function allowedOrigins(request: NextRequest): Set<string> {
  const origins = new Set([request.nextUrl.origin]);
  const host = request.headers.get("host");
  if (host) origins.add(`${request.nextUrl.protocol}//${host}`);
  const configured = getEnv().NEXTAUTH_URL;
  if (configured) origins.add(new URL(configured).origin);
  return origins;
}

/** A write refused before it reaches a route: from another site, beyond its size limit, or a malformed action. */
async function refusal(request: NextRequest): Promise<NextResponse | null> {
  if (SAFE_METHODS.has(request.method)) return null;
  const locale = requestLocale(request);
  const origin = request.headers.get("origin");
  if (!origin || !allowedOrigins(request).has(origin)) return apiError("FORBIDDEN", undefined, locale, "crossSite");
  const limit = bodyLimitOf(request.nextUrl.pathname);
  const length = request.headers.get("content-length");
  // Without a length a body could only be counted by reading it whole, and Next.js would cut it short silently.
  if (length === null && request.headers.has("transfer-encoding")) return apiError("INVALID", undefined, locale, "lengthRequired");
  if (length !== null && !(Number(length) <= limit.bytes)) return apiError("TOO_LARGE", undefined, locale, limit.key, { size: limit.sizeMb });
  if ((await checkActionRequest(request, request.nextUrl.pathname)) === false) return apiError("INVALID", undefined, locale, "malformedRequest");
  return null;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const env = getEnv();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, env.NODE_ENV === "development");
  const response = (await refusal(request)) ?? (await route(request, csp));
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "same-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  response.headers.set("Cache-Control", "no-store");
  return response;

  async function route(request: NextRequest, csp: string): Promise<NextResponse> {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", csp);
    const { name: cookieName, secure, secret } = sessionCookie();
    const token = await readSessionCookie(request.cookies.get(cookieName)?.value, secret);
    const now = Math.floor(Date.now() / 1000);
    const alive = !!token && sessionAlive(token, now);

    // API calls with a token are authenticated by the route itself (lib/api/auth.ts).
    const bearer = pathname.startsWith("/api/v1/") && isBearer(request.headers.get("authorization"));
    if (!alive && !bearer && !PUBLIC_PATHS.some((p) => p.test(pathname))) {
      let refused: NextResponse;
      if (pathname.startsWith("/api/")) {
        refused = apiError("UNAUTHENTICATED", undefined, requestLocale(request), "apiUnauthenticated");
      } else {
        const signIn = new URL("/sign-in", request.url);
        signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
        if (token) signIn.searchParams.set("reason", "expired");
        refused = NextResponse.redirect(signIn);
      }
      if (token) refused.cookies.delete(cookieName);
      return refused;
    }
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    if (alive && now - token.la > SESSION_REFRESH_SECONDS) {
      // Slide the idle deadline; the absolute lifetime (token.st) does not move.
      const refreshed = await encode({ token: { ...token, la: now }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
      response.cookies.set(cookieName, refreshed, { httpOnly: true, sameSite: "lax", secure, path: "/" });
    }
    return response;
  }
}

// Everything but the build's static files (served with next.config.ts's headers); /favicon.ico included, so the
// not-found page it gets carries the policy too.
export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
