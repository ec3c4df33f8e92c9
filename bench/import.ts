// Import throughput: rows per second of importFigures (check with the entry form's rules + one transaction of
// set-based writes + rollup deltas + audit) on a fresh embedded PostgreSQL with the demo data, for files of
// synthetic Party cells (18 figures per cell-year, 5 years). Also a re-import (no change) and an update of
// every whole, then a check that the stored rollups equal a from-scratch recomputation.
//   npm run bench:import                      (embedded PostgreSQL in a temporary folder)
//   BENCH_SIZES=50000,200000 npm run bench:import
//   DATABASE_URL=… npm run bench:import       (an existing migrated database with the demo data; adds cells)
import { performance } from "node:perf_hooks";
import { finishWithDriftCheck, openDemoDatabase } from "./lib/demo-database";

const SIZES = (process.env.BENCH_SIZES ?? "50000,200000").split(",").map(Number);
const YEARS = [2026, 2027, 2028, 2029, 2030];
const PER_CELL = 18 * YEARS.length;

async function main() {
  const { url, stop } = await openDemoDatabase();
  const { openDatabase } = await import("../lib/db-client");
  const connection = openDatabase(url, 4);
  const { db } = connection;
  const { importFigures } = await import("../lib/imports/import-figures");
  const { addCells, cellRows } = await import("./lib/synthetic");
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", active: true }, orderBy: { id: "asc" } });
  const actor = { userId: admin.id, role: admin.role, scopeCommitteeId: admin.scopeCommitteeId };

  const run = async (label: string, rows: Parameters<typeof importFigures>[1]) => {
    const marks: Record<string, number> = {};
    const start = performance.now();
    const report = await importFigures(db, rows, { actor, source: label }, (p) => {
      marks[p.phase] ??= performance.now();
      if (p.phase === "check" && p.done === p.total) marks.checked ??= performance.now();
      if (p.phase === "write" && p.done === p.total) marks.written = performance.now();
    });
    const ms = performance.now() - start;
    if (!report.applied) throw new Error(`${label}: not applied (${report.errors.length} errors, first row ${report.errors[0]?.row})`);
    const end = performance.now();
    const checked = marks.checked ?? end;
    const written = marks.written ?? checked;
    console.log(`  ${label.padEnd(28)} ${String(rows.length).padStart(7)} rows in ${(ms / 1000).toFixed(2)} s = ${Math.round(rows.length / (ms / 1000)).toLocaleString("en")} rows/s`
      + `  (created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}; phases: check ${((checked - start) / 1000).toFixed(2)} s,`
      + ` figures ${((written - checked) / 1000).toFixed(2)} s, rollups + audit + commit ${((end - written) / 1000).toFixed(2)} s)`);
  };

  console.log(`Import throughput, ${YEARS.length} years × 18 data elements per synthetic cell:`);
  for (const size of SIZES) {
    const codes = await addCells(db, "AP-CQD-01", `B${size}-${Date.now() % 100000}`, Math.ceil(size / PER_CELL));
    const rows = cellRows(codes, YEARS).slice(0, size);
    await run(`new figures`, rows);
    await run(`same file again (no change)`, rows);
    await run(`every whole changed`, cellRows(codes, YEARS, 1).slice(0, size));
  }
  await finishWithDriftCheck(connection, stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
