// `npm run export-tree -- [--committee <code>] [--format csv|xlsx] [--out file] [--as <username>] [--lang vi|en]`:
// the committee tree of a subtree (default: the account's scope) in the import's format; importing it unchanged
// changes nothing, and exporting again gives the same bytes.
import { createWriteStream, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exitWhenDone, withCliDatabase } from "./lib/cli-database";
import { findCliAccount } from "./lib/cli-account";

const { values: args } = parseArgs({
  options: {
    committee: { type: "string" },
    format: { type: "string", default: "csv" },
    out: { type: "string" },
    as: { type: "string" },
    lang: { type: "string", default: "vi" },
  },
});

async function main(): Promise<number> {
  const locale = args.lang === "en" ? "en" : "vi";
  const format = args.format === "xlsx" ? "xlsx" : "csv";
  return withCliDatabase(async (db) => {
    const { getTreeRows, renderTreeCsv, writeTreeXlsx } = await import("../lib/committees/tree-file/export-tree");
    const { sqlOf } = await import("../lib/sql");
    const account = await findCliAccount(db, args.as);
    const root = args.committee ? await db.committee.findUnique({ where: { code: args.committee }, select: { id: true, code: true } })
      : await db.committee.findUnique({ where: { id: account.scopeCommitteeId }, select: { id: true, code: true } });
    const rows = root ? await getTreeRows(sqlOf(db), account.scopeCommitteeId, root.id) : null;
    if (!rows) {
      console.error(`No committee "${args.committee}" in the scope of ${account.username}.`);
      return 1;
    }
    const out = args.out ?? `cay-to-chuc-${root!.code}.${format}`;
    if (format === "csv") writeFileSync(out, renderTreeCsv(rows, locale), "utf8");
    else {
      const stream = createWriteStream(out);
      const closed = new Promise<void>((resolve, reject) => { stream.on("close", () => resolve()); stream.on("error", reject); });
      await writeTreeXlsx(rows, locale, stream);
      await closed;
    }
    console.error(`${rows.length} units → ${out}`);
    return 0;
  });
}

exitWhenDone(main());
