// The checked-in migrations (prisma/migrations under `root`) not yet applied to a database: read by the start
// script before it migrates and by the health check of a running instance.
import { readdirSync } from "node:fs";
import path from "node:path";
import type pg from "pg";

export async function pendingMigrations(client: Pick<pg.Pool, "query">, root: string): Promise<string[]> {
  const shipped = readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const table = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
  if (!table.rows[0]?.t) return shipped;
  const applied = await client.query(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(applied.rows.map((r: { migration_name: string }) => r.migration_name));
  return shipped.filter((name) => !done.has(name));
}
