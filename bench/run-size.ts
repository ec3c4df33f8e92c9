// One data-set size of `npm run bench` (run in its own process so the app's database client binds to that
// size's database): SQL, HTTP under load, import and reports. Writes its results as JSON to --out.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { migrate } from "../scripts/lib/database";
import { openBenchDatabase } from "./lib/pg";
import { sessionCookieFor, startApp } from "./lib/server";

const { values: args } = parseArgs({
  options: {
    units: { type: "string" },
    out: { type: "string" },
    rate: { type: "string", default: "100" },
    duration: { type: "string", default: "60" },
    warmup: { type: "string", default: "10" },
    runs: { type: "string", default: "200" },
    skip: { type: "string", default: "" },
    // The deployment the budgets are for: one 2-core app server, so two Next.js processes (scripts/serve.ts).
    workers: { type: "string", default: "2" },
  },
});

async function main() {
  const units = Number(args.units);
  const skip = new Set(args.skip!.split(",").filter(Boolean));
  const log = (line: string) => console.log(line);
  const database = await openBenchDatabase(units, log);
  const result: Record<string, unknown> = { units };
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    const { db, sql } = await import("@/lib/db");
    const committees = await db.committee.count();
    if (committees === 0) throw new Error(`No data: run \`npm run bench:data -- --units ${units}\` first`);
    result.committees = committees;
    result.figures = Number((await sql<{ n: string }>`SELECT reltuples::bigint AS n FROM pg_class WHERE relname = 'Figure'`)[0]!.n);
    result.postgres = (await sql<{ v: string }>`SELECT version() AS v`)[0]!.v;

    if (!skip.has("sql")) {
      const { benchSql } = await import("./sql");
      log("SQL: dashboard data…");
      result.sql = await benchSql(db, Number(args.runs));
    }
    if (!skip.has("search")) {
      const { benchSearch } = await import("./search");
      log("SQL: committee search…");
      result.search = await benchSearch(db, Math.min(50, Number(args.runs)));
    }
    if (!skip.has("http") || !skip.has("report")) {
      const app = await startApp(database.url, Number(process.env.BENCH_APP_PORT ?? 3241), Number(args.workers));
      try {
        if (!skip.has("http")) {
          const { benchHttp } = await import("./http");
          log(`HTTP: ${args.rate} requests/s for ${args.duration} s (after ${args.warmup} s of warm-up), ${args.workers} app worker(s)…`);
          result.http = await benchHttp(db, app, { rate: Number(args.rate), seconds: Number(args.duration), warmupSeconds: Number(args.warmup) });
        }
        if (!skip.has("report")) {
          const { benchReports } = await import("./section-import");
          const { pickCommittees } = await import("./sql");
          const admin = await db.user.findUniqueOrThrow({ where: { username: "bench.admin" } });
          const term = await db.term.findFirstOrThrow({ where: { startYear: 2020 } });
          const picks = (await pickCommittees(db)).filter((p) => p.label === "root" || p.label === "province");
          log("Reports…");
          result.reports = await benchReports(app, await sessionCookieFor(app, { userId: admin.id, sv: admin.sessionVersion }), picks, term.id);
        }
      } finally {
        await app.stop();
      }
    }
    if (!skip.has("import")) {
      const { benchImport } = await import("./section-import");
      log("Import…");
      result.import = await benchImport(db, units);
    }
    await (await import("@/lib/db")).closeDb();
  } finally {
    await database.stop();
  }
  writeFileSync(args.out!, JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
