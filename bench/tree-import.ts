// Committee tree import: generates a tree file of N units (bench/lib/tree-file.ts) under the demo province and times
// reading it, the dry run, the import, the same file again (nothing to change), the export, and the rollup check.
//   npm run bench:tree-import                     (3,000 units; embedded PostgreSQL in a temporary folder)
//   BENCH_TREE_SIZES=3000,330000 npm run bench:tree-import
//   DATABASE_URL=… npm run bench:tree-import      (an existing migrated database with the demo data)
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { finishWithDriftCheck, openDemoDatabase } from "./lib/demo-database";
import { generateTreeRows } from "./lib/tree-file";

const SIZES = (process.env.BENCH_TREE_SIZES ?? "3000").split(",").map(Number);

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-tree-file-"));
  const database = await openDemoDatabase();
  const stop = async () => { await database.stop(); rmSync(dir, { recursive: true, force: true }); };
  const { openDatabase } = await import("../lib/db-client");
  const connection = openDatabase(database.url, 4);
  const { db } = connection;
  const { readRecords } = await import("../lib/imports/records");
  const { readTreeRecords } = await import("../lib/committees/tree-file/columns");
  const { importTree } = await import("../lib/committees/tree-file/import-tree");
  const { getTreeRows, renderTreeCsv } = await import("../lib/committees/tree-file/export-tree");
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", active: true }, orderBy: { id: "asc" } });
  const actor = { userId: admin.id, role: admin.role, scopeCommitteeId: admin.scopeCommitteeId };
  const scope = await db.committee.findUniqueOrThrow({ where: { id: admin.scopeCommitteeId } });
  const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(2);

  console.log(`Committee tree import under ${scope.code} (${os.cpus().length} cores):`);
  for (const size of SIZES) {
    const file = path.join(dir, `tree-${size}.csv`);
    writeFileSync(file, renderTreeCsv(generateTreeRows(size, scope.code, `B${size}`), "vi"));
    let t0 = performance.now();
    const read = readTreeRecords(await readRecords(createReadStream(file), "csv"));
    if (!read.ok) throw new Error("unreadable file");
    const readS = seconds(t0);
    t0 = performance.now();
    const dry = await importTree(db, read.rows, { actor, dryRun: true, source: "bench" });
    const dryS = seconds(t0);
    t0 = performance.now();
    const done = await importTree(db, read.rows, { actor, source: "bench" });
    const importS = seconds(t0);
    if (dry.issues.length || !done.applied || done.created !== size) throw new Error(`${size}: not applied (${done.issues.length} issues)`);
    t0 = performance.now();
    const again = await importTree(db, read.rows, { actor, dryRun: true, source: "bench" });
    const againS = seconds(t0);
    t0 = performance.now();
    const exported = renderTreeCsv((await getTreeRows(connection.sql, actor.scopeCommitteeId, actor.scopeCommitteeId))!, "vi");
    const exportS = seconds(t0);
    console.log(`  ${size.toLocaleString("en").padStart(8)} units: read ${readS} s, dry run ${dryS} s, import ${importS} s,`
      + ` same file again ${againS} s (${again.unchanged} unchanged), export ${exportS} s (${(exported.length / 1e6).toFixed(1)} MB)`);
  }
  await finishWithDriftCheck(connection, stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
