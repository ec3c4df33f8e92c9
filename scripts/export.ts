// `npm run export -- --committee <code> --from <year> --to <year> [--format csv|xlsx] [--out file] [--as <username>]
// [--lang vi|en]`: the same rows as the figures page's download (template with stored values), for the
// committee's subtree, within the scope of the account it acts as (default: the first active administrator).
import { createWriteStream, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exitWhenDone, withCliDatabase } from "./lib/cli-database";
import { findCliAccount } from "./lib/cli-account";

const { values: args } = parseArgs({
  options: {
    committee: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    format: { type: "string", default: "csv" },
    out: { type: "string" },
    as: { type: "string" },
    lang: { type: "string", default: "vi" },
  },
});

async function main(): Promise<number> {
  const { exportQuerySchema } = await import("../lib/imports/export-rows");
  if (!args.committee) {
    console.error("Usage: npm run export -- --committee <code> --from <year> --to <year> [--format csv|xlsx] [--out file] [--as <username>] [--lang vi|en]");
    return 2;
  }
  return withCliDatabase(async (db) => {
    const { getExportRows } = await import("../lib/imports/export-rows");
    const { renderCsv, writeXlsx } = await import("../lib/imports/files");
    const account = await findCliAccount(db, args.as);
    const committee = await db.committee.findUnique({ where: { code: args.committee }, select: { id: true } });
    const query = exportQuerySchema.safeParse({ committee: committee?.id ?? 0, from: args.from, to: args.to, format: args.format, lang: args.lang });
    if (!query.success) {
      console.error(`Invalid ${query.error.issues.map((i) => i.path.join(".")).join(", ")} (the range is at most 10 years).`);
      return 2;
    }
    const { from, to, format, lang } = query.data;
    const locale = lang ?? "vi";
    const rows = await getExportRows(db, account.scopeCommitteeId, { committeeId: query.data.committee, from, to }, locale);
    if (!rows) {
      console.error(`No committee "${args.committee}" in the scope of ${account.username}.`);
      return 1;
    }
    const out = args.out ?? `so-lieu-${args.committee}-${from}-${to}.${format}`;
    if (format === "csv") writeFileSync(out, renderCsv(rows, locale), "utf8");
    else {
      const stream = createWriteStream(out);
      const closed = new Promise<void>((resolve, reject) => { stream.on("close", () => resolve()); stream.on("error", reject); });
      await writeXlsx(rows, locale, stream);
      await closed;
    }
    console.error(`${rows.length} rows → ${out}`);
    return 0;
  });
}

exitWhenDone(main());
