// The dated results file of one size: machine, data set, the three sections with their budgets.
import type { HttpResult } from "../http";
import type { ImportResult, ReportTiming } from "../section-import";
import type { SearchResult } from "../search";
import type { SqlResult } from "../sql";
import { ms } from "./stats";

export interface SizeResult {
  units: number;
  committees: number;
  figures: number;
  postgres: string;
  sql?: SqlResult;
  search?: SearchResult;
  http?: HttpResult;
  import?: ImportResult;
  reports?: ReportTiming[];
}

const ok = (pass: boolean) => (pass ? "met" : "**missed**");

export function renderResults(r: SizeResult, machine: Record<string, string>, run: { date: string; rate: number; duration: number }): string {
  const lines: string[] = [];
  lines.push(`# Benchmark ${run.date}: ${r.committees.toLocaleString("en")} committees (\`--units ${r.units}\`)`, "");
  lines.push(`Data: ${r.committees.toLocaleString("en")} committees, ~${r.figures.toLocaleString("en")} figures (\`npm run bench:data -- --units ${r.units}\`).`, "");
  lines.push("| machine | |", "|---|---|");
  for (const [k, v] of Object.entries(machine)) lines.push(`| ${k} | ${v} |`);
  lines.push(`| PostgreSQL | ${r.postgres.split(" on ")[0]} |`, "");
  if (r.sql) {
    lines.push(`## 1. Dashboard data (term ${r.sql.term}), ${r.sql.runs} runs each, in-process through the app's Prisma client`, "");
    lines.push("Loader = `getDashboard` (committee, lineage, resolution in force and targets, stored rollups, target engine). Naive = the same sums live from raw figures over the subtree. Floor = the stored rollup rows alone.", "");
    lines.push("| committee | units | loader median / p95 | naive median / p95 | floor median / p95 | naive ÷ loader | loader ÷ floor | ≤ 5 ms | ≤ 3× floor |", "|---|---:|---:|---:|---:|---:|---:|---|---|");
    for (const row of r.sql.rows) {
      const ratio = row.loader.median / row.floor.median;
      lines.push(`| ${row.label} (#${row.committeeId}) | ${row.units.toLocaleString("en")} | ${ms(row.loader.median)} / ${ms(row.loader.p95)} | ${ms(row.naive.median)} / ${ms(row.naive.p95)} | ` +
        `${ms(row.floor.median)} / ${ms(row.floor.p95)} | ${(row.naive.median / row.loader.median).toFixed(1)}× | ${ratio.toFixed(1)}× | ${ok(row.loader.p95 <= 5)} | ${ok(ratio <= 3)} |`);
    }
    lines.push("");
  }
  if (r.search) {
    const s = r.search;
    lines.push(`## 1b. Committee fields: search as you type (\`searchCommittees\`, 21 results asked for), ${s.runs} runs each`, "");
    lines.push("| scope | units | typed | results | median | p95 |", "|---|---:|---|---:|---:|---:|");
    for (const row of s.rows) lines.push(`| ${row.scope} | ${row.units.toLocaleString("en")} | \`${row.query}\` | ${row.results} | ${ms(row.latency.median)} | ${ms(row.latency.p95)} |`);
    lines.push("", "A page's committee field (`getCommitteeChoices`: the whole list up to COMMITTEE_LIST_MAX units, else search):", "");
    lines.push("| scope | units | field | median | p95 |", "|---|---:|---|---:|---:|");
    for (const c of s.choices) lines.push(`| ${c.scope} | ${c.units.toLocaleString("en")} | ${c.search ? "search" : "list"} | ${ms(c.latency.median)} | ${ms(c.latency.p95)} |`);
    lines.push("");
  }
  if (r.http) {
    const h = r.http;
    lines.push(`## 2. Production server, open loop: ${h.rate} requests/s for ${h.seconds} s (${h.sent} requests)`, "");
    lines.push("Latency from each request's scheduled send time. Mix: 80% dashboards, 15% target details, 5% figure saves (server action) by 200 editors, two racing tabs each.", "");
    lines.push(`Server: \`scripts/serve.ts\`, ${h.workers} Next.js process(es) sharing the port; "use cache" on the target cards.`, "");
    lines.push("| requests | n | p50 | p95 | p99 | max | errors |", "|---|---:|---:|---:|---:|---:|---:|");
    for (const [kind, s] of [["all", h.all], ["dashboard", h.byKind.dashboard], ["target detail", h.byKind.target], ["figure save", h.byKind.save]] as const) {
      lines.push(`| ${kind} | ${s.n} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${s.errors} |`);
    }
    lines.push("");
    lines.push(`Saves: ${h.saves.saved} acknowledged, ${h.saves.conflicts} refused as conflicts (shown to the user), **${h.saves.lostUpdates} lost updates** over ${h.saves.checkedFigures} figures checked. ${h.workers === 1 ? `App process max RSS: ${h.maxRssMb.toFixed(0)} MB.` : `${h.workers} app workers: max RSS ${h.maxRssMb.toFixed(0)} MB for one, ${h.maxTotalRssMb.toFixed(0)} MB for all together.`}`, "");
    if (h.speedCheckMs) lines.push(`Machine speed check (300,000 chained SHA-256 digests in the load generator; ~380–450 ms on a quiet machine): ${ms(h.speedCheckMs.before)} before the run, ${ms(h.speedCheckMs.after)} after.`, "");
    if (h.errorSamples.length) lines.push(`Error samples: ${h.errorSamples.map((e) => `\`${e}\``).join(", ")}`, "");
    lines.push(`Budgets: p95 ≤ 150 ms ${ok(h.all.p95 <= 150)}, p99 ≤ 400 ms ${ok(h.all.p99 <= 400)}, zero errors ${ok(h.all.errors === 0)}, save p95 ≤ 50 ms ${ok(h.byKind.save.p95 <= 50)}, zero lost updates ${ok(h.saves.lostUpdates === 0)}, RSS < 512 MB ${ok(h.maxRssMb < 512)}.`, "");
  }
  if (r.import) {
    const i = r.import;
    lines.push("## 3. Import and reports", "");
    lines.push(`Bulk import path (figures set-based + audit + \`applyRollupDeltasBulk\`, one transaction): ${i.figures.toLocaleString("en")} figures in ${i.seconds.toFixed(2)} s = **${Math.round(i.figuresPerSecond).toLocaleString("en")} figures/s** (budget ≥ 20,000: ${ok(i.figuresPerSecond >= 20_000)}).`, "");
    lines.push(`Single-save path (\`saveYear\`, ${i.singleSave.figuresPerSave} figures per save, sequential): median ${ms(i.singleSave.latency.median)}, p95 ${ms(i.singleSave.latency.p95)}, ${Math.round(i.singleSave.figuresPerSecond)} figures/s.`, "");
  }
  if (r.reports) {
    lines.push("| review report | format | median | p95 | size | ≤ 2 s |", "|---|---|---:|---:|---:|---|");
    for (const t of r.reports) lines.push(`| ${t.committee} | ${t.format} | ${ms(t.latency.median)} | ${ms(t.latency.p95)} | ${(t.bytes / 1024).toFixed(0)} KB | ${ok(t.latency.p95 <= 2000)} |`);
    lines.push("");
  }
  return lines.join("\n");
}
