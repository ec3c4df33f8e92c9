// `npm run resolutions -- import <file.xlsx> --committee <code> --term 2025-2030 [--dry-run] [--as <username>] [--lang vi|en]`
// `npm run resolutions -- export --committee <code> --term 2025-2030 [--out file.xlsx] [--as <username>]`
// A committee's resolution and its targets from or to the XLSX the resolutions page reads and writes, with the same
// checks, as a named account (default: the first active administrator). A bad row is printed with its row, column
// and message; then nothing is written and the exit code is 1.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitWhenDone, withCliDatabase } from "./lib/cli-database";
import { findCliAccount } from "./lib/cli-account";
import { printIssues } from "./lib/cli-issues";

const USAGE = `npm run resolutions -- import <file.xlsx> --committee <code> --term 2025-2030 [--dry-run] [--as <username>] [--lang vi|en]
npm run resolutions -- export --committee <code> --term 2025-2030 [--out file.xlsx] [--as <username>]`;

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    committee: { type: "string" },
    term: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    out: { type: "string" },
    as: { type: "string" },
    lang: { type: "string", default: "vi" },
  },
});

async function main(): Promise<number> {
  const [command, file] = positionals;
  const years = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(args.term ?? "");
  if (!(command === "export" || (command === "import" && file)) || !args.committee || !years) {
    console.error(`Usage:\n${USAGE}`);
    return 2;
  }
  const locale = args.lang === "en" ? "en" : "vi";
  return withCliDatabase(async (db) => {
    const { readSheets, writeXlsxSheets } = await import("../lib/imports/table");
    const { exportResolution, importResolution } = await import("../lib/targets/resolution-file");
    const { importTranslator } = await import("../lib/imports/messages");
    const { describeFileIssues } = await import("../lib/imports/file-issues");
    const t = importTranslator(locale);
    const account = await findCliAccount(db, args.as);
    const committee = await db.committee.findUnique({ where: { code: args.committee!.toUpperCase() }, select: { id: true, code: true } });
    const term = await db.term.findFirst({ where: { startYear: Number(years[1]), endYear: Number(years[2]) }, select: { id: true } });
    if (!committee || !term) {
      console.error(!committee ? t("fileImport.unknownCommittee", { code: args.committee! }) : `No term ${args.term}.`);
      return 1;
    }
    if (command === "export") {
      const out = await exportResolution(db, account.scopeCommitteeId, committee.id, term.id);
      if (!out) {
        console.error(t("errors.notFound"));
        return 1;
      }
      const name = args.out ?? `nghi-quyet-${out.code}-${out.term}.xlsx`;
      writeFileSync(name, await writeXlsxSheets(out.sheets));
      console.log(path.resolve(name));
      return 0;
    }
    const sheets = await readSheets(readFileSync(file!), "xlsx");
    if (!sheets) {
      console.error(t("fileImport.unreadable"));
      return 1;
    }
    const report = await importResolution(db, sheets, {
      actor: account, committeeId: committee.id, termId: term.id, dryRun: args["dry-run"], locale, source: path.basename(file!),
    });
    printIssues(describeFileIssues(report.errors, locale), t);
    if (report.errors.length) {
      console.log(t("fileImport.errorsTitle", { count: report.errors.length }));
      return 1;
    }
    const values = { title: report.title, count: report.targets };
    console.log(report.dryRun ? t("resolutionFile.ready", values) : t("resolutionFile.applied", values));
    return 0;
  });
}

exitWhenDone(main().catch((error: unknown) => {
  // An expected refusal (another subtree's committee, a role that may not) reads as its message.
  if (error instanceof Error && error.name === "AppError") {
    console.error(error.message);
    return 1;
  }
  throw error;
}));
