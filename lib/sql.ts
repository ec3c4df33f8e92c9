// A tagged template over a pg pool: sql<Row>`SELECT … WHERE "id" = ${id}` sends a parameterized query and
// returns the rows. Values are never spliced into the text. Types are pg's: int4 → number, numeric and int8 →
// string, json → parsed, timestamps → Date (Prisma's $queryRaw gives Decimal and bigint instead).
import type pg from "pg";
import type { Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

export type Sql = <Row>(strings: TemplateStringsArray, ...values: unknown[]) => Promise<Row[]>;

/** The statement's text with $1… placeholders and its values; nested Prisma.sql fragments are flattened into it. */
function statementOf(query: TemplateStringsArray | Prisma.Sql, values: unknown[]): Prisma.Sql {
  return query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
}

/**
 * `name` makes it a prepared statement: each connection parses and plans it once, and PostgreSQL may then keep
 * a generic plan (planning a large statement can cost more than running it). A name belongs to one text.
 */
export function bindSql(client: Pick<pg.Pool, "query">, name?: string): Sql {
  return async <Row>(strings: TemplateStringsArray, ...values: unknown[]) => {
    const statement = statementOf(strings, values);
    const result = await client.query({ text: statement.text, values: statement.values, ...(name ? { name } : {}) });
    return result.rows as Row[];
  };
}

/** The same reader through a Prisma client's $queryRaw (tests and callers without a pool of their own). */
export function viaPrisma(db: Pick<Db, "$queryRaw">): Sql {
  return <Row>(strings: TemplateStringsArray, ...values: unknown[]) => db.$queryRaw<Row[]>(strings, ...values);
}

/**
 * `values` as one PostgreSQL array literal, to send as a single text parameter and cast in the statement
 * (`${pgArray(ids)}::int[]`). For the bulk writes: Prisma converts an array parameter element by element (six
 * arrays of 100,000 took 400 ms), where PostgreSQL parses the literal in C (155 ms, the query included).
 * Still a parameter, never spliced into the SQL; strings are quoted and escaped for the literal's own syntax.
 */
export function pgArray(values: readonly (number | string | null)[]): string {
  const items = values.map((v) =>
    v === null ? "NULL" : typeof v === "number" ? String(v) : `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`);
  return `{${items.join(",")}}`;
}

/**
 * Prisma's two raw tagged templates, which a Prisma client or transaction has, and `rawOn` gives a pg pool or
 * connection: the statements of a figure save are written once and run on either.
 */
export interface RawTx {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number>;
}

/**
 * The raw templates straight on pg, nested Prisma.sql fragments included: ~0.3 ms a statement where Prisma's
 * interactive transaction took ~1 ms of CPU (lib/figures/save.ts runs five to seven).
 */
export function rawOn(client: Pick<pg.Pool, "query">): RawTx {
  const run = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) => {
    const statement = statementOf(query, values);
    return client.query(statement.text, statement.values);
  };
  return {
    $queryRaw: async <T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(query, values)).rows as T,
    $executeRaw: async (query, ...values) => (await run(query, values)).rowCount ?? 0,
  };
}
