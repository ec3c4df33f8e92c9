import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { dropDatabase, migrate, withDatabase } from "../../scripts/lib/database";

const migrationNames = readdirSync(path.resolve(import.meta.dirname, "../../prisma/migrations"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("migrations", () => {
  const url = withDatabase(inject("templateUrl"), `chitieu_empty_${process.pid}_${Date.now()}`);
  afterAll(() => dropDatabase(url));

  it(`apply all ${migrationNames.length} checked-in migrations to an empty database`, async () => {
    await migrate(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const applied = await client.query(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
      );
      expect(applied.rows.map((r) => r.migration_name)).toEqual([...migrationNames].sort());
      const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(["Committee", "CommitteeClosure", "CommitteeLink", "Term", "Resolution", "DataElement",
          "Indicator", "Target", "Figure", "Rollup", "AuditEvent", "User"]),
      );
      const checks = await client.query(`SELECT conname FROM pg_constraint WHERE contype = 'c'`);
      expect(checks.rows.map((r) => r.conname)).toEqual(
        expect.arrayContaining(["Figure_value_non_negative", "Figure_year", "Term_year_range", "Committee_valid_range"]),
      );
      // Room for in-place (HOT) updates on the two tables saves and imports update, and the search key's trigger.
      const options = await client.query(`SELECT relname, reloptions FROM pg_class WHERE relname IN ('Figure', 'Rollup') ORDER BY 1`);
      expect(options.rows).toEqual([{ relname: "Figure", reloptions: ["fillfactor=85"] }, { relname: "Rollup", reloptions: ["fillfactor=85"] }]);
      const triggers = await client.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = '"Committee"'::regclass AND NOT tgisinternal ORDER BY 1`);
      expect(triggers.rows).toEqual([{ tgname: "Committee_notify" }, { tgname: "committee_search_key" }]);
    } finally {
      await client.end();
    }
  });

  it("are a no-op when applied again", async () => {
    await expect(migrate(url)).resolves.toBeUndefined();
  });
});
