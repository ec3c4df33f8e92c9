// `npm start`: with no DATABASE_URL, runs an embedded PostgreSQL in .data/, migrates it, seeds demo data
// on the first start only, builds if the sources changed, and serves. With DATABASE_URL, uses that server:
// migrates, and seeds only when asked (`npm start -- --seed`). Ctrl-C stops the app and PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureDatabase, hasNoAccount, migrate, PROJECT_ROOT, runBin } from "./lib/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "./lib/embedded-postgres";
import { buildIfNeeded } from "./lib/build";
import { loadOrCreateSecret } from "./lib/secret";
import { DEMO_ACCOUNTS } from "../prisma/seed/accounts";
import { getScriptEnv } from "../lib/env";

const { values: args } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    seed: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});

const log = (line: string) => console.log(`[chỉ tiêu] ${line}`);
const settings = getScriptEnv();
const port = settings.PORT;
const dataDir = path.resolve(PROJECT_ROOT, settings.CHITIEU_DATA_DIR);

let embedded: EmbeddedServer | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((resolve) => app?.once("exit", resolve));
  }
  if (embedded) {
    log("Stopping PostgreSQL…");
    await embedded.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

async function main() {
  let databaseUrl = settings.DATABASE_URL;
  let seed = args.seed;
  if (!databaseUrl) {
    const pgPort = settings.EMBEDDED_PG_PORT;
    log(`Starting the embedded PostgreSQL (port ${pgPort}, data in ${path.join(dataDir, "postgres")})…`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: pgPort, persistent: true, log });
    databaseUrl = embedded.url("chitieu");
    // The demo seed runs on an embedded database once; it skips itself when data is already there.
    seed = true;
  }
  await ensureDatabase(databaseUrl);
  log("Applying migrations…");
  await migrate(databaseUrl);
  if (seed) {
    await runBin("tsx", ["prisma/seed.ts", ...(embedded ? ["--if-empty"] : [])], { DATABASE_URL: databaseUrl }, false);
  }
  if (await hasNoAccount(databaseUrl)) {
    log("This database has no account yet: nobody can sign in. Stop (Ctrl-C) and run `npm run setup` (see the README),");
    log("or `npm start -- --seed` for the demo data. / Cơ sở dữ liệu chưa có tài khoản: chạy `npm run setup`.");
  }

  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: settings.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: settings.NEXTAUTH_SECRET ?? loadOrCreateSecret(dataDir),
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!args.dev && !args["no-build"]) await buildIfNeeded(log);

  // Production: scripts/serve.ts, CHITIEU_WORKERS Next.js processes sharing the port (one per core: "auto").
  const [command, ...commandArgs] = args.dev
    ? [path.join(PROJECT_ROOT, "node_modules", ".bin", "next"), "dev"]
    : [path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), path.join(PROJECT_ROOT, "scripts", "serve.ts")];
  app = spawn(command!, [...commandArgs, "-p", String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, NODE_ENV: args.dev ? "development" : "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let welcomed = false;
  app.stdout?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    // Printed once, when every app process is ready.
    if (!welcomed && /Ready in|✓ Ready/.test(text)) {
      welcomed = true;
      printWelcome();
    }
  });
  app.on("exit", (code) => void stop(code ?? 0));
}

function printWelcome() {
  log(`Open http://localhost:${port}`);
  if (!embedded) return;
  log("Demo accounts (password for all: see below):");
  for (const a of DEMO_ACCOUNTS) log(`  ${a.username.padEnd(12)} ${a.description}`);
  log(`  password: ${DEMO_ACCOUNTS[0]?.password}`);
  log("Press Ctrl-C to stop the app and PostgreSQL.");
}

main().catch(async (error: unknown) => {
  console.error(`[chỉ tiêu] ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
});
