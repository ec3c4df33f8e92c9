import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// The app under test is started by the same script as `npm start`, on its own port and data folder
// (scripts/test.ts prepares a fresh one and builds first). Debian's chromium is used where present:
// Playwright's own browser download is not reachable offline.
const port = Number(process.env.E2E_PORT ?? 3100);
// A second app instance on the same database proves that what must be shared (sign-in throttling,
// sessions) lives in PostgreSQL, not in one process.
const port2 = Number(process.env.E2E_PORT2 ?? 3101);
const pgPort = process.env.E2E_PG_PORT ?? "54331";
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
const sharedDatabase = process.env.E2E_DATABASE_URL ?? `postgresql://postgres:chitieu-local@127.0.0.1:${pgPort}/chitieu`;
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

/** Debian's chromium where present (Playwright's own browser download is not reachable offline). */
export const launchOptions = {
  executablePath: systemChromium,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic"],
};

const DESKTOP = { ...devices["Desktop Chrome"], channel: undefined };
const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: false };
// A phone (390 px wide, as the smallest common ones) for what is used on phones: the entry form and the dashboards.
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  // A retry only tells a flaky test from a broken one: both fail the run (scripts/lib/test-verdicts.ts).
  retries: process.env.CI ? 1 : 0,
  // Waits, not speed limits: two app processes, PostgreSQL and two browsers share a busy 2-core machine.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.E2E_JSON ? [["list"], ["json", { outputFile: process.env.E2E_JSON }]] : "list",
  metadata: { secondInstance: `http://localhost:${port2}` },
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  // Restructuring changes the tree every other spec reads (counts of units, pickers), so its specs run once both
  // projects are done, each on its own pair of units; they keep every total, which is what they assert.
  // A start from a private folder (an installation of its own, heavy) runs last, alone.
  projects: [
    { name: "desktop", testIgnore: [/(restructure|tree-import)\.spec/, /private-folder\.spec/], use: DESKTOP },
    { name: "tablet", testIgnore: [/(restructure|tree-import)\.spec/, /private-folder\.spec/], use: TABLET },
    { name: "phone", testMatch: [/figures\.spec/, /dashboard\.spec/], use: PHONE },
    { name: "desktop-restructure", testMatch: /(restructure|tree-import)\.spec/, dependencies: ["desktop", "tablet", "phone"], use: DESKTOP },
    { name: "tablet-restructure", testMatch: /(restructure|tree-import)\.spec/, dependencies: ["desktop", "tablet", "phone"], use: TABLET },
    { name: "install", testMatch: /private-folder\.spec/, dependencies: ["desktop-restructure", "tablet-restructure"], use: DESKTOP },
  ],
  webServer: [
    {
      command: `npx tsx scripts/start.ts --no-build ${process.env.E2E_START_ARGS ?? ""}`,
      url: `http://localhost:${port}/sign-in`,
      timeout: 180_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      env: {
        PORT: String(port),
        CHITIEU_DATA_DIR: dataDir,
        // The province (75 units) gets committee search fields, the agencies' committee (21) lists: both are tested.
        COMMITTEE_LIST_MAX: "30",
        // As in production on a 2-core server: two Next.js processes sharing the port (scripts/serve.ts), so every test
        // also runs against requests that land on either one.
        CHITIEU_WORKERS: "2",
        EMBEDDED_PG_PORT: pgPort,
        ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
      },
    },
    {
      // Started after the first is ready (same data folder, so the same session secret).
      command: "npx tsx scripts/start.ts --no-build",
      url: `http://localhost:${port2}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
      env: { PORT: String(port2), CHITIEU_DATA_DIR: dataDir, DATABASE_URL: sharedDatabase, COMMITTEE_LIST_MAX: "30" },
    },
  ],
});
