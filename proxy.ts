// Runs before every request (Next.js 16 proxy, Node.js runtime). It is not the authorization boundary —
// every page, action and query checks the session and scope itself — but it adds what must hold everywhere:
// security headers with a per-request CSP nonce, refusal of cross-site writes, the idle session timeout, and a
// redirect to the sign-in page for signed-out visitors.
import { NextResponse, type NextRequest } from "next/server";
import { encode, readSessionCookie, sessionCookie } from "@/lib/auth/jwt";
import { getEnv } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS, SESSION_REFRESH_SECONDS, sessionAlive } from "@/lib/auth/config";
import { CACHE_MARK, isCandidate, markOf } from "@/lib/response-cache.mjs";

const PUBLIC_PATHS = [/^\/sign-in(\/|$)/, /^\/api\/auth\//, /^\/api\/health$/];
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

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const env = getEnv();

  // Cross-site request forgery: a write must come from a page of this app (server actions included).
  if (!SAFE_METHODS.has(request.method)) {
    const origin = request.headers.get("origin");
    if (!origin || !allowedOrigins(request).has(origin)) {
      return new NextResponse("Cross-site request refused", { status: 403, headers: { "Cache-Control": "no-store" } });
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);

  const { name: cookieName, secure, secret } = sessionCookie();
  const token = await readSessionCookie(request.cookies.get(cookieName)?.value, secret);
  const now = Math.floor(Date.now() / 1000);
  const alive = !!token && sessionAlive(token, now);

  // API calls with a token are authenticated by the route itself (lib/api/auth.ts).
  const bearer = pathname.startsWith("/api/v1/") && request.headers.get("authorization")?.startsWith("Bearer ");
  let response: NextResponse;
  if (!alive && !bearer && !PUBLIC_PATHS.some((p) => p.test(pathname))) {
    if (pathname.startsWith("/api/")) {
      response = NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    } else {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      if (token) signIn.searchParams.set("reason", "expired");
      response = NextResponse.redirect(signIn);
    }
    if (token) response.cookies.delete(cookieName);
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
    if (alive && now - token.la > SESSION_REFRESH_SECONDS) {
      // Slide the idle deadline; the absolute lifetime (token.st) does not move.
      const refreshed = await encode({ token: { ...token, la: now }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
      response.cookies.set(cookieName, refreshed, { httpOnly: true, sameSite: "lax", secure, path: "/" });
    } else if (alive && Number.isInteger(token.uid) && Number.isInteger(token.sv)) {
      // The app server may keep this answer for this account's sessions (lib/response-cache.mjs).
      const committee = isCandidate(request.method, `${pathname}${search}`, { cookie: request.headers.get("cookie") ?? undefined });
      if (committee) response.headers.set(CACHE_MARK, markOf(committee, `${token.uid}:${token.sv}`, nonce));
    }
  }

  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "same-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
