// Password hashing and policy. bcrypt (bcryptjs: pure JavaScript, nothing native to build offline) at cost 12,
// about a quarter of a second per check on our 2-core servers: slow for guessing, fine for signing in.
import bcrypt from "bcryptjs";
import { z } from "zod";

export const BCRYPT_COST = 12;
export const PASSWORD_MIN_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  // An account waiting for its activation code has no password: nothing matches, in the same time.
  if (!hash.startsWith("$2")) return burnPasswordCheck(password).then(() => false);
  return bcrypt.compare(password, hash);
}

/** A real hash of a random password, compared against when the account does not exist, so unknown names take as long. */
const DUMMY_HASH = "$2b$12$uKDDNzc1r3MfpW8NfwIAce2maN/bZ4NxMaJyY2ZpyaThz5tf4MIsO";
export function burnPasswordCheck(password: string): Promise<boolean> {
  return bcrypt.compare(password, DUMMY_HASH);
}

/** Message keys (auth.passwordPolicy.*) are translated where shown. */
export const passwordSchema = z
  .string()
  .max(200, "tooLong")
  .min(PASSWORD_MIN_LENGTH, "tooShort")
  .refine((p) => /\p{L}/u.test(p) && /\p{N}/u.test(p), "needsLetterAndDigit");
