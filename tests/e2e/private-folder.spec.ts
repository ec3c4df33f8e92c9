// `npm start` as root from a checkout under a private folder (mode 700, like root's home): PostgreSQL runs as the
// `postgres` user, who cannot reach the checkout, so its binaries and data must be placed where it can. The
// checkout is a copy of this one (node_modules hard-linked) inside a mode-700 folder; the demo is served, then
// stopped with Ctrl-C.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, PROJECT_ROOT as ROOT } from "../../scripts/lib/database";

const NOT_COPIED = new Set([".git", ".data", "test-results", "playwright-report"]);

/** The program file of the PostgreSQL server listening on `port` (its `-p` argument). */
function serverProgram(port: number): string | undefined {
  for (const pid of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (args.includes("-D") && args[args.indexOf("-p") + 1] === String(port)) return realpathSync(`/proc/${pid}/exe`);
    } catch {
      // a process that ended meanwhile
    }
  }
  return undefined;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

test("as root, npm start serves the demo from a checkout under a private folder, and stops on Ctrl-C", async ({ page }) => {
  test.skip(process.getuid?.() !== 0, "only root runs PostgreSQL as another user, who may not reach the checkout");
  test.setTimeout(420_000);
  const privateDir = path.join(ROOT, ".data", `private-${process.pid}`);
  const checkout = path.join(privateDir, "chi-tieu");
  mkdirSync(checkout, { recursive: true });
  chmodSync(privateDir, 0o700);
  for (const name of readdirSync(ROOT).filter((n) => !NOT_COPIED.has(n))) {
    execFileSync("cp", [name === "node_modules" ? "-al" : "-a", path.join(ROOT, name), checkout]);
  }
  const [port, pgPort] = [await freePort(), await freePort()];
  // A new user's shell: none of the test run's own settings.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) };
  for (const key of Object.keys(env)) if (/^(DATABASE_URL|CHITIEU_|E2E_|NEXTAUTH_)/.test(key)) delete env[key];
  const app = spawn("npm", ["start"], {
    cwd: checkout,
    env,
    detached: true, // its own process group, as in a terminal: Ctrl-C reaches npm, the app and PostgreSQL
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  app.stdout.on("data", (d: Buffer) => (output += d));
  app.stderr.on("data", (d: Buffer) => (output += d));
  const exited = new Promise<void>((resolve) => app.on("exit", () => resolve()));
  try {
    await expect.poll(() => output.includes(`Open http://localhost:${port}`) || app.exitCode !== null, { timeout: 360_000, intervals: [1000] })
      .toBe(true);
    expect(app.exitCode, output).toBeNull();
    expect(output).toMatch(/The 'postgres' user, whom PostgreSQL runs as instead of root, cannot reach \S+\/\.data: the database lives in/);
    // The server runs from binaries outside the private folder, which its user could not have entered.
    expect(serverProgram(pgPort)).toMatch(/^\/var\/tmp\/chitieu-postgres-[^/]+\/bin\/postgres$/);
    await page.goto(`http://localhost:${port}/sign-in`);
    await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();

    // Ctrl-C: npm itself ends on the signal; the app stops PostgreSQL, then every process of the group is gone.
    process.kill(-app.pid!, "SIGINT");
    await exited;
    await expect.poll(() => groupAlive(app.pid!), { timeout: 60_000 }).toBe(false);
    expect(output).toContain("Stopping PostgreSQL…");
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  } finally {
    if (groupAlive(app.pid!)) process.kill(-app.pid!, "SIGKILL");
    const data = /the database lives in (\S+?)\. /.exec(output)?.[1];
    if (data) rmSync(data, { recursive: true, force: true });
    rmSync(privateDir, { recursive: true, force: true });
  }
});
