// The database of an import benchmark: DATABASE_URL when set (migrated, with the demo data), else a fresh embedded
// PostgreSQL in a temporary folder, migrated and seeded with the demo, removed by stop().
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, migrate } from "../../scripts/lib/database";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import type { Sql } from "../../lib/sql";

export async function openDemoDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const { openDatabase } = await import("../../lib/db-client");
  const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-bench-"));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), persistent: false });
  const url = server.url("chitieu_bench");
  await migrate(url);
  const { seedDemo } = await import("../../prisma/seed/index");
  const seeding = openDatabase(url, 2);
  await seedDemo(seeding.db);
  await seeding.close();
  return { url, stop: async () => { await server.stop(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Ends an import benchmark: checks the stored rollups against a recomputation, closes, stops; exit 1 on drift. */
export async function finishWithDriftCheck(connection: { sql: Sql; close: () => Promise<void> }, stop: () => Promise<void>): Promise<void> {
  const { findRollupDrift } = await import("../../lib/figures/rollup");
  const started = performance.now();
  const drift = await findRollupDrift(connection.sql);
  console.log(`Rollup drift after the imports: ${drift.length} rows (checked in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  await connection.close();
  await stop();
  if (drift.length) process.exit(1);
}
