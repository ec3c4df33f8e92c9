// The session token for next-auth and the proxy: the codec itself is in session-token.mjs (next-auth's format,
// the derived key kept per secret).
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { sessionCookieName } from "./config";
import { decodeToken, encodeToken } from "./session-token.mjs";

export function encode({ token, secret, maxAge, salt }: JWTEncodeParams): Promise<string> {
  return encodeToken({ ...token }, secret, maxAge, salt);
}

/** This deployment's session cookie: secure (and so `__Secure-` named) behind https, and its secret. */
export function sessionCookie() {
  const env = getEnv();
  const secure = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set"); // required in production by lib/env.ts
  return { name: sessionCookieName(secure), secure, secret: env.NEXTAUTH_SECRET };
}

/** The claims of a session cookie's value, or null when there is none or it does not decode (forged, expired). */
export async function readSessionCookie(raw: string | undefined, secret: string): Promise<JWT | null> {
  return raw && secret ? decode({ token: raw, secret }).catch(() => null) : null;
}

/** The token's claims; throws for a token that is malformed, forged or expired (as next-auth's decode does). */
export async function decode({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  return (await decodeToken(token, secret, salt)) as JWT;
}
