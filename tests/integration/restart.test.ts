import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { ensureDatabase, freePort } from "../../scripts/lib/database";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-restart-"));
chmodSync(dir, 0o755); // as root, PostgreSQL runs as 'postgres' and must reach its data folder
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL of `npm start`", () => {
  it("keeps what was entered across a stop and a start on the same data folder", async () => {
    const dataDir = path.join(dir, "postgres");
    const first = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true });
    const url1 = first.url("chitieu");
    await ensureDatabase(url1);
    await query(url1, `CREATE TABLE kept (value int); INSERT INTO kept VALUES (547)`);
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true });
    try {
      const result = await query(second.url("chitieu"), `SELECT value FROM kept`);
      expect(result.rows).toEqual([{ value: 547 }]);
    } finally {
      await second.stop();
    }
  });
});
