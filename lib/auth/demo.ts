// The demo's sign-in names, offered on the sign-in page only while the demo data is loaded (its seed left its
// mark in the audit trail) and only for the demo accounts that are still there and active.
import "server-only";
import { sql } from "@/lib/db";

/** The usernames of prisma/seed/accounts.ts, in its order (tests/unit/demo-accounts.test.ts keeps them equal). */
export const DEMO_USERNAMES = ["admin", "lanhdao.cqd", "canbo.vpty", "canbo.cqd02", "canbo.cqd03", "canbo.khoi"] as const;
export const DEMO_PASSWORD_HINT = "ChiTieu@2026";

/** The demo accounts a visitor can sign in with, or an empty list on a database without demo data. */
export async function getDemoUsernames(): Promise<string[]> {
  const rows = await sql<{ username: string }>`
    SELECT u."username" FROM "User" u
    WHERE u."username" = ANY(${[...DEMO_USERNAMES]}::text[]) AND u."active"
      AND EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityType" = 'Database' AND a."entityId" = 'demo')`;
  const present = new Set(rows.map((r) => r.username));
  return DEMO_USERNAMES.filter((u) => present.has(u));
}

/** An installation nobody can sign in to yet: no active account (`npm run setup` makes the first). */
export async function needsSetup(): Promise<boolean> {
  const rows = await sql<{ none: boolean }>`SELECT NOT EXISTS (SELECT 1 FROM "User" WHERE "active") AS "none"`;
  return rows[0]?.none === true;
}
