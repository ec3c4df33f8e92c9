// `npm run forms -- --committee <code> [--committee <code> …] --year <year> [--form 1|2|3|4|5] [--format xlsx|pdf] [--out folder]
// [--as <username>]`: the Organization Commission's statistical forms (Biểu số N-BTCTW) of many committees at once,
// each rolled up over its subtree, within the scope of the account it acts as (default: the first active
// administrator). One file per committee and form: <out>/bieu-1-btctw-<code>-<year>.xlsx.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitWhenDone, withCliDatabase } from "./lib/cli-database";
import { findCliAccount } from "./lib/cli-account";

const { values: args } = parseArgs({
  options: {
    committee: { type: "string", multiple: true },
    year: { type: "string" },
    form: { type: "string", multiple: true },
    format: { type: "string", default: "xlsx" },
    out: { type: "string", default: "." },
    as: { type: "string" },
  },
});

const USAGE = "Usage: npm run forms -- --committee <code> [--committee <code> …] --year <year> [--form 1|2|3|4|5] [--format xlsx|pdf] [--out folder] [--as <username>]";

async function main(): Promise<number> {
  const { statFormQuerySchema } = await import("../lib/forms/schema");
  const { STAT_FORM_CODES } = await import("../lib/forms/forms");
  const committees = args.committee ?? [];
  const forms = args.form ?? [...STAT_FORM_CODES];
  const queries = forms.map((form) => statFormQuerySchema.safeParse({ form, year: args.year, format: args.format }));
  const bad = queries.find((q) => !q.success);
  if (committees.length === 0 || bad) {
    if (bad && !bad.success) console.error(`Invalid ${bad.error.issues.map((i) => i.path.join(".")).join(", ")} (forms: ${STAT_FORM_CODES.join(", ")}).`);
    console.error(USAGE);
    return 2;
  }
  return withCliDatabase(async (db) => {
    const { sqlOf } = await import("../lib/sql");
    const { readForm } = await import("../lib/forms/queries");
    const { renderStatForm, statFormFileName } = await import("../lib/forms/render");
    const account = await findCliAccount(db, args.as);
    const ids = new Map((await db.committee.findMany({ where: { code: { in: committees } }, select: { id: true, code: true } })).map((c) => [c.code, c.id]));
    mkdirSync(args.out!, { recursive: true });
    let failed = 0;
    for (const code of committees) {
      for (const query of queries) {
        const { form, year, format } = query.data!;
        const model = ids.has(code)
          ? await readForm(sqlOf(db), { scopeCommitteeId: account.scopeCommitteeId, committeeId: ids.get(code)!, formCode: form, year, issuedOn: new Date() })
          : null;
        if (!model) {
          console.error(`No committee "${code}" in the scope of ${account.username}.`);
          failed++;
          continue;
        }
        const file = path.join(args.out!, statFormFileName(model, format));
        writeFileSync(file, await renderStatForm(model, format));
        console.error(`${model.number} ${code} ${year} → ${file}`);
      }
    }
    return failed === 0 ? 0 : 1;
  });
}

exitWhenDone(main());
