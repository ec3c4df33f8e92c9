// The session token and its lifetimes, in plain JavaScript so that the app server's front, in front of Next.js
// (scripts/lib/front.mjs, which runs without a TypeScript loader), reads sessions exactly as the app does.
// Types: session-token.d.mts. The app imports these through ./config.ts and ./jwt.ts.
//
// The token is next-auth's own format (a JWE, "dir" + A256GCM, its key derived from the secret with HKDF-SHA256
// and next-auth's label), so tokens from either side are read by the other. The difference: the derived key is
// kept per secret. next-auth derives it again for every encode and decode, and with three per page request that
// HKDF was 7% of the server's CPU (bench/results/2026-12-02-evening-330000.md, section 4).
import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";

/** A session ends this long after sign-in, whatever happens. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** …or after this long without a request (a clerk who walked away from a shared office computer). */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** The proxy re-issues the session cookie at most this often, to slide the idle deadline. */
export const SESSION_REFRESH_SECONDS = 60;

export function sessionCookieName(secure) {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/** Within both the idle and the absolute lifetime (the proxy and the session helper each check). */
export function sessionAlive(token, now) {
  return now - token.la <= SESSION_IDLE_SECONDS && now - (token.st ?? 0) <= SESSION_MAX_AGE_SECONDS;
}

const keys = new Map();

function derivedKey(secret, salt) {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    // A process sees one secret (two during a rotation); the bound only guards against misuse.
    if (keys.size > 8) keys.clear();
    keys.set(id, key);
  }
  return key;
}

export async function encodeToken(token, secret, maxAge = 30 * 24 * 60 * 60, salt = "") {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT({ ...token }).setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt().setExpirationTime(now + maxAge).setJti(randomUUID()).encrypt(derivedKey(secret, salt));
}

/** The token's claims; throws for a token that is malformed, forged or expired (as next-auth's decode does). */
export async function decodeToken(token, secret, salt = "") {
  const { payload } = await jwtDecrypt(token, derivedKey(secret, salt), { clockTolerance: 15 });
  return payload;
}
