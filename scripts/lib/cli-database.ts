// The database a command-line tool works on: DATABASE_URL when set, otherwise the app's embedded PostgreSQL
// (.data, EMBEDDED_PG_PORT), used as it is when the app is running and started for the command otherwise.
import path from "node:path";
import pg from "pg";
import type { Db } from "../../lib/db-client";
import { getScriptEnv } from "../../lib/env";
import type { Sql } from "../../lib/sql";
import { migrate, PROJECT_ROOT, pendingMigrations } from "./database";
import { embeddedUrl, startEmbeddedPostgres } from "./embedded-postgres";

export interface CliDatabase {
  url: string;
  /** Stops the embedded PostgreSQL if this command started it. */
  close(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** With `migrateFirst` (`npm run setup`), an empty or older database is migrated instead of refused. */
export async function openCliDatabase(log: (line: string) => void, migrateFirst = false): Promise<CliDatabase> {
  const settings = getScriptEnv();
  let url = settings.DATABASE_URL;
  let close = async () => {};
  if (!url) {
    const port = settings.EMBEDDED_PG_PORT;
    const dataDir = path.join(path.resolve(PROJECT_ROOT, settings.CHITIEU_DATA_DIR), "postgres");
    // A running app's server is simply reused.
    url = embeddedUrl(port, "chitieu");
    if (!(await reachable(url))) {
      log(`Starting the embedded PostgreSQL (port ${port}, data in ${dataDir})…`);
      const server = await startEmbeddedPostgres({ dataDir, port, persistent: true, log });
      url = server.url("chitieu");
      close = () => server.stop();
    }
  }
  if (migrateFirst) {
    log("Applying migrations…");
    await migrate(url);
  } else if ((await pendingMigrations(url)).length > 0) {
    await close();
    throw new Error("The database is not migrated: run `npm start` (or `npm run db:deploy`) first.");
  }
  return { url, close };
}

/** Runs a command on the CLI database with a Prisma client and plain SQL, then closes both (and the embedded server it started). */
export async function withCliDatabase(work: (db: Db, sql: Sql) => Promise<number>, migrateFirst = false): Promise<number> {
  const database = await openCliDatabase((line) => console.error(line), migrateFirst);
  // Imported once the URL is known: lib/db-client reads the environment when it loads.
  const { openDatabase } = await import("../../lib/db-client");
  // A command line import has no row limit: its reads, side by side on four connections, may keep the others
  // waiting longer than a web request would be let wait.
  const connection = openDatabase(database.url, 4, { waitMs: 10 * 60_000 });
  try {
    return await work(connection.db, connection.sql);
  } finally {
    await connection.close();
    await database.close();
  }
}

/** Exits with the command's code; an unexpected failure prints its message only and exits 1. */
export function exitWhenDone(command: Promise<number>): void {
  command.then((code) => process.exit(code), (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}

/** A progress bar on a terminal (stderr), plain lines otherwise. */
export function progressBar(enabled = process.stderr.isTTY === true) {
  let last = "";
  return {
    update(label: string, done: number, total: number) {
      const width = 30;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      if (enabled) {
        const filled = Math.round(share * width);
        process.stderr.write(`\r${label.padEnd(8)} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${done}/${total}   `);
      } else if (label !== last) {
        process.stderr.write(`${label}…\n`);
      }
      last = label;
    },
    done() {
      if (enabled && last) process.stderr.write("\n");
      last = "";
    },
  };
}
