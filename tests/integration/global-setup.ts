// One PostgreSQL for the integration run: the server of DATABASE_URL when set (proves the external path),
// otherwise an embedded PostgreSQL 17 in a temporary folder. A template database is migrated once; each
// test file clones it (CREATE DATABASE … TEMPLATE), so files run in parallel on databases of their own.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { dropDatabase, freePort, migrate, withDatabase } from "../../scripts/lib/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../scripts/lib/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let tempDir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "chitieu-it-"));
    chmodSync(tempDir, 0o755); // as root, PostgreSQL runs as 'postgres' and must reach its data folder
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "pg"), port: await freePort(), persistent: false });
    serverUrl = embedded.url("postgres");
  }
  const templateUrl = withDatabase(serverUrl, `chitieu_template_${process.pid}`);
  await dropDatabase(templateUrl);
  await migrate(templateUrl);
  project.provide("templateUrl", templateUrl);

  return async () => {
    await dropDatabase(templateUrl);
    if (embedded) await embedded.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
}
