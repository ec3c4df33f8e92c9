// Builds a Prisma client on the pg driver adapter. Shared by the app (lib/db.ts), scripts and tests,
// which is why it takes its settings as arguments instead of reading the environment.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { bindSql, rawOn, type RawTx, type Sql } from "@/lib/sql";

/**
 * On a URL the adapter opens (and $disconnect closes) a pool of its own; on a pool (the app's, shared with
 * its plain-SQL hot path, lib/sql.ts) the pool's owner ends it.
 */
export function createPrismaClient(source: string | pg.Pool, poolSize = 10) {
  const adapter = typeof source === "string" ? new PrismaPg({ connectionString: source, max: poolSize, options: UTC_SESSION }) : new PrismaPg(source);
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
 * `waitMs` at most (15 s, as long as a user would wait), then fails with an error instead of queueing forever.
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
  Object.defineProperty(db, POOL, { value: pool });
  return {
    pool, db, sql: bindSql(pool),
    close: async () => {
      await db.$disconnect();
      await pool.end();
    },
  };
}

// The pool under a client that openDatabase made (the app's, the scripts' and the tests' all are).
const POOL = Symbol("chitieu.pool");
const poolOf = (db: Db) => (db as unknown as Record<symbol, pg.Pool | undefined>)[POOL];

/** Raw statements on the client's pool without Prisma in between, or through Prisma on a client without one. */
export function rawOf(db: Db): RawTx {
  const pool = poolOf(db);
  return pool ? rawOn(pool) : db;
}

/**
 * A transaction of raw statements on one of the pool's connections (BEGIN … COMMIT, ROLLBACK on any error),
 * or Prisma's interactive transaction on a client without a pool of ours. For the hot write path only: Prisma's
 * transaction costs ~1 ms of CPU a statement, several times the statement. A statement waits `timeoutMs` at
 * most (30 s: for a lock, say), as Prisma's transaction timeout allows the whole. BEGIN is sent with the first
 * statements (the pool's connections are pipelined); statements issued without waiting for each other go out
 * together.
 */
export async function rawTransaction<T>(db: Db, run: (tx: RawTx) => Promise<T>, { timeoutMs = 30_000 } = {}): Promise<T> {
  const pool = poolOf(db);
  if (!pool) return db.$transaction((tx) => run(tx), { timeout: timeoutMs, maxWait: 10_000 });
  const client = await pool.connect();
  const begun = client.query(`BEGIN; SET LOCAL statement_timeout = ${Math.trunc(timeoutMs)}`);
  // Each statement's answer waits for BEGIN's too (both rejections handled): none counts as done outside it.
  const inner = rawOn(client);
  const tx: RawTx = {
    $queryRaw: <Row>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) =>
      Promise.all([begun, inner.$queryRaw<Row>(query, ...values)]).then(([, rows]) => rows),
    $executeRaw: (query, ...values) => Promise.all([begun, inner.$executeRaw(query, ...values)]).then(([, count]) => count),
  };
  try {
    const result = await run(tx);
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (error) {
    // A connection that cannot even roll back is closed, not handed to the next request. BEGIN's own failure
    // is answered here too.
    await begun.catch(() => undefined);
    await client.query("ROLLBACK").then(() => client.release(), (lost: Error) => client.release(lost));
    throw error;
  }
}
