// `npm run bench:compare -- --old <checkout> [--units 330000 --rate 100 --duration 60 --warmup 10]`: the HTTP section
// of the benchmark (bench/http.ts) on another checkout's production server (e.g. the home-made front of commit
// 7e994f6, in a worktree of its own with its own `npm run build`) and then on this one, one after the other on the
// same data set and machine, printed side by side with the machine's load. The older checkout runs first: this
// one's migrations are applied to the data set when it runs.
//   git worktree add --detach /tmp/old 7e994f6 && cp -al node_modules /tmp/old/ && (cd /tmp/old && npx prisma generate && npx next build)
//   npm run build && npm run bench:compare -- --old /tmp/old
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../scripts/lib/database";
import type { HttpResult } from "./http";

const { values: args } = parseArgs({
  options: {
    old: { type: "string" },
    units: { type: "string", default: "330000" },
    rate: { type: "string", default: "100" },
    duration: { type: "string", default: "60" },
    warmup: { type: "string", default: "10" },
    workers: { type: "string", default: "2" },
  },
});

interface Run { label: string; http: HttpResult; load: string[] }

function run(label: string, root: string): Run {
  const out = path.join(os.tmpdir(), `chitieu-compare-${process.pid}-${label}.json`);
  const load = [os.loadavg().map((l) => l.toFixed(2)).join(" ")];
  console.log(`\n=== ${label}: ${root} ===`);
  const child = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "bench/run-size.ts",
    "--units", args.units!, "--out", out, "--rate", args.rate!, "--duration", args.duration!, "--warmup", args.warmup!,
    "--workers", args.workers!, "--skip", "sql,search,import,report"], { cwd: root, stdio: "inherit" });
  if (child.status !== 0) throw new Error(`the benchmark of ${label} failed`);
  load.push(os.loadavg().map((l) => l.toFixed(2)).join(" "));
  const { http } = JSON.parse(readFileSync(out, "utf8")) as { http: HttpResult };
  rmSync(out, { force: true });
  return { label, http, load };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? "met" : "**missed**");

function table(runs: Run[]): string {
  const row = (name: string, cell: (h: HttpResult) => string) => `| ${name} | ${runs.map((r) => cell(r.http)).join(" | ")} |`;
  return [
    `| ${args.rate} requests/s for ${args.duration} s, ${args.units} units | ${runs.map((r) => r.label).join(" | ")} |`,
    `|---|${runs.map(() => "---").join("|")}|`,
    row("all: p50 / p95 / p99", (h) => `${ms(h.all.median)} / ${ms(h.all.p95)} / ${ms(h.all.p99)}`),
    row("dashboards: p95 / p99", (h) => `${ms(h.byKind.dashboard.p95)} / ${ms(h.byKind.dashboard.p99)}`),
    row("target details: p95 / p99", (h) => `${ms(h.byKind.target.p95)} / ${ms(h.byKind.target.p99)}`),
    row("saves: p50 / p95", (h) => `${ms(h.byKind.save.median)} / ${ms(h.byKind.save.p95)}`),
    row("errors / lost updates", (h) => `${h.all.errors} / ${h.saves.lostUpdates} (${h.saves.saved} saves acknowledged)`),
    row("max RSS of one app process / all", (h) => `${h.maxRssMb.toFixed(0)} / ${h.maxTotalRssMb.toFixed(0)} MB`),
    row("budgets (p95 ≤ 150, p99 ≤ 400, save p95 ≤ 50, RSS < 512)", (h) =>
      `${verdict(h.all.p95 <= 150)}, ${verdict(h.all.p99 <= 400)}, ${verdict(h.byKind.save.p95 <= 50)}, ${verdict(h.maxRssMb < 512)}`),
    row("speed check before / after (~380–450 ms quiet)", (h) => `${ms(h.speedCheckMs.before)} / ${ms(h.speedCheckMs.after)}`),
    `| load average (1, 5, 15 min) before → after | ${runs.map((r) => `${r.load[0]} → ${r.load[1]}`).join(" | ")} |`,
  ].join("\n");
}

if (!args.old) throw new Error("--old <checkout of the version to compare with> is required");
const runs = [run("old", path.resolve(args.old)), run("new", PROJECT_ROOT)];
console.log(`\n${table(runs)}\n\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}.`);
