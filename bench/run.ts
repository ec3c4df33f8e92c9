// `npm run bench [-- --units 3000,330000 --rate 100 --duration 60 --warmup 10 --runs 200 --workers 2 --skip http]`:
// for each size (data from `npm run bench:data`), measures dashboard SQL (loader, naive, floor), the
// production server under an open-loop load, import throughput and report generation; prints the results
// and writes them to bench/results/YYYY-MM-DD-<size>.md with a description of the machine.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../scripts/lib/database";
import { renderResults } from "./lib/results";

const { values: args } = parseArgs({
  options: {
    units: { type: "string", default: "3000,330000" },
    rate: { type: "string", default: "100" },
    duration: { type: "string", default: "60" },
    warmup: { type: "string", default: "10" },
    runs: { type: "string", default: "200" },
    skip: { type: "string", default: "" },
    workers: { type: "string", default: "2" },
    "results-dir": { type: "string", default: path.join(PROJECT_ROOT, "bench", "results") },
  },
});

function machine(): Record<string, string> {
  const cpu = os.cpus();
  let load = "";
  try { load = os.loadavg().map((l) => l.toFixed(2)).join(" "); } catch { /* */ }
  let git = "";
  try { git = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: PROJECT_ROOT }).toString().trim(); } catch { /* */ }
  return {
    cpu: `${cpu.length} × ${cpu[0]?.model ?? "?"}`, memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GB`,
    os: `${os.type()} ${os.release()}`, node: process.version, "load average at start": load, commit: git,
  };
}

async function main() {
  const sizes = args.units!.split(",").map(Number);
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(args["results-dir"]!, { recursive: true });
  for (const units of sizes) {
    const out = path.join(os.tmpdir(), `chitieu-bench-${process.pid}-${units}.json`);
    console.log(`\n=== ${units.toLocaleString("en")} units ===`);
    const child = spawnSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "bench/run-size.ts",
      "--units", String(units), "--out", out, "--rate", args.rate!, "--duration", args.duration!, "--warmup", args.warmup!,
      "--runs", args.runs!, "--workers", args.workers!, "--skip", args.skip!], { cwd: PROJECT_ROOT, stdio: "inherit" });
    if (child.status !== 0) throw new Error(`benchmark of ${units} units failed`);
    const result = JSON.parse(readFileSync(out, "utf8"));
    rmSync(out, { force: true });
    const markdown = renderResults(result, machine(), { date, rate: Number(args.rate), duration: Number(args.duration) });
    const file = path.join(args["results-dir"]!, `${date}-${units}.md`);
    writeFileSync(file, markdown);
    console.log(`\n${markdown}\nWritten to ${path.relative(PROJECT_ROOT, file)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
