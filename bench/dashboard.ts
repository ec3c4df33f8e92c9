// Dashboard data time for the root committee of the demo tree (the province), measured in-process on a real
// PostgreSQL: the full loader (committee, lineage, resolution, targets, stored rollups, engine) and, beside
// it, the rollup read alone. Prints medians and p95 over repeated runs.
//   npm run bench:dashboard            (embedded PostgreSQL in a temporary folder, demo data)
//   DATABASE_URL=… npm run bench:dashboard   (an existing database with the demo data)
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { freePort, migrate } from "../scripts/lib/database";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms (n=${sorted.length})`;
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 10; i++) await run(); // warm up connections and plans
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function main() {
  let stop = async () => {};
  if (!process.env.DATABASE_URL) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-bench-"));
    chmodSync(dir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), persistent: false });
    process.env.DATABASE_URL = server.url("chitieu_bench");
    await migrate(process.env.DATABASE_URL);
    const { openDatabase } = await import("../lib/db-client");
    const { seedDemo } = await import("../prisma/seed/index");
    const seeding = openDatabase(process.env.DATABASE_URL, 2);
    await seedDemo(seeding.db);
    await seeding.close();
    stop = async () => { await server.stop(); rmSync(dir, { recursive: true, force: true }); };
  }
  const { db } = await import("../lib/db");
  const { getDashboard, getRollups, elementsOf } = await import("../lib/dashboard/queries");
  const root = await db.committee.findFirstOrThrow({ where: { parentId: null }, orderBy: { id: "asc" } });
  const terms = await db.term.findMany({ orderBy: { startYear: "asc" } });
  const viewer = { userId: 0, username: "bench", displayName: "bench", role: "VIEWER" as const, scopeCommitteeId: root.id, scopeCommitteeName: root.name, locale: "vi", totpEnabled: false };
  const units = await db.committeeClosure.count({ where: { ancestorId: root.id } });
  console.log(`Dashboard data of the root committee "${root.name}" (${units} units in its subtree), ${RUNS} runs each:`);
  for (const term of terms) {
    const full = await time(() => getDashboard(viewer, root.id, term.id, null));
    const dashboard = (await getDashboard(viewer, root.id, term.id, null))!;
    const elements = elementsOf(dashboard.targets);
    const rollups = await time(() => getRollups([root.id], elements, term.startYear, term.endYear));
    console.log(`  term ${term.name}: ${dashboard.targets.length} targets, ${elements.length} data elements`);
    console.log(`    full loader (5 queries + engine): ${stats(full)}`);
    console.log(`    stored rollup read alone:         ${stats(rollups)}`);
  }
  await db.$disconnect();
  await stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
