// Database chores shared by the start script, the test runner and the integration-test setup.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { pendingMigrations as pendingOn } from "../../lib/health/migrations";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates the database of `url` if it does not exist (the WASM schema engine does not). */
export async function ensureDatabase(url: string, template?: string): Promise<void> {
  const name = databaseName(url);
  await withAdmin(url, async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return;
    await c.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`);
  });
}

export async function dropDatabase(url: string): Promise<void> {
  await withAdmin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(databaseName(url))} WITH (FORCE)`));
}

/** Runs a command from node_modules/.bin, failing with its output when it fails. */
export function runBin(bin: string, args: string[], env: Record<string, string>, quiet = true): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", bin), args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${bin} ${args.join(" ")} failed (exit ${code}):\n${output}`)),
    );
  });
}

/** Names of checked-in migrations not yet applied to the database of `url`. */
export async function pendingMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await pendingOn(client, ROOT);
  } finally {
    await client.end();
  }
}

/** Whether the migrated database of `url` has no active account (`npm run setup` has not been run). */
export async function hasNoAccount(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SELECT NOT EXISTS (SELECT 1 FROM "User" WHERE "active") AS "none"`)).rows[0].none === true;
  } finally {
    await client.end();
  }
}

/**
 * Applies the checked-in migrations (never `db push`). The CLI's WASM engine holds the process for 10 s
 * after its work (an internal timer), so it only runs when a migration is actually pending.
 */
export async function migrate(url: string): Promise<void> {
  await ensureDatabase(url);
  if ((await pendingMigrations(url)).length === 0) return;
  await runBin("prisma", ["migrate", "deploy"], { DATABASE_URL: url });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export const PROJECT_ROOT = ROOT;
