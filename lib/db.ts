// The one database connection pool of the app, with the Prisma client on it. Password hashes are omitted from
// every Prisma query unless asked for. Raw SQL goes through `sql` (lib/sql.ts) on the same pool, also for the
// reads on every request's path, where Prisma's query compiler would cost more CPU than the query itself.
import "server-only";
import type pg from "pg";
import { getEnv } from "@/lib/env";
import { openDatabase, type Database, type Db } from "@/lib/db-client";
import { bindSql, type Sql } from "@/lib/sql";

const globalForDb = globalThis as unknown as { chitieuDb?: Database };

function instance(): Database {
  // Created on first use, not at import, so `next build` needs no database; kept on globalThis so
  // development hot reloads reuse one pool.
  globalForDb.chitieuDb ??= openDatabase(getEnv().DATABASE_URL, getEnv().DATABASE_POOL_SIZE);
  return globalForDb.chitieuDb;
}

export const db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = instance().db;
    const value: unknown = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

// The pool's query, looked up on each call so that importing this module opens nothing.
const onPool = { query: ((config: pg.QueryConfig) => instance().pool.query(config)) as pg.Pool["query"] };

/** Raw SQL on the app's pool (lib/sql.ts). */
export const sql: Sql = bindSql(onPool);

/** The pool itself, for code that sends whole statements of its own (the health check's migration check). */
export const pool = () => instance().pool;

/** The same as a prepared statement of that name (one name per statement text). */
export function prepared(name: string): Sql {
  return bindSql(onPool, name);
}

/** Ends the app's pool (scripts and benchmarks; the server keeps it for its lifetime). */
export async function closeDb(): Promise<void> {
  const connection = globalForDb.chitieuDb;
  globalForDb.chitieuDb = undefined;
  await connection?.close();
}
