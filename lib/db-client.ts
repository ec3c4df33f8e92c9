// Builds a Prisma client on the pg driver adapter. Shared by the app (lib/db.ts), scripts and tests,
// which is why it takes its settings as arguments instead of reading the environment.
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * On a URL the adapter opens (and $disconnect closes) a pool of its own; on a pool (the app's, shared with
 * its plain-SQL hot path, lib/sql.ts) the pool's owner ends it.
 */
export function createPrismaClient(source: string | pg.Pool, poolSize = 10) {
  const adapter = typeof source === "string" ? new PrismaPg({ connectionString: source, max: poolSize }) : new PrismaPg(source);
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true, totpSecret: true, recoveryCodeHashes: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
