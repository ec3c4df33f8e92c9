// Opens the pg pool with the Prisma client on it. Shared by the app (lib/db.ts), scripts, the seed and tests,
// which is why it takes its settings as arguments instead of reading the environment.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { attachPool, bindSql, type Sql } from "@/lib/sql";

// The pool's owner (openDatabase's close) ends it, not Prisma's $disconnect.
function createPrismaClient(pool: pg.Pool) {
  return new PrismaClient({ adapter: new PrismaPg(pool), omit: { user: { passwordHash: true, totpSecret: true, recoveryCodeHashes: true }, committee: { searchKey: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client inside Prisma's interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface Database {
  pool: pg.Pool;
  db: Db;
  /** Raw SQL on the same pool (lib/sql.ts). */
  sql: Sql;
  close(): Promise<void>;
}

// Columns are "timestamp without time zone" holding UTC, as Prisma writes them. So that a raw now() stores UTC
// on a server set to local time (Asia/Ho_Chi_Minh), and pg reads such a value as UTC in a process set so too.
const UTC_SESSION = "-c TimeZone=UTC";
const TIMESTAMP_OID = 1114;
const utcTimestamps = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => oid === TIMESTAMP_OID
    ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
    : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * One pool with both the Prisma client and plain SQL on it. A request that finds every connection busy waits
 * `waitMs` at most (by default as long as a user would wait), then fails with an error instead of queueing forever.
 */
export function openDatabase(url: string, poolSize = 10, { waitMs = 15_000 } = {}): Database {
  // Pipelined: a connection sends each statement when it is given, not after the previous one's answer, so
  // statements issued together (BEGIN and a save's first reads) cost one wait for the event loop, not one each.
  // Statements awaited one by one (Prisma's, the rest of the app's) run as before.
  const pool = new pg.Pool({
    connectionString: url, max: poolSize, options: UTC_SESSION, types: utcTimestamps, pipeline: true, connectionTimeoutMillis: waitMs,
  });
  // An idle connection dropped by the server (restart, failover) is removed from the pool and replaced on the
  // next query; unhandled, the pool's error event would end the process.
  pool.on("error", (error) => console.error("PostgreSQL connection lost:", error.message));
  const db = createPrismaClient(pool);
  attachPool(db, pool);
  return {
    pool, db, sql: bindSql(pool),
    close: async () => {
      await db.$disconnect();
      await pool.end();
    },
  };
}
