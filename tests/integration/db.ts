// Per-file test database cloned from the migrated template (see global-setup.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { openDatabase, type Database, type Db } from "@/lib/db-client";
import type { Sql } from "@/lib/sql";
import { databaseName, dropDatabase, ensureDatabase, withDatabase } from "../../scripts/lib/database";

export interface TestDatabase {
  url: string;
  db: Db;
  /** Plain SQL on the same pool, as the app's hot paths and imports use it. */
  sql: Sql;
}

/** Registers hooks that create a fresh database for this file and drop it afterwards. */
export function useTestDatabase(): TestDatabase {
  const handle = {} as TestDatabase;
  let connection: Database | undefined;
  beforeAll(async () => {
    const templateUrl = inject("templateUrl");
    handle.url = withDatabase(templateUrl, `chitieu_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`);
    await ensureDatabase(handle.url, databaseName(templateUrl));
    connection = openDatabase(handle.url, 4);
    handle.db = connection.db;
    handle.sql = connection.sql;
  });
  afterAll(async () => {
    await connection?.close();
    // The app's own pool (lib/db), where the file's code under test opened it, before its database is dropped.
    await (await import("@/lib/db")).closeDb();
    if (handle.url) await dropDatabase(handle.url);
  });
  return handle;
}

/**
 * Waits until at least `count` sessions of this test's database wait for a lock (the state a race test needs), and fails
 * the test if they never do: a race test asserts that its race happened. The deadline bounds the wait only.
 */
export async function waitForLockWaiters(sql: Sql, count: number, deadlineMs = 30_000): Promise<number> {
  const waiting = async () => (await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)[0]!.n;
  const until = Date.now() + deadlineMs;
  let seen = await waiting();
  while (seen < count && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    seen = await waiting();
  }
  if (seen < count) throw new Error(`expected ${count} session(s) waiting for a lock, saw ${seen}: the race did not happen`);
  return seen;
}
