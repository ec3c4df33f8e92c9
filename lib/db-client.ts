// Builds a Prisma client on the pg driver adapter. Shared by the app (lib/db.ts), scripts and tests,
// which is why it takes its settings as arguments instead of reading the environment.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { bindSql, type Sql } from "@/lib/sql";

/**
 * On a URL the adapter opens (and $disconnect closes) a pool of its own; on a pool (the app's, shared with
 * its plain-SQL hot path, lib/sql.ts) the pool's owner ends it.
 */
export function createPrismaClient(source: string | pg.Pool, poolSize = 10) {
  const adapter = typeof source === "string" ? new PrismaPg({ connectionString: source, max: poolSize }) : new PrismaPg(source);
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true, totpSecret: true, recoveryCodeHashes: true }, committee: { searchKey: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;

export interface Database {
  pool: pg.Pool;
  db: Db;
  /** Plain SQL on the same pool, for reads where Prisma's per-query or per-row cost matters. */
  sql: Sql;
  close(): Promise<void>;
}

/** One pool with both the Prisma client and plain SQL on it. */
export function openDatabase(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection dropped by the server (restart, failover) is removed from the pool and replaced on the
  // next query; unhandled, the pool's error event would end the process.
  pool.on("error", (error) => console.error("PostgreSQL connection lost:", error.message));
  const db = createPrismaClient(pool);
  return {
    pool, db, sql: bindSql(pool),
    close: async () => {
      await db.$disconnect();
      await pool.end();
    },
  };
}
