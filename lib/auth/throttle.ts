// Sign-in throttling kept in PostgreSQL, so that every app instance on the database counts the same failures.
import type { Sql } from "@/lib/sql";

/** Failures counted within this window… */
export const THROTTLE_WINDOW_MINUTES = 15;
/** …lock an account after this many… */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** …or an address after this many (several people may share an office's address). */
export const MAX_FAILURES_PER_ADDRESS = 20;
/** …for this long. */
export const LOCK_MINUTES = 15;

export const accountKey = (username: string) => `user:${username.toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** The latest time until which any of `keys` is locked, or null. */
export async function lockedUntil(sql: Sql, keys: string[]): Promise<Date | null> {
  const rows = await sql<{ until: Date | null }>`
    SELECT max("lockedUntil") AS until FROM "SignInThrottle" WHERE "key" = ANY(${keys}) AND "lockedUntil" > now()`;
  return rows[0]?.until ?? null;
}

/** Counts one failure for `key` in one atomic statement (safe under concurrent instances). */
export async function recordFailure(sql: Sql, key: string, maxFailures: number): Promise<void> {
  const window = `${THROTTLE_WINDOW_MINUTES} minutes`;
  const lock = `${LOCK_MINUTES} minutes`;
  await sql.count`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${maxFailures} THEN now() + ${lock}::interval END)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN now() ELSE "SignInThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN 1 ELSE "SignInThrottle"."failures" + 1 END) >= ${maxFailures}
        THEN now() + ${lock}::interval ELSE "SignInThrottle"."lockedUntil" END`;
}

export async function clearFailures(sql: Sql, key: string): Promise<void> {
  await sql.count`DELETE FROM "SignInThrottle" WHERE "key" = ${key}`;
}
