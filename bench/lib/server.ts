// The production server for the HTTP benchmark: scripts/serve.ts (`workers` Next.js processes sharing the port, on
// the build in .next) on BENCH_APP_PORT (default 3241) against the benchmark database, with a session secret
// of its own so the load driver can mint session cookies the app accepts.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { PROJECT_ROOT } from "../../scripts/lib/database";
import { SESSION_MAX_AGE_SECONDS, sessionCookieName } from "@/lib/auth/config";

export interface AppServer {
  origin: string;
  secret: string;
  pid: number;
  workers: number;
  stop(): Promise<void>;
}

// As scripts/serve.ts reports that every process is ready.
const READY = /✓ Ready on .*\((\d+) Next\.js process/;

export async function startApp(databaseUrl: string, port: number, workers = 1): Promise<AppServer> {
  if (!existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build` first");
  const secret = randomBytes(32).toString("hex");
  const origin = `http://127.0.0.1:${port}`;
  // BENCH_NODE_ARGS passes flags to every Node.js process of the server (NODE_OPTIONS), e.g. "--cpu-prof
  // --cpu-prof-dir=/tmp/prof" to profile the app processes.
  const nodeOptions = [process.env.NODE_OPTIONS, process.env.BENCH_NODE_ARGS].filter(Boolean).join(" ");
  const serve = path.join(PROJECT_ROOT, "scripts", "serve.ts");
  const tsx = path.join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  // BENCH_CPU_PROF=<folder>: one app process alone (scripts/lib/next-worker.mjs, what each cluster worker runs), with
  // Node's CPU profiler writing there when it stops (--cpu-prof is refused in NODE_OPTIONS, so it cannot go through serve.ts).
  const profile = process.env.BENCH_CPU_PROF;
  const command = profile
    ? ["--cpu-prof", `--cpu-prof-dir=${profile}`, path.join(PROJECT_ROOT, "scripts", "lib", "next-worker.mjs")]
    : [tsx, serve, "-p", String(port), "-H", "127.0.0.1"];
  const child: ChildProcess = spawn(process.execPath, command, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: origin, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1",
      CHITIEU_WORKERS: String(workers), ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
      ...(profile ? { PORT: String(port), CHITIEU_HOSTNAME: "127.0.0.1" } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.ts exited:\n${output}`);
    const ok = await fetch(`${origin}/sign-in`).then((r) => r.ok, () => false);
    if (ok && (profile || READY.test(output))) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!profile && !READY.test(output)) throw new Error(`scripts/serve.ts did not get ready:\n${output}`);
  return {
    origin, secret, pid: child.pid!, workers: profile ? 1 : workers,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    }),
  };
}

/**
 * A session cookie the app accepts for an account, minted with next-auth's own `encode` and the server's secret,
 * carrying the claims lib/auth/options.ts issues (uid, sv = sessionVersion, la, st).
 */
export async function sessionCookieFor(app: AppServer, account: { userId: number; sv: number }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({
    token: { sub: String(account.userId), uid: account.userId, sv: account.sv, la: now, st: now, sid: randomUUID() },
    secret: app.secret, maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return `${sessionCookieName(false)}=${token}`;
}

/** A process and all its descendants (the server's app processes), from /proc (Linux). */
export function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const line of readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, "utf8").trim().split(/\s+/)) if (line) pids.push(Number(line));
    } catch { /* not Linux, or gone */ }
  }
  return pids;
}

/** Resident memory (MB) of a process and each of its descendants (the app processes), read from /proc (Linux). */
export function processRssMb(pid: number): number[] {
  return processTree(pid).flatMap((p) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      return m ? [Number(m[1]) / 1024] : [];
    } catch { return []; /* exited */ }
  });
}

/** The id Next.js gave a server action, from the production build's manifest. */
export function serverActionId(exportedName: string, page: string): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName && Object.keys(v.workers).some((w) => w.includes(page)));
  if (!found) throw new Error(`Server action ${exportedName} of ${page} not found in the build`);
  return found[0];
}
