// Plain `pg` plumbing for the benchmarks: a database on an embedded PostgreSQL in a data folder outside git
// (reused between runs). The app's own bulk functions (rebuildClosure, rebuildRollups, findRollupDrift,
// syncFigureYears) run on a bare pg client through lib/sql.ts's bindSql, with the session settings a bulk load
// wants (synchronous_commit off, large work_mem).
import path from "node:path";
import pg from "pg";
import { ensureDatabase, PROJECT_ROOT } from "../../scripts/lib/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../scripts/lib/embedded-postgres";

export const BENCH_DATABASE = "chitieu_bench";

export interface BenchDatabase {
  url: string;
  dataDir: string | null;
  stop(): Promise<void>;
}

/** The folder of a size's data set: .data/bench-<units> (git-ignored), or BENCH_DATA_DIR. */
export function benchDataDir(units: number): string {
  return path.resolve(process.env.BENCH_DATA_DIR ?? path.join(PROJECT_ROOT, ".data", `bench-${units}`));
}

/**
 * DATABASE_URL when given (an existing server, e.g. a tuned production-like one); otherwise the embedded
 * PostgreSQL 17 on BENCH_PG_PORT (default 54541) with its data in the size's folder, kept after the run.
 */
export async function openBenchDatabase(units: number, log: (line: string) => void): Promise<BenchDatabase> {
  if (process.env.DATABASE_URL) {
    await ensureDatabase(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, dataDir: null, stop: async () => {} };
  }
  const dataDir = benchDataDir(units);
  const port = Number(process.env.BENCH_PG_PORT ?? 54541);
  // Sized as a national deployment would be (the defaults, 128 MB of shared buffers, are for a laptop demo):
  // the rollup rows an import touches are spread over a table of tens of millions of rows.
  const flags = ["-c", `shared_buffers=${process.env.BENCH_PG_SHARED_BUFFERS ?? "2GB"}`, "-c", "effective_cache_size=8GB", "-c", "max_wal_size=8GB",
    // SSD storage: random reads cost little more than sequential ones (the default 4 assumes spinning disks).
    "-c", "random_page_cost=1.1"];
  const server: EmbeddedServer = await startEmbeddedPostgres({ dataDir, port, persistent: true, log, flags });
  const url = server.url(BENCH_DATABASE);
  await ensureDatabase(url);
  return { url, dataDir, stop: () => server.stop() };
}

export type Sql = pg.Client;

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // A server stopped under a live client (Ctrl-C, a failed step) must not hide the error that caused it.
  client.on("error", () => undefined);
  await client.connect();
  return client;
}
