// Serves the production build: CHITIEU_WORKERS Next.js processes (one per core: "auto") sharing one port through
// Node's cluster, the primary handing connections to them in turn. Nothing else stands between a browser (or the
// reverse proxy, deploy/nginx/) and Next.js; what is cached is cached by Next.js ("use cache", lib/cache/). A process
// that dies is replaced. `npm start` runs this; a deployment may run it directly:
//   NODE_ENV=production CHITIEU_WORKERS=auto npx tsx scripts/serve.ts -p 3000 [-H 127.0.0.1]
// Why one port and not a port per process behind nginx: `npm start` needs no proxy on a single machine, and nginx
// in a deployment then has one upstream per machine; the kernel spreads connections, Next.js keeps its own server.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { getScriptEnv } from "../lib/env";

const { values: args } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const settings = getScriptEnv();
const workers = settings.CHITIEU_WORKERS === "auto" ? availableParallelism() : settings.CHITIEU_WORKERS;
const port = Number(args.port ?? settings.PORT);

cluster.setupPrimary({
  exec: path.join(import.meta.dirname, "lib", "next-worker.mjs"),
  // The workers run plain JavaScript: no TypeScript loader in them.
  execArgv: settings.CHITIEU_HEAP_MB ? [`--max-old-space-size=${settings.CHITIEU_HEAP_MB}`] : [],
});
const started = new Map<number, number>();
let stopping = false;
let ready = 0;
const fork = () => started.set(cluster.fork({
  PORT: String(port), CHITIEU_HOSTNAME: args.hostname ?? "", CHITIEU_IN_FLIGHT: String(settings.CHITIEU_IN_FLIGHT),
}).id, Date.now());
for (let i = 0; i < workers; i++) fork();

cluster.on("message", (_worker, message: { ready?: boolean }) => {
  if (message?.ready && ++ready === workers) console.log(`✓ Ready on http://${args.hostname ?? "localhost"}:${port} (${workers} Next.js process(es))`);
});
cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  // One that could not start (a port in use, a missing build) would fail again: stop, with its exit code.
  if (Date.now() - (started.get(worker.id) ?? 0) < 15_000) {
    console.error(`app process ${worker.process.pid} failed to start (${signal ?? `exit code ${code}`})`);
    stopping = true;
    for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
    process.exit(code || 1);
  }
  console.error(`app process ${worker.process.pid} ended (${signal ?? `exit code ${code}`}); starting another`);
  setTimeout(fork, 1000);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(0);
    for (const worker of alive) worker?.process.kill(signal);
  });
}
