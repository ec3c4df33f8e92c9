// Signing out ends the session on the server: its id is kept as ended until its absolute lifetime is over (after
// which its cookie is refused anyway), and every request's account read (lib/auth/account.ts) checks it.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db-client";
import { rawTransaction } from "@/lib/sql";
import { SESSION_MAX_AGE_SECONDS } from "./config";

export interface SessionClaims {
  uid?: unknown;
  sid?: unknown;
  /** Sign-in time, epoch seconds. */
  st?: unknown;
}

export async function endSession(db: Db, token: SessionClaims, ip: string): Promise<void> {
  if (typeof token.sid !== "string" || !Number.isInteger(token.uid)) return;
  const started = typeof token.st === "number" ? token.st : Math.floor(Date.now() / 1000);
  const expiresAt = new Date((started + SESSION_MAX_AGE_SECONDS + 60) * 1000);
  await rawTransaction(db, async (tx) => {
    await tx.count`
      INSERT INTO "EndedSession" ("sid", "userId", "expiresAt") VALUES (${token.sid}, ${token.uid}::int, ${expiresAt})
      ON CONFLICT ("sid") DO NOTHING`;
    // Ended sessions past their lifetime need no row: the table stays as small as the sign-outs of half a day.
    await tx.count`DELETE FROM "EndedSession" WHERE "expiresAt" < now()`;
    await recordAudit(tx, { actorId: token.uid as number, action: "auth.sign_out", entityType: "User", entityId: token.uid as number, ip });
  });
}
