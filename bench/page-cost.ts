// `npm run bench:page-cost -- --units 3000 [--runs 200]`: what one page costs the app, one request at a time, on one
// Next.js process: wall time per request and the process's CPU time per request (from /proc), for the dashboards and
// the target detail pages the HTTP benchmark asks for. The CPU time per page is what bounds the requests per second
// two processes on two cores can answer at all (1000 ms ÷ CPU ms × 2, less PostgreSQL's and the load generator's
// share), which the open-loop benchmark (bench/http.ts) then shows as latency. BENCH_NODE_ARGS="--cpu-prof
// --cpu-prof-dir=/tmp/prof" writes a CPU profile of the app process as well.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { migrate } from "../scripts/lib/database";
import { openBenchDatabase } from "./lib/pg";
import { processTree, sessionCookieFor, startApp } from "./lib/server";
import { ms, summarize } from "./lib/stats";

const { values: args } = parseArgs({ options: { units: { type: "string", default: "3000" }, runs: { type: "string", default: "200" } } });

/** CPU time (ms) used so far by a process and all its descendants (the app processes), from /proc (Linux; 10 ms ticks). */
function cpuMs(pid: number): number {
  return processTree(pid).reduce((sum, p) => {
    const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
    return sum + (Number(fields[11]) + Number(fields[12])) * 10; // utime and stime, fields 14 and 15 of stat
  }, 0);
}

async function main() {
  const database = await openBenchDatabase(Number(args.units), console.log);
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db, sql } = await import("@/lib/db");
  const app = await startApp(database.url, Number(process.env.BENCH_APP_PORT ?? 3241), 1);
  try {
    const term = await db.term.findFirstOrThrow({ where: { startYear: 2020 } });
    const admin = await db.user.findUniqueOrThrow({ where: { username: "bench.admin" } });
    const cookie = await sessionCookieFor(app, { userId: admin.id, sv: admin.sessionVersion });
    const committees = await sql<{ id: number; targetId: number | null }>`
      SELECT c."id", (SELECT t."id" FROM "Target" t JOIN "Resolution" r ON r."id" = t."resolutionId"
                       WHERE r."committeeId" = c."id" AND r."termId" = ${term.id}::int AND t."indicatorId" IS NOT NULL LIMIT 1) AS "targetId"
      FROM "Committee" c WHERE c."kind" <> 'CELL' ORDER BY c."kind" = 'GRASSROOTS', md5(c."id"::text) LIMIT 40`;
    const pages = {
      dashboard: committees.map((c) => `/dashboard?committee=${c.id}&term=${term.id}`),
      target: committees.filter((c) => c.targetId).map((c) => `/dashboard/target/${c.targetId}?committee=${c.id}&term=${term.id}`),
    };
    const get = async (path: string) => {
      const res = await fetch(`${app.origin}${path}`, { headers: { cookie, accept: "text/html", "accept-encoding": "gzip" } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 200)}`);
      return body.length;
    };
    for (const [kind, paths] of Object.entries(pages)) {
      for (const p of paths) await get(p); // first visits: every cache filled
      const runs = Number(args.runs);
      const samples: number[] = [];
      let bytes = 0;
      const cpu0 = cpuMs(app.pid);
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        bytes += await get(paths[i % paths.length]!);
        samples.push(performance.now() - start);
      }
      const cpuPerPage = (cpuMs(app.pid) - cpu0) / runs;
      const s = summarize(samples);
      console.log(`${kind}: ${runs} requests over ${paths.length} pages, one at a time: wall p50 ${ms(s.median)}, p95 ${ms(s.p95)}; ` +
        `app CPU ${ms(cpuPerPage)} a page (at most ~${Math.floor(2000 / cpuPerPage)} pages/s on 2 cores); ${Math.round(bytes / runs / 1024)} KB of HTML`);
    }
  } finally {
    await app.stop();
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
