// `npm run import -- <file> [--dry-run] [--unlock] [--overwrite-newer] [--delete-empty] [--as <username>] [--lang vi|en]`:
// imports a CSV or XLSX
// file of yearly figures (the template from the figures page or `npm run export`) with the same checks as the
// browser, acting as a named account (default: the first active administrator). Every bad row is printed with
// its row number, column and message; then nothing is written and the exit code is 1. As in the browser, a row whose
// figure changed after the file was exported is such an error unless --overwrite-newer, and an empty cell of a
// row without a version keeps the stored figure unless --delete-empty.
import { createReadStream } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitWhenDone, progressBar, withCliDatabase } from "./lib/cli-database";
import { findCliAccount } from "./lib/cli-account";
import { printIssues } from "./lib/cli-issues";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    unlock: { type: "boolean", default: false },
    "overwrite-newer": { type: "boolean", default: false },
    "delete-empty": { type: "boolean", default: false },
    as: { type: "string" },
    lang: { type: "string", default: "vi" },
  },
});

async function main(): Promise<number> {
  const file = positionals[0];
  if (!file) {
    console.error("Usage: npm run import -- <file.csv|file.xlsx> [--dry-run] [--unlock] [--overwrite-newer] [--delete-empty] [--as <username>] [--lang vi|en]");
    return 2;
  }
  const locale = args.lang === "en" ? "en" : "vi";
  const bar = progressBar();
  return withCliDatabase(async (db) => {
    const { readImportFile, formatOfName } = await import("../lib/imports/files");
    const { importFigures } = await import("../lib/imports/import-figures");
    const { describeIssues, describeSummary, importTranslator } = await import("../lib/imports/messages");
    const account = await findCliAccount(db, args.as);
    console.error(`Importing ${path.basename(file)} as ${account.username} (${account.role})${args["dry-run"] ? ", dry run" : ""}`);
    const read = await readImportFile(createReadStream(file), formatOfName(file), locale, (n) => bar.update("read", n, n));
    bar.done();
    const t = importTranslator(locale);
    if (!read.ok) {
      console.error(t(`importErrors.${read.key}`, read.params));
      return 1;
    }
    const started = performance.now();
    const report = await importFigures(db, read.rows, {
      actor: account, dryRun: args["dry-run"], unlock: args.unlock, overwrite: args["overwrite-newer"], deleteEmpty: args["delete-empty"],
      locale, source: path.basename(file),
    }, (p) => bar.update(p.phase, p.done, p.total));
    bar.done();
    const seconds = (performance.now() - started) / 1000;
    printIssues(describeIssues(report.errors, locale), t);
    console.log(describeSummary(report, locale));
    if (report.unlocked) console.log(t("imports.unlocked", { count: report.unlocked }));
    if (report.overwritten) console.log(t("imports.overwritten", { count: report.overwritten }));
    if (report.keptEmpty) console.log(t("imports.keptEmpty", { count: report.keptEmpty }));
    if (report.errors.length) console.log(t("imports.errorsTitle", { count: report.errors.length }));
    else if (report.dryRun) console.log(t("imports.okDryRun").split(":")[0] + ".");
    else if (report.applied && report.created + report.updated + report.deleted === 0) console.log(t("imports.nothingToDo"));
    else if (report.applied) console.log(`${t("imports.applied", report as unknown as Record<string, number>)} (${Math.round(read.rows.length / seconds)} rows/s)`);
    return report.errors.length ? 1 : 0;
  });
}

exitWhenDone(main());
