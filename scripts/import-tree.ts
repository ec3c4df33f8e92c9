// `npm run import-tree -- <file.csv|file.xlsx> [--dry-run] [--effective YYYY-MM-DD] [--as <username>] [--lang vi|en]`:
// loads the committee tree from a file (the template of the tree page, or `npm run export-tree`) with the same
// checks as the browser, acting as a named account (default: the first active administrator) within its subtree.
// Every bad row is printed with its row number, column and message; then nothing is written and the exit code is 1.
import { createReadStream } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitWhenDone, withCliDatabase } from "./lib/cli-database";
import { findCliAccount } from "./lib/cli-account";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    effective: { type: "string" },
    as: { type: "string" },
    lang: { type: "string", default: "vi" },
  },
});

async function main(): Promise<number> {
  const file = positionals[0];
  if (!file) {
    console.error("Usage: npm run import-tree -- <file.csv|file.xlsx> [--dry-run] [--effective YYYY-MM-DD] [--as <username>] [--lang vi|en]");
    return 2;
  }
  const locale = args.lang === "en" ? "en" : "vi";
  return withCliDatabase(async (db) => {
    const { readRecords } = await import("../lib/imports/records");
    const { formatOfName } = await import("../lib/imports/files");
    const { readTreeRecords } = await import("../lib/committees/tree-file/columns");
    const { importTree } = await import("../lib/committees/tree-file/import-tree");
    const { describeTreeIssues, treeCounts } = await import("../lib/committees/tree-file/messages");
    const { importTranslator } = await import("../lib/imports/messages");
    const t = importTranslator(locale);
    const account = await findCliAccount(db, args.as);
    console.error(`Importing ${path.basename(file)} as ${account.username}${args["dry-run"] ? ", dry run" : ""}`);
    const started = performance.now();
    const read = readTreeRecords(await readRecords(createReadStream(file), formatOfName(file)));
    const report = read.ok
      ? await importTree(db, read.rows, { actor: account, dryRun: args["dry-run"], effectiveFrom: args.effective, source: path.basename(file) })
      : null;
    const issues = read.ok ? report!.issues : read.issues;
    for (const line of describeTreeIssues(issues, locale)) {
      console.log(`${line.row ? t("treeImportErrors.rowLabel", { row: line.row }) : t("treeImportErrors.fileLabel")}${line.column ? ` [${line.column}]` : ""}: ${line.message}`);
    }
    if (!report) return 1;
    if (issues.length) {
      console.log(t("treeImport.errorsTitle", { count: issues.length }).split(":")[0] + ".");
      return 1;
    }
    console.log(t("treeImport.summary", treeCounts(report)));
    if (report.dryRun) console.log(t("treeImport.okDryRun").split(":")[0] + ".");
    else if (report.created + report.moved + report.renamed + report.corrected + report.ended === 0) console.log(t("treeImport.nothingToDo"));
    else console.log(`${t("treeImport.applied", treeCounts(report))} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  });
}

exitWhenDone(main());
