// `npm run accounts -- <file.csv|file.xlsx> [--dry-run] [--days 14] [--out codes.xlsx] [--as <username>] [--lang vi|en]`:
// creates the accounts of a file (username, display_name, role, committee_code) with the same checks as the page,
// acting as an administrator (default: the first active one), whose subtree bounds the file. Every bad row is
// printed with its row, column and message, and nothing is written (exit 1). The one-time activation codes go to
// the --out file (CSV or XLSX by its name; default ma-kich-hoat-<time>.csv here), never to the terminal.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitWhenDone, withCliDatabase } from "./lib/cli-database";
import { findCliAccount } from "./lib/cli-account";
import { printIssues } from "./lib/cli-issues";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    days: { type: "string", default: "14" },
    out: { type: "string" },
    as: { type: "string" },
    lang: { type: "string", default: "vi" },
  },
});

async function main(): Promise<number> {
  const file = positionals[0];
  if (!file) {
    console.error("Usage: npm run accounts -- <file.csv|file.xlsx> [--dry-run] [--days 14] [--out codes.xlsx] [--as <username>] [--lang vi|en]");
    return 2;
  }
  const locale = args.lang === "en" ? "en" : "vi";
  return withCliDatabase(async (db) => {
    const { readSheets } = await import("../lib/imports/table");
    const { importAccounts, codesFile } = await import("../lib/accounts/import-accounts");
    const { activationDaysSchema } = await import("../lib/accounts/activation");
    const { importTranslator } = await import("../lib/imports/messages");
    const { describeFileIssues } = await import("../lib/imports/file-issues");
    const t = importTranslator(locale);
    const days = activationDaysSchema.safeParse(args.days);
    if (!days.success) {
      console.error(t("errors.activationDays"));
      return 2;
    }
    const account = await findCliAccount(db, args.as);
    const sheets = await readSheets(readFileSync(file), /\.xlsx$/i.test(file) ? "xlsx" : "csv");
    if (!sheets?.[0]) {
      console.error(t("fileImport.unreadable"));
      return 1;
    }
    const now = new Date();
    console.error(`Accounts from ${path.basename(file)} as ${account.username} (${account.role})${args["dry-run"] ? ", dry run" : ""}`);
    const report = await importAccounts(db, sheets[0], { actor: account, dryRun: args["dry-run"], days: days.data, now, source: path.basename(file) });
    printIssues(describeFileIssues(report.errors, locale), t);
    if (report.errors.length) {
      console.log(t("fileImport.errorsTitle", { count: report.errors.length }));
      return 1;
    }
    const expires = report.expiresAt.toISOString().slice(0, 16).replace("T", " ") + " UTC";
    if (report.dryRun) {
      console.log(t("accountImport.ready", { count: report.accounts.length, expires }));
      return 0;
    }
    const stamp = now.toISOString().slice(0, 16).replace(/[-:T]/g, "");
    const out = args.out ?? `ma-kich-hoat-${stamp}.csv`;
    const written = await codesFile(report, /\.xlsx$/i.test(out) ? "xlsx" : "csv", locale, stamp);
    writeFileSync(out, written.bytes, { mode: 0o600 });
    console.log(`${t("accountImport.created", { count: report.accounts.length })}\n→ ${path.resolve(out)}`);
    return 0;
  });
}

exitWhenDone(main());
