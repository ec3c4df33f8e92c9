// The session token for next-auth and the proxy, in next-auth's own format (a JWE, "dir" + A256GCM, its key derived
// from the secret with HKDF-SHA256 and next-auth's label), so tokens from either side are read by the other. The
// difference: the derived key is kept per secret, where next-auth derives it again for every encode and decode
// (three per page request; the HKDF showed in the server's CPU profile, docs/performance.md).
import { hkdfSync, randomUUID } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { sessionCookieName } from "./config";

const keys = new Map<string, Uint8Array>();

function derivedKey(secret: string | Buffer, salt: string): Uint8Array {
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

export async function encode({ token, secret, maxAge = 30 * 24 * 60 * 60, salt = "" }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT({ ...token }).setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt().setExpirationTime(now + maxAge).setJti(randomUUID()).encrypt(derivedKey(secret, salt));
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
  const { payload } = await jwtDecrypt(token, derivedKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
