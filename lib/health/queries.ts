// What a load balancer or a monitor asks of one app instance: can it reach its database, and is that database
// migrated to this build's schema? A read of two small tables, no session needed.
import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { sql as appSql } from "@/lib/db";
import type { Sql } from "@/lib/sql";

export interface Health {
  database: "reachable" | "unreachable";
  /** Migrations of this build not applied to the database (null while it cannot be reached). */
  pendingMigrations: number | null;
}

/** The migrations this build ships (the server runs from the project folder, where prisma/ is). */
function shippedMigrations(): string[] {
  return readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

export async function checkHealth(sql: Sql = appSql): Promise<Health> {
  try {
    const [{ migrated }] = (await sql<{ migrated: boolean }>`SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS "migrated"`) as [{ migrated: boolean }];
    const applied = migrated ? await sql<{ name: string }>`
      SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL` : [];
    const done = new Set(applied.map((row) => row.name));
    return { database: "reachable", pendingMigrations: shippedMigrations().filter((name) => !done.has(name)).length };
  } catch {
    return { database: "unreachable", pendingMigrations: null };
  }
}

export const isHealthy = (health: Health) => health.database === "reachable" && health.pendingMigrations === 0;
