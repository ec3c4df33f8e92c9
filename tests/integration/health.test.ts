// GET /api/health: what a load balancer reads of one instance.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "@/lib/db-client";
import { checkHealth } from "@/lib/health/queries";
import { dropDatabase, ensureDatabase, withDatabase } from "../../scripts/lib/database";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let GET: typeof import("@/app/api/health/route").GET;
const unmigrated = withDatabase(inject("templateUrl"), `chitieu_unmigrated_${process.pid}`);

beforeAll(async () => {
  process.env.DATABASE_URL = t.url; // lib/db reads it on first use
  ({ GET } = await import("@/app/api/health/route"));
});
afterAll(() => dropDatabase(unmigrated));

/** The check on another database than the app's. */
async function healthOf(url: string) {
  const other = openDatabase(url, 1);
  try {
    return await checkHealth(other.pool);
  } finally {
    await other.close().catch(() => undefined);
  }
}

describe("the health check", () => {
  it("answers 200 for a reachable, migrated database", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "reachable", pendingMigrations: 0 });
  });

  it("finds the migrations still to apply, and a database it cannot reach", async () => {
    await ensureDatabase(unmigrated);
    const pending = await healthOf(unmigrated);
    expect(pending.database).toBe("reachable");
    expect(pending.pendingMigrations).toBeGreaterThan(0);
    expect(await healthOf(withDatabase(t.url, "chitieu_no_such_database"))).toEqual({ database: "unreachable", pendingMigrations: null });
  });
});
