// `npm test`: every test, in order of cost: type check, vitest unit and integration (real PostgreSQL), then
// Playwright against the production build. With DATABASE_URL set, integration and browser tests use that
// server (in databases of their own) instead of the embedded PostgreSQL. Exits non-zero on any failure.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase, freePort, PROJECT_ROOT, withDatabase } from "./lib/database";
import { buildIfNeeded } from "./lib/build";

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
  throw new Error("Browser tests need Chromium: install it with `sudo apt-get install chromium fonts-noto-core`.");
}

interface Counts { passed: number; failed: number; skipped: number }

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8"));
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0), skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
}

async function main() {
  const reports = mkdtempSync(path.join(os.tmpdir(), "chitieu-test-"));
  chmodSync(reports, 0o755); // as root, PostgreSQL runs as 'postgres' and must reach its data folder
  const failures: string[] = [];
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  const add = (c: Counts) => { total.passed += c.passed; total.failed += c.failed; total.skipped += c.skipped; };

  log("Type check (tsc --noEmit)");
  if (await run(bin("tsc"), ["--noEmit", "-p", "."])) failures.push("type check");

  log(`Unit and integration tests (vitest) on ${process.env.DATABASE_URL ? "DATABASE_URL's server" : "an embedded PostgreSQL 17"}`);
  const vitestJson = path.join(reports, "vitest.json");
  if (await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`])) {
    failures.push("vitest");
  }
  add(vitestCounts(vitestJson));

  log("Browser tests (Playwright)");
  ensureChromium();
  await buildIfNeeded(log);
  const e2eJson = path.join(reports, "playwright.json");
  const dataDir = path.join(reports, "e2e-data");
  const env: Record<string, string> = {
    CI: process.env.CI ?? "1",
    E2E_JSON: e2eJson,
    E2E_PORT: String(await freePort()),
    E2E_PORT2: String(await freePort()),
    E2E_PG_PORT: String(await freePort()),
    E2E_DATA_DIR: dataDir,
  };
  // On an external server the browser tests get a database of their own, seeded explicitly.
  const e2eDatabase = process.env.DATABASE_URL ? withDatabase(process.env.DATABASE_URL, `chitieu_e2e_${process.pid}`) : undefined;
  if (e2eDatabase) Object.assign(env, { E2E_DATABASE_URL: e2eDatabase, E2E_START_ARGS: "--seed" });
  try {
    if (await run(bin("playwright"), ["test"], env)) failures.push("playwright");
  } finally {
    if (e2eDatabase) await dropDatabase(e2eDatabase);
    rmSync(dataDir, { recursive: true, force: true });
  }
  add(playwrightCounts(e2eJson));

  console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  if (failures.length) {
    console.log(`[test] FAILED: ${failures.join(", ")}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
