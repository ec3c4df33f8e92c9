// `npm run bench:data -- --units 330000` (or 3000, 200…): generates a synthetic tree with figures, rollups,
// resolutions and load-test accounts into the benchmark database of that size and prints the time of each
// step. The data lives in .data/bench-<units> (embedded PostgreSQL on BENCH_PG_PORT, default 54541) and is
// reused by `npm run bench`; --fresh drops an existing data set first. With DATABASE_URL, that database is used.
import { parseArgs } from "node:util";
import { dropDatabase, migrate } from "../scripts/lib/database";
import { generate } from "./lib/generate";
import { connect, openBenchDatabase } from "./lib/pg";
import { findRollupDrift } from "@/lib/figures/rollup";
import { bindSql } from "@/lib/sql";

const { values: args } = parseArgs({
  options: {
    units: { type: "string", default: "3000" },
    fresh: { type: "boolean", default: false },
    "check-drift": { type: "boolean", default: false },
  },
});

async function main() {
  const units = Number(args.units);
  const log = (line: string) => console.log(line);
  const database = await openBenchDatabase(units, log);
  try {
    let client = await connect(database.url);
    const existing = await client.query(`SELECT to_regclass('public."Committee"') AS t`);
    if (existing.rows[0]?.t) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Committee"`);
      if (Number(rows[0]!.n) > 0 && !args.fresh) {
        console.log(`The benchmark database already holds ${rows[0]!.n} committees (${database.dataDir ?? database.url}); --fresh regenerates it.`);
        await client.end();
        return;
      }
    }
    await client.end();
    if (args.fresh) await dropDatabase(database.url);
    await migrate(database.url);
    client = await connect(database.url);
    if (database.dataDir) {
      // Fewer checkpoints during the load (embedded server only; a real server is tuned by its owner).
      await client.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
      await client.query(`SELECT pg_reload_conf()`);
    }
    console.log(`Generating ${units.toLocaleString("en")} units into ${database.dataDir ?? database.url}…`);
    const report = await generate(client, units, log);
    console.log(`Done: ${report.committees.toLocaleString("en")} committees, ${report.figures.toLocaleString("en")} figures, ` +
      `${report.rollups.toLocaleString("en")} rollup rows in ${report.totalSeconds.toFixed(0)} s ` +
      `(${Math.round(report.figures / report.steps.filter((s) => s.step.startsWith("figures")).reduce((a, s) => a + s.seconds, 0)).toLocaleString("en")} figures/s bulk insert).`);
    if (args["check-drift"]) {
      const t0 = performance.now();
      const drift = await findRollupDrift(bindSql(client));
      console.log(`Rollup drift check (findRollupDrift): ${drift.length} rows differ, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      if (drift.length > 0) process.exitCode = 1;
    }
    await client.end();
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
