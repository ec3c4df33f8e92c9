// Checks a sign-in attempt: throttling, password, second factor, audit. The same answer and about the same
// time for an unknown account, a disabled one and a wrong password, so names cannot be probed.
import { z } from "zod";
import type { Db } from "@/lib/db-client";
import { rawTransaction, sqlOf, transaction } from "@/lib/sql";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { burnPasswordCheck, verifyPassword } from "./password";
import { accountKey, addressKey, clearFailures, lockedUntil, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, recordFailure } from "./throttle";
import { findRecoveryCode, verifyTotp } from "./totp";

/** A refused sign-in: its message key under `errors` is what the sign-in page shows (lib/auth/options.ts). */
const refused = {
  invalid: () => new AppError("UNAUTHENTICATED", "signIn.invalid"),
  throttled: () => new AppError("THROTTLED", "signIn.throttled"),
  totpRequired: () => new AppError("UNAUTHENTICATED", "signIn.totpRequired"),
  totpInvalid: () => new AppError("UNAUTHENTICATED", "signIn.totpInvalid"),
};

const attemptSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
  totp: z.string().trim().max(20).optional().transform((v) => (v ? v : undefined)),
});

export interface SignedIn {
  id: number;
  sessionVersion: number;
}

export async function verifySignIn(db: Db, raw: unknown, ip: string): Promise<SignedIn> {
  const parsed = attemptSchema.safeParse(raw);
  if (!parsed.success) throw refused.invalid();
  const { username, password, totp } = parsed.data;
  const keys = [accountKey(username), addressKey(ip)];

  if (await lockedUntil(sqlOf(db), keys)) {
    await recordAudit(sqlOf(db), { actorId: null, action: "auth.sign_in_throttled", entityType: "User", entityId: username, ip });
    throw refused.throttled();
  }

  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, active: true, sessionVersion: true, passwordHash: true, totpEnabled: true, totpSecret: true, recoveryCodeHashes: true, scopeCommitteeId: true },
  });
  const passwordOk = user ? await verifyPassword(password, user.passwordHash) : await burnPasswordCheck(password);
  if (!user || !user.active || !passwordOk) {
    await fail(db, username, ip, user ? (user.active ? "password" : "disabled") : "unknown", user?.id ?? null);
    throw refused.invalid();
  }

  if (user.totpEnabled && user.totpSecret) {
    if (!totp) throw refused.totpRequired();
    const totpOk = verifyTotp(user.totpSecret, username, totp);
    const recoveryIndex = totpOk ? -1 : findRecoveryCode(user.recoveryCodeHashes, totp);
    if (!totpOk && recoveryIndex < 0) {
      await fail(db, username, ip, "second-factor", user.id);
      throw refused.totpInvalid();
    }
    if (recoveryIndex >= 0) {
      // A recovery code works once.
      const left = user.recoveryCodeHashes.filter((_, i) => i !== recoveryIndex);
      await db.user.update({ where: { id: user.id }, data: { recoveryCodeHashes: left } });
      await recordAudit(sqlOf(db), { actorId: user.id, action: "auth.recovery_code_used", entityType: "User", entityId: user.id, after: { left: left.length }, ip });
    }
  }

  await transaction(db, async (tx, sql) => {
    await clearFailures(sql, accountKey(username));
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(sql, { actorId: user.id, action: "auth.sign_in", entityType: "User", entityId: user.id, committeeId: user.scopeCommitteeId, ip });
  });
  return { id: user.id, sessionVersion: user.sessionVersion };
}

async function fail(db: Db, username: string, ip: string, reason: string, userId: number | null) {
  await rawTransaction(db, async (sql) => {
    await recordFailure(sql, accountKey(username), MAX_FAILURES_PER_ACCOUNT);
    await recordFailure(sql, addressKey(ip), MAX_FAILURES_PER_ADDRESS);
    // The attempted name is kept (it may be a typo of a real one); the password never is.
    await recordAudit(sql, { actorId: userId, action: "auth.sign_in_failed", entityType: "User", entityId: username, after: { reason }, ip });
  });
}
