// What a load balancer or a monitor asks of one app instance: can it reach its database, and is that database
// migrated to this build's schema? A read of two small tables, no session needed.
import "server-only";
import type pg from "pg";
import { pool } from "@/lib/db";
import { pendingMigrations } from "./migrations";

export interface Health {
  database: "reachable" | "unreachable";
  /** Migrations of this build not applied to the database (null while it cannot be reached). */
  pendingMigrations: number | null;
}

/** On the app's pool unless given another; the server runs from the project folder, where prisma/ is. */
export async function checkHealth(client: Pick<pg.Pool, "query"> = pool()): Promise<Health> {
  try {
    return { database: "reachable", pendingMigrations: (await pendingMigrations(client, process.cwd())).length };
  } catch {
    return { database: "unreachable", pendingMigrations: null };
  }
}

export const isHealthy = (health: Health) => health.database === "reachable" && health.pendingMigrations === 0;
