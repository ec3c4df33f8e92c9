// The one database connection pool of the app, with the Prisma client on it. Password hashes are omitted from
// every Prisma query unless asked for. The few reads on every request's path go through `sql` (lib/sql.ts) on
// the same pool instead: Prisma's query compiler costs ~1–4 ms of CPU per query, more than the query itself.
import "server-only";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { bindSql, type Sql } from "@/lib/sql";

interface Connection {
  pool: pg.Pool;
  prisma: Db;
  sql: Sql;
}

const globalForDb = globalThis as unknown as { chitieuDb?: Connection };

function instance(): Connection {
  // Created on first use, not at import, so `next build` needs no database; kept on globalThis so
  // development hot reloads reuse one pool.
  if (!globalForDb.chitieuDb) {
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: getEnv().DATABASE_POOL_SIZE });
    // An idle connection dropped by the server (restart, failover) is removed from the pool and replaced on the
    // next query; unhandled, the pool's error event would end the process.
    pool.on("error", (error) => console.error("PostgreSQL connection lost:", error.message));
    globalForDb.chitieuDb = { pool, prisma: createPrismaClient(pool), sql: bindSql(pool) };
  }
  return globalForDb.chitieuDb;
}

export const db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = instance().prisma;
    const value: unknown = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Plain parameterized SQL on the app's pool, for the hot path (see lib/sql.ts). */
export const sql: Sql = (strings, ...values) => instance().sql(strings, ...values);

/** The same as a prepared statement of that name (one name per statement text). */
export function prepared(name: string): Sql {
  let bound: Sql | undefined;
  return (strings, ...values) => (bound ??= bindSql(instance().pool, name))(strings, ...values);
}

/** Ends the app's pool (scripts and benchmarks; the server keeps it for its lifetime). */
export async function closeDb(): Promise<void> {
  const connection = globalForDb.chitieuDb;
  if (!connection) return;
  globalForDb.chitieuDb = undefined;
  await connection.prisma.$disconnect();
  await connection.pool.end();
}
