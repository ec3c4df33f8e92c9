// Time-based one-time passwords (RFC 6238, as authenticator apps use) and recovery codes.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import * as OTPAuth from "otpauth";

const ISSUER = "Chỉ tiêu";

function totp(secret: string, username: string) {
  return new OTPAuth.TOTP({ issuer: ISSUER, label: username, algorithm: "SHA1", digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** otpauth:// URI for the QR code an authenticator app scans. */
export function totpUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}

/** Accepts the current code and the one before or after it (clock drift of up to 30 s). */
export function verifyTotp(secret: string, username: string, code: string): boolean {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return false;
  return totp(secret, username).validate({ token, window: 1 }) !== null;
}

export const RECOVERY_CODE_COUNT = 10;

/** Ten single-use codes like "k7qm-2xwp"; 40 random bits each, so a fast hash is enough to store them. */
export function newRecoveryCodes(): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(8);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase()).digest("hex");
}

/** Index of the matching stored hash, or -1. */
export function findRecoveryCode(hashes: string[], code: string): number {
  const wanted = Buffer.from(hashRecoveryCode(code), "hex");
  return hashes.findIndex((h) => {
    const stored = Buffer.from(h, "hex");
    return stored.length === wanted.length && timingSafeEqual(stored, wanted);
  });
}
