// `npm test`: every test, in order of cost: type check, vitest unit and integration (real PostgreSQL), then
// Playwright against the production build. With DATABASE_URL set, integration and browser tests use that
// server (in databases of their own) instead of the embedded PostgreSQL.
//
// A run fails when any test of any layer fails, judged from each runner's report and exit code
// (scripts/lib/test-verdicts.ts); a browser test that passed only on its retry fails the run as flaky.
//
// `--fixture DIR` runs the same steps and judging on DIR's vitest.config.ts and playwright.config.ts instead, with no
// type check or build: the gate's own test (tests/integration/test-gate.test.ts) runs it on tests/fixtures/gate.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { dropDatabase, freePort, PROJECT_ROOT, withDatabase } from "./lib/database";
import { buildIfNeeded } from "./lib/build";
import { binariesFor, serverUser } from "./lib/embedded-postgres";
import { SetupError } from "./lib/setup-error";
import { judgePlaywright, judgeVitest, summarise, type Verdict } from "./lib/test-verdicts";

const { values: args } = parseArgs({ options: { fixture: { type: "string" } } });
const fixture = args.fixture && path.resolve(args.fixture);

const log = (line: string) => console.log(`\n[test] ${line}`);
const bin = (name: string) => path.join(PROJECT_ROOT, "node_modules", ".bin", name);

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

function ensureChromium() {
  if (["/usr/bin/chromium", "/usr/bin/chromium-browser"].some((p) => existsSync(p))) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    log("Installing Debian's chromium and fonts-noto-core for the browser tests…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-core"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return;
  }
  throw new SetupError("Browser tests need Chromium: install it with `sudo apt-get install chromium fonts-noto-core`.");
}

const readJson = (file: string): unknown => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);

/** Places the embedded PostgreSQL's binaries where its user can run them, or fails with one line saying why not. */
async function preparePostgres(): Promise<void> {
  if (!process.env.DATABASE_URL) await binariesFor(serverUser(), log);
}

async function main() {
  const reports = mkdtempSync(path.join(os.tmpdir(), "chitieu-test-"));
  chmodSync(reports, 0o755); // as root, PostgreSQL runs as 'postgres' and must reach its data folder
  const verdicts: { layer: string; verdict: Verdict }[] = [];

  if (!fixture) {
    log("Type check (tsc --noEmit)");
    const failed = (await run(bin("tsc"), ["--noEmit", "-p", "."])) === 0 ? 0 : 1;
    verdicts.push({ layer: "type check", verdict: { passed: 0, failed, skipped: 0, problems: [] } });
  }
  // Checked first, so a machine that cannot run a layer says so before minutes of other tests.
  ensureChromium();
  await preparePostgres();

  log(`Unit and integration tests (vitest) on ${process.env.DATABASE_URL ? "DATABASE_URL's server" : "an embedded PostgreSQL 17"}`);
  const vitestJson = path.join(reports, "vitest.json");
  const vitestArgs = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`];
  if (fixture) vitestArgs.push("--config", path.join(fixture, "vitest.config.ts"));
  const vitestExit = await run(bin("vitest"), vitestArgs);
  verdicts.push({ layer: "vitest", verdict: judgeVitest(readJson(vitestJson), vitestExit) });

  log("Browser tests (Playwright)");
  const e2eJson = path.join(reports, "playwright.json");
  const dataDir = path.join(reports, "e2e-data");
  const env: Record<string, string> = { CI: process.env.CI ?? "1", E2E_JSON: e2eJson };
  let e2eDatabase: string | undefined;
  if (!fixture) {
    await buildIfNeeded(log);
    Object.assign(env, {
      E2E_PORT: String(await freePort()),
      E2E_PORT2: String(await freePort()),
      E2E_PG_PORT: String(await freePort()),
      E2E_DATA_DIR: dataDir,
    });
    // On an external server the browser tests get a database of their own, seeded explicitly.
    e2eDatabase = process.env.DATABASE_URL ? withDatabase(process.env.DATABASE_URL, `chitieu_e2e_${process.pid}`) : undefined;
    if (e2eDatabase) Object.assign(env, { E2E_DATABASE_URL: e2eDatabase, E2E_START_ARGS: "--seed" });
  }
  const playwrightArgs = ["test", ...(fixture ? ["--config", path.join(fixture, "playwright.config.ts")] : [])];
  let playwrightExit: number;
  try {
    playwrightExit = await run(bin("playwright"), playwrightArgs, env);
  } finally {
    if (e2eDatabase) await dropDatabase(e2eDatabase);
    rmSync(dataDir, { recursive: true, force: true });
  }
  verdicts.push({ layer: "Playwright", verdict: judgePlaywright(readJson(e2eJson), playwrightExit) });
  rmSync(reports, { recursive: true, force: true });

  const { line, problems } = summarise(verdicts);
  for (const problem of problems) console.log(`[test] ${problem}`);
  console.log(`\n${line}`);
  if (problems.length) {
    console.log("[test] FAILED");
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  // Expected conditions (no Chromium, PostgreSQL that cannot run here) are one line; anything else keeps its stack.
  console.error(error instanceof SetupError ? `[test] ${error.message}` : error);
  process.exit(1);
});
