// Serves the production build: `next start`, in CHITIEU_WORKERS processes that share one port (node:cluster).
// One Node.js process runs JavaScript on one core, so an app server of N cores needs N processes to use them
// (bench/results: one process saturates at ~40 pages/s on a 2-core server). The workers share nothing but the
// database, as separate app instances do (DESIGN.md, "Runtime and scale"); a worker that dies is replaced.
// Default 1: the demo on a laptop needs no more. Plain JavaScript: the server runs without a TypeScript loader.
//   node scripts/serve.mjs [next start options…]      e.g. CHITIEU_WORKERS=2 node scripts/serve.mjs -p 3000
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

const next = fileURLToPath(new URL("../node_modules/next/dist/bin/next", import.meta.url));
const requested = process.env.CHITIEU_WORKERS ?? "1";
const workers = requested === "auto" ? availableParallelism() : Number(requested);
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`CHITIEU_WORKERS must be a whole number ≥ 1 or "auto" (got "${requested}")`);
  process.exit(1);
}

if (workers === 1) {
  process.argv = [process.argv[0], next, "start", ...process.argv.slice(2)];
  await import(next);
} else {
  cluster.setupPrimary({ exec: next, args: ["start", ...process.argv.slice(2)] });
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`app worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
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
}
