import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// The app under test is started by the same script as `npm start`, on its own port and data folder
// (scripts/test.ts prepares a fresh one and builds first). Debian's chromium is used where present:
// Playwright's own browser download is not reachable offline.
const port = Number(process.env.E2E_PORT ?? 3100);
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.E2E_JSON ? [["list"], ["json", { outputFile: process.env.E2E_JSON }]] : "list",
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "tablet", use: { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: false } },
  ],
  webServer: {
    command: `npx tsx scripts/start.ts --no-build ${process.env.E2E_START_ARGS ?? ""}`,
    url: `http://localhost:${port}/committees`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(port),
      CHITIEU_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54331",
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
    },
  },
});
