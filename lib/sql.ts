// The one way to send raw SQL: a tagged template on the pg pool, sql<Row>`SELECT … WHERE "id" = ${id}`, which
// returns the rows (sql.count`…` the number of rows touched). Values are never spliced into the text. Types are
// always pg's: int4 → number, numeric and int8 → string, json → parsed, timestamps → Date in UTC (lib/db-client.ts).
// Inside a transaction the same template runs on the transaction's connection: `rawTransaction` for raw statements
// only, `transaction` beside Prisma's typed client.
import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db-client";

type Statement = TemplateStringsArray | Prisma.Sql;

export interface Sql {
  <Row>(query: Statement, ...values: unknown[]): Promise<Row[]>;
  /** The number of rows an INSERT, UPDATE or DELETE touched. */
  count(query: Statement, ...values: unknown[]): Promise<number>;
}

/** The statement's text with $1… placeholders and its values; nested Prisma.sql fragments are flattened into it. */
function statementOf(query: Statement, values: unknown[]): Prisma.Sql {
  return query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
}

/**
 * The template on a pool or one of its connections. `name` makes it a prepared statement: each connection
 * parses and plans it once, and PostgreSQL may then keep a generic plan (planning a large statement can cost
 * more than running it). A name belongs to one text.
 */
export function bindSql(client: Pick<pg.Pool, "query">, name?: string): Sql {
  const run = (query: Statement, values: unknown[]) => {
    const statement = statementOf(query, values);
    return client.query({ text: statement.text, values: statement.values, ...(name ? { name } : {}) });
  };
  const sql = async <Row>(query: Statement, ...values: unknown[]) => (await run(query, values)).rows as Row[];
  return Object.assign(sql, { count: async (query: Statement, ...values: unknown[]) => (await run(query, values)).rowCount ?? 0 });
}

// Every Prisma client is built by openDatabase (lib/db-client.ts) on a pool of ours, kept beside it here.
// Registered symbols and a process-wide store, not module-level ones: Next.js may bundle lib/ once per server
// layer (pages, server actions), and the copy that opened the pool is not always the copy that reads it.
const POOL = Symbol.for("chitieu.pool");
const poolOf = (db: Db): pg.Pool => {
  const pool = (db as unknown as Record<symbol, pg.Pool | undefined>)[POOL];
  if (!pool) throw new Error("This Prisma client has no pool of ours: build it with openDatabase (lib/db-client.ts).");
  return pool;
};

// The connection Prisma's adapter checks out for an interactive transaction, caught as `transaction` starts one.
const shared = globalThis as unknown as Record<symbol, AsyncLocalStorage<{ client?: pg.PoolClient }> | undefined>;
const opening = (shared[Symbol.for("chitieu.sql.opening")] ??= new AsyncLocalStorage<{ client?: pg.PoolClient }>());

/** Gives the Prisma client built on `pool` its pool, and lets `transaction` find the connection of each of its transactions. */
export function attachPool(db: Db, pool: pg.Pool): void {
  Object.defineProperty(db, POOL, { value: pool });
  const connect = pool.connect.bind(pool);
  // The pool's own query() checks out with a callback; only a promise-style checkout (the adapter's) can be a transaction's.
  pool.connect = ((callback?: Parameters<typeof connect>[0]) => {
    if (callback) return connect(callback);
    const slot = opening.getStore();
    return connect().then((client) => {
      if (slot && !slot.client) slot.client = client;
      return client;
    });
  }) as typeof pool.connect;
}

/** The template on the pool under a Prisma client (the app's, a script's or a test's). */
export function sqlOf(db: Db): Sql {
  return bindSql(poolOf(db));
}

/**
 * Prisma's interactive transaction, with the template on its connection: for writes that mix Prisma's typed
 * client and raw statements (a row lock, an audit event). `options` are Prisma's (timeout, maxWait, isolation).
 */
export function transaction<T>(db: Db, run: (tx: Tx, sql: Sql) => Promise<T>, options?: Parameters<Db["$transaction"]>[1]): Promise<T> {
  poolOf(db);
  const slot: { client?: pg.PoolClient } = {};
  return opening.run(slot, () => db.$transaction((tx) => {
    if (!slot.client) throw new Error("transaction: the connection of Prisma's transaction was not seen");
    return run(tx, bindSql(slot.client));
  }, options));
}

/**
 * A transaction of raw statements only, on one of the pool's connections (BEGIN … COMMIT, ROLLBACK on any error),
 * without Prisma's per-statement cost: the hot write paths (a figure save, an import). A statement waits
 * `timeoutMs` at most (for a lock, say). BEGIN goes out with the first statements (the pool's connections are
 * pipelined), and statements issued without waiting for each other go out together.
 */
export async function rawTransaction<T>(db: Db, run: (sql: Sql) => Promise<T>, { timeoutMs = 30_000 } = {}): Promise<T> {
  const client = await poolOf(db).connect();
  const begun = client.query(`BEGIN; SET LOCAL statement_timeout = ${Math.trunc(timeoutMs)}`);
  // Each statement's answer waits for BEGIN's too (both rejections handled): none counts as done outside it.
  const inner = bindSql(client);
  const sql: Sql = Object.assign(
    <Row>(query: Statement, ...values: unknown[]) => Promise.all([begun, inner<Row>(query, ...values)]).then(([, rows]) => rows),
    { count: (query: Statement, ...values: unknown[]) => Promise.all([begun, inner.count(query, ...values)]).then(([, count]) => count) },
  );
  try {
    const result = await run(sql);
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

/**
 * `values` as one PostgreSQL array literal, to send as a single text parameter and cast in the statement
 * (`${pgArray(ids)}::int[]`). For the bulk writes, where PostgreSQL parsing one literal in C beats a parameter
 * converted element by element. Still a parameter, never spliced into the SQL; strings are
 * quoted and escaped for the literal's own syntax.
 */
export function pgArray(values: readonly (number | string | null)[]): string {
  const items = values.map((v) =>
    v === null ? "NULL" : typeof v === "number" ? String(v) : `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`);
  return `{${items.join(",")}}`;
}
