// One-time activation codes: an account made without a password (from an accounts file, or the first administrator
// of `npm run setup` with a one-time link) sets its own with its username and code. 16 characters of Crockford's
// base32 (80 bits, typed from paper: no I, L, O, U; case, spaces and hyphens ignored), so a SHA-256 at rest is
// enough (the codes are never stored); one per account, expiring, deleted when used; failures are counted by the
// same throttle as sign-in, so alternating the two ways in gains an attacker nothing.
import { createHash, randomInt } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, passwordSchema } from "@/lib/auth/password";
import { accountKey, addressKey, clearFailures, lockedUntil, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, recordFailure } from "@/lib/auth/throttle";
import { rawTransaction, sqlOf, transaction, type Sql } from "@/lib/sql";
import { usernameSchema } from "./schema";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 16;

/** Stored as the password hash of an account that has not chosen a password yet: no password matches it. */
export const NO_PASSWORD = "!activation-pending";

/** Days an imported account's code stays valid, unless the importer chooses (1–90). */
export const DEFAULT_ACTIVATION_DAYS = 14;
export const activationDaysSchema = z.coerce.number().int().min(1, "activationDays").max(90, "activationDays");

/** "K7PM-3QXR-9WTB-HC4N". */
export function newActivationCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return chars.join("").replace(/(.{4})(?!$)/g, "$1-");
}

/** The code as typed, read the way Crockford's base32 is (o → 0, i and l → 1), without spaces and hyphens. */
export function normalizeActivationCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

export function hashActivationCode(typed: string): string {
  return createHash("sha256").update(normalizeActivationCode(typed)).digest("hex");
}

/** Gives the accounts new codes valid until `expiresAt` (replacing any they had); answers each account's code. */
export async function issueActivationCodes(sql: Sql, userIds: number[], expiresAt: Date): Promise<Map<number, string>> {
  const codes = new Map(userIds.map((id) => [id, newActivationCode()]));
  if (userIds.length === 0) return codes;
  const ids = [...codes.keys()];
  const hashes = ids.map((id) => hashActivationCode(codes.get(id)!));
  await sql.count`
    INSERT INTO "ActivationCode" ("userId", "codeHash", "expiresAt")
    SELECT u, h, ${expiresAt} FROM unnest(${ids}::int[], ${hashes}::text[]) AS x(u, h)
    ON CONFLICT ("userId") DO UPDATE SET "codeHash" = EXCLUDED."codeHash", "expiresAt" = EXCLUDED."expiresAt", "createdAt" = now()`;
  return codes;
}

export const activateSchema = z
  .object({
    username: usernameSchema,
    code: z.string().trim().min(1, "required").max(40),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "passwordMismatch" });

/**
 * Sets the password of the account whose username and code match a code not yet used or expired at `now`. The same
 * refusal for an unknown name, a wrong, used or expired code and a disabled account, so none can be probed.
 */
export async function activateAccount(db: Db, raw: unknown, ip: string, now = new Date()): Promise<{ id: number; username: string }> {
  const parsed = activateSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
    throw new AppError("INVALID", "invalid", undefined, { fields });
  }
  const { username, code, newPassword } = parsed.data;
  const keys = [accountKey(username), addressKey(ip)];
  if (await lockedUntil(sqlOf(db), keys)) throw new AppError("THROTTLED", "signIn.throttled");

  const hash = hashActivationCode(code);
  const user = await db.user.findUnique({ where: { username }, select: { id: true, active: true, scopeCommitteeId: true, activationCode: true } });
  const live = user?.active && user.activationCode?.codeHash === hash && user.activationCode.expiresAt > now ? user : null;
  if (!live) {
    await rawTransaction(db, async (sql) => {
      await recordFailure(sql, accountKey(username), MAX_FAILURES_PER_ACCOUNT);
      await recordFailure(sql, addressKey(ip), MAX_FAILURES_PER_ADDRESS);
      await recordAudit(sql, { actorId: user?.id ?? null, action: "account.activation_failed", entityType: "User", entityId: username, ip });
    });
    throw new AppError("UNAUTHENTICATED", "activationInvalid");
  }
  const passwordHash = await hashPassword(newPassword);
  return transaction(db, async (tx, sql) => {
    // Used once: of two requests with the same code, only the one that deletes it goes on.
    const used = await sql.count`DELETE FROM "ActivationCode" WHERE "userId" = ${live.id}::int AND "codeHash" = ${hash}`;
    if (used !== 1) throw new AppError("UNAUTHENTICATED", "activationInvalid");
    await tx.user.update({
      where: { id: live.id },
      data: { passwordHash, passwordChangedAt: now, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await clearFailures(sql, accountKey(username));
    await recordAudit(sql, { actorId: live.id, action: "account.activate", entityType: "User", entityId: live.id, committeeId: live.scopeCommitteeId, ip });
    return { id: live.id, username };
  });
}
