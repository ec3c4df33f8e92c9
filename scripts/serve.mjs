// Serves the production build: Next.js's request handler in CHITIEU_WORKERS worker processes
// (scripts/app-server.mjs, node:cluster), behind one front in this primary process that takes every request,
// hands it to the least busy worker and keeps the dashboard pages' answers (scripts/lib/front.mjs,
// CHITIEU_RESPONSE_CACHE_MB, default 64; 0 turns the cache off). A worker renders CHITIEU_WORKER_CONCURRENCY
// pages at a time (default 1); more wait in the front. One Node.js process runs JavaScript on one
// core, so an app server of N cores needs N of them
// (bench/results: one process saturates at ~40 pages/s on a 2-core server). The workers share nothing but the
// database, as separate app instances do (DESIGN.md, "Runtime and scale"). A worker that dies is replaced.
// CHITIEU_HEAP_MB caps each worker's heap (--max-old-space-size). Unset by default: any cap, even 1 GB, made
// V8 size its young generation down and collect more often, and page p95 went from ~35–60 to ~50–110 ms at 30
// requests/s while RSS fell from ~490 to ~320 MB a worker (bench/results, 2 Dec 2026, evening). An upload's
// check is bounded (MAX_IMPORT_ROWS in lib/imports/events.ts). Plain JavaScript: no TypeScript loader needed.
//   node scripts/serve.mjs [-p port] [-H hostname]      e.g. CHITIEU_WORKERS=2 node scripts/serve.mjs -p 3000
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { startFront } from "./lib/front.mjs";

const worker = fileURLToPath(new URL("./app-server.mjs", import.meta.url));

function whole(name, fallback, { auto, min = 1 } = {}) {
  const raw = process.env[name] || fallback;
  const value = raw === "auto" && auto ? auto() : Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`${name} must be a whole number ≥ ${min}${auto ? ' or "auto"' : ""} (got "${raw}")`);
    process.exit(1);
  }
  return value;
}
const workers = whole("CHITIEU_WORKERS", "1", { auto: availableParallelism });
const heapMb = process.env.CHITIEU_HEAP_MB ? whole("CHITIEU_HEAP_MB", "") : null;
const cacheMb = whole("CHITIEU_RESPONSE_CACHE_MB", "64", { min: 0 });
const concurrency = whole("CHITIEU_WORKER_CONCURRENCY", "1");
const args = process.argv.slice(2);
const option = (...names) => {
  const at = args.findIndex((a) => names.includes(a));
  return at >= 0 ? args[at + 1] : undefined;
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname");

cluster.setupPrimary({
  exec: worker,
  execArgv: [...process.execArgv, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : [])],
});
let stopping = false;
const started = new Map();
const ready = new Map(); // worker id → { port, busy }
const fork = () => started.set(cluster.fork({ PORT: String(port) }).id, Date.now());
for (let i = 0; i < workers; i++) fork();
let front = null;
cluster.on("message", async (worker, message) => {
  if (!message?.ready) return;
  ready.set(worker.id, { port: message.ready, busy: 0 });
  // Open to the network once the first worker can answer.
  if (front) return void front.then((server) => server.workerReady());
  front = startFront({ port, hostname, cacheMb, concurrency, workers: () => [...ready.values()] }).then(
    (server) => {
      // The settings in force, for the operator (and the benchmark's results, bench/lib/server.ts).
      console.log(`✓ Ready on http://${hostname ?? "localhost"}:${port} (${workers} worker(s), ${concurrency} page(s) at a time each, ` +
        `response cache ${cacheMb > 0 ? `${cacheMb} MB` : "off"})`);
      return server;
    },
    (error) => {
      console.error(`cannot serve on port ${port}: ${error.message}`);
      process.exit(1);
    });
});
cluster.on("exit", (worker, code, signal) => {
  ready.delete(worker.id);
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  // One that could not start (a port in use, a missing build) would fail again: stop, with its exit code.
  if (Date.now() - started.get(worker.id) < 15_000) {
    console.error(`app worker ${worker.process.pid} failed to start (${signal ?? `exit code ${code}`})`);
    stopping = true;
    for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
    process.exit(code || 1);
  }
  console.error(`app worker ${worker.process.pid} ended (${signal ?? `exit code ${code}`}); starting another`);
  setTimeout(fork, 1000);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(0);
    for (const worker of alive) worker?.process.kill(signal);
  });
}
