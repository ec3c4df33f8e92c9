// The database of an import benchmark: DATABASE_URL when set (migrated, with the demo data), else a fresh embedded
// PostgreSQL in a temporary folder, migrated and seeded with the demo, removed by stop().
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, migrate } from "../../scripts/lib/database";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

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
