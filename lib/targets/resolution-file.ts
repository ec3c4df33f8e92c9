// A committee's resolution and its targets as one XLSX (sheet "resolution": title, number, adopted_on; sheet
// "targets": one row per target), for a province to load its committees' resolutions from files and to copy one
// committee's to another. The import checks every row with the target form's own rules (prepareTarget, the zod
// schemas of lib/targets/schema.ts), lists every finding with its row and column, and writes all or nothing: into
// a resolution without targets only, so a file never silently replaces targets that units, cascades and figures
// already hang on. The export writes the same format, so export → import elsewhere reproduces the same targets.
import type { Db } from "@/lib/db-client";
import type { Viewer } from "@/lib/auth/account";
import { can } from "@/lib/auth/permissions";
import { isInScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { readColumns, type FileIssue, type OutSheet, type Sheet, type TableRow } from "@/lib/imports/table";
import { sqlOf, transaction } from "@/lib/sql";
import { auditOf, loadIndicator, prepareTarget, targetData } from "./mutations";
import { COMPARATORS, resolutionSchema, TARGET_CATEGORIES, TARGET_KINDS, targetFieldsSchema } from "./schema";

export const RESOLUTION_SHEET = "resolution";
export const TARGETS_SHEET = "targets";
export const RESOLUTION_COLUMNS = ["title", "number", "adopted_on"] as const;
export const TARGET_COLUMNS = [
  "category", "number", "kind", "indicator_code", "comparator", "plan", "baseline", "baseline_year", "deadline", "title_vi", "title_en",
] as const;
type TargetColumn = (typeof TARGET_COLUMNS)[number];

/** Where each field of the target form sits in the file. */
const COLUMN_OF: Record<string, TargetColumn> = {
  category: "category", kind: "kind", indicatorId: "indicator_code", comparator: "comparator", targetValue: "plan", baselineValue: "baseline",
  baselineYear: "baseline_year", deadlineYear: "deadline", titleVi: "title_vi", titleEn: "title_en",
};
const COMPARATOR_SIGNS: Record<string, (typeof COMPARATORS)[number]> = { "≥": "GTE", ">=": "GTE", "≤": "LTE", "<=": "LTE" };

export interface ResolutionImportOptions {
  actor: Pick<Viewer, "userId" | "role" | "scopeCommitteeId">;
  committeeId: number;
  termId: number;
  dryRun: boolean;
  /** How text numbers are written ("12,5" in Vietnamese); number cells are exact. */
  locale: Locale;
  source: string;
}

export interface ResolutionImportReport {
  dryRun: boolean;
  errors: FileIssue[];
  title: string;
  targets: number;
  resolutionId: number | null;
}

/** "2025-10-15", "15/10/2025" (a Vietnamese sheet's way) or a date cell → ISO date; "" stays ""; null when unreadable. */
function isoDate(text: string): string | null {
  const t = text.trim();
  if (t === "" || /^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : null;
}

const sheetNamed = (sheets: Sheet[], name: string) => sheets.find((s) => s.name.trim().toLowerCase() === name);

export async function importResolution(db: Db, sheets: Sheet[], options: ResolutionImportOptions): Promise<ResolutionImportReport> {
  const { actor, committeeId, termId, locale } = options;
  if (!can(actor.role, "resolution.manage")) throw new AppError("FORBIDDEN");
  if (!(await isInScope(sqlOf(db), actor.scopeCommitteeId, committeeId))) throw new AppError("NOT_FOUND");
  const term = await db.term.findUnique({ where: { id: termId } });
  if (!term) throw new AppError("NOT_FOUND");
  const errors: FileIssue[] = [];
  const report = (title = "", targets = 0): ResolutionImportReport => ({ dryRun: options.dryRun, errors, title, targets, resolutionId: null });

  const head = sheetNamed(sheets, RESOLUTION_SHEET);
  const body = sheetNamed(sheets, TARGETS_SHEET);
  for (const [name, sheet] of [[RESOLUTION_SHEET, head], [TARGETS_SHEET, body]] as const) {
    if (!sheet) errors.push({ row: 0, column: "", key: "missingSheet", values: { sheet: name } });
  }
  if (!head || !body) return report();
  const headColumns = readColumns(head.header, RESOLUTION_COLUMNS);
  const bodyColumns = readColumns(body.header, TARGET_COLUMNS);
  for (const [sheet, columns, known] of [[head, headColumns, RESOLUTION_COLUMNS], [body, bodyColumns, TARGET_COLUMNS]] as const) {
    for (const u of columns.unknown) errors.push({ row: 1, column: `${sheet.name}!${u.column}`, key: "unknownColumn", values: { column: u.column, known: known.join(", ") } });
    for (const c of known) if ((columns.index as Record<string, number | undefined>)[c] === undefined) errors.push({ row: 1, column: `${sheet.name}!${c}`, key: "missingColumn", values: { column: c } });
  }
  if (errors.length) return report();
  if (head.rows.length !== 1) return { ...report(), errors: [{ row: 0, column: head.name, key: "oneResolution", values: { sheet: head.name } }] };

  // The resolution's own fields, by the resolution form's schema.
  const headCell = (c: (typeof RESOLUTION_COLUMNS)[number]) => head.rows[0]!.cells[headColumns.index[c]!]?.text.trim() ?? "";
  const adopted = isoDate(headCell("adopted_on"));
  const resolution = resolutionSchema.safeParse({ committeeId, termId, title: headCell("title"), number: headCell("number"), adoptedOn: adopted ?? "invalid" });
  const headRow = head.rows[0]!.row;
  if (!resolution.success) {
    for (const issue of resolution.error.issues) {
      const column = { title: "title", number: "number", adoptedOn: "adopted_on" }[String(issue.path[0])] ?? "";
      const key = issue.path[0] === "adoptedOn" ? "badDate" : issue.message === "required" ? "required" : issue.message.startsWith("targets.") ? issue.message : "tooLong";
      errors.push({ row: headRow, column: `${head.name}!${column}`, key, values: { max: column === "title" ? 500 : 50 } });
    }
  }
  const existing = await db.resolution.findUnique({ where: { committeeId_termId: { committeeId, termId } }, include: { _count: { select: { targets: true } } } });
  if (existing && existing._count.targets > 0) errors.push({ row: 0, column: "", key: "hasTargets", values: { count: existing._count.targets } });
  if (body.rows.length > 500) return { ...report(), errors: [{ row: 0, column: body.name, key: "tooManyRows", values: { max: 500 } }] };

  const indicators = new Map((await db.indicator.findMany({ select: { id: true, code: true } })).map((i) => [i.code.toUpperCase(), i.id]));
  const loaded = new Map<number, Awaited<ReturnType<typeof loadIndicator>>>();
  const targets: { row: number; position: number; data: ReturnType<typeof targetData>; category: (typeof TARGET_CATEGORIES)[number]; kind: (typeof TARGET_KINDS)[number]; indicatorId: number | null }[] = [];
  const numbers = new Map<string, Map<number, number>>();
  for (const r of body.rows) {
    const rowIssues = await checkTargetRow(r);
    errors.push(...rowIssues);
  }

  async function checkTargetRow(r: TableRow): Promise<FileIssue[]> {
    const issues: FileIssue[] = [];
    const at = (column: TargetColumn, key: string, values?: FileIssue["values"]) => issues.push({ row: r.row, column: `${body!.name}!${column}`, key, values });
    const cell = (c: TargetColumn) => r.cells[bodyColumns.index[c]!] ?? { text: "", number: false };
    const text = (c: TargetColumn) => cell(c).text.trim();
    // A number cell in the reader's way of writing, so the form's parser reads every value alike.
    const amount = (c: TargetColumn) => (cell(c).number && locale === "vi" ? text(c).replace(".", ",") : text(c));
    const code = text("indicator_code");
    const indicatorId = code ? indicators.get(code.toUpperCase()) ?? null : null;
    if (code && indicatorId === null) at("indicator_code", "unknownIndicator", { code });
    const comparator = text("comparator");
    const fields = targetFieldsSchema.safeParse({
      resolutionId: 1, category: text("category").toUpperCase(), kind: text("kind").toUpperCase(), indicatorId: indicatorId ?? "",
      comparator: comparator === "" ? undefined : (COMPARATOR_SIGNS[comparator] ?? comparator.toUpperCase()),
      targetValue: amount("plan"), baselineValue: amount("baseline"), baselineYear: text("baseline_year"), deadlineYear: text("deadline"),
      titleVi: text("title_vi"), titleEn: text("title_en"), locale,
    });
    if (!fields.success) {
      for (const issue of fields.error.issues) {
        const field = String(issue.path[0]);
        const column = COLUMN_OF[field];
        if (!column) continue;
        const known = { category: TARGET_CATEGORIES, kind: TARGET_KINDS, comparator: COMPARATORS }[field as "kind"];
        if (known) at(column, "unknownValue", { value: text(column), known: known.join(", ") });
        else if (issue.message.startsWith("targets.")) at(column, issue.message, {});
        else at(column, issue.message === "targets.tooLongText" ? "tooLong" : "badYear", { max: 500 });
      }
      return issues;
    }
    const number = Number(text("number"));
    if (!Number.isInteger(number) || number < 1 || number > 1000) at("number", "badNumber");
    else {
      const seen = numbers.get(fields.data.category) ?? new Map<number, number>();
      numbers.set(fields.data.category, seen);
      if (seen.has(number)) at("number", "duplicateNumber", { number, row: seen.get(number)! });
      else seen.set(number, r.row);
    }
    const id = fields.data.kind === "QUALITATIVE" ? null : fields.data.indicatorId;
    if (id !== null && !loaded.has(id)) loaded.set(id, await loadIndicator(db, id));
    const prepared = prepareTarget(fields.data, term!, id === null ? null : loaded.get(id)!);
    for (const issue of prepared.issues) {
      // An unknown code is already said; "choose an indicator" would repeat it.
      if (issue.field === "indicatorId" && code && indicatorId === null) continue;
      at(COLUMN_OF[issue.field] ?? "plan", `targets.${issue.key}`, issue.values);
    }
    if (issues.length === 0) {
      targets.push({ row: r.row, position: number, category: fields.data.category, kind: fields.data.kind, indicatorId: prepared.value.indicatorId,
        data: targetData(prepared.value, { titleVi: prepared.titleVi, titleEn: prepared.titleEn }) });
    }
    return issues;
  }

  // Each group is numbered 1, 2, 3… as the resolution numbers it.
  for (const [category, seen] of numbers) {
    const missing = Array.from({ length: Math.max(...seen.keys()) }, (_, i) => i + 1).filter((n) => !seen.has(n));
    if (missing.length) errors.push({ row: 0, column: `${body.name}!number`, key: "numberGap", values: { category, missing: missing.join(", ") } });
  }
  if (!resolution.success || errors.length) return report(resolution.success ? resolution.data.title : "", targets.length);
  if (options.dryRun) return report(resolution.data.title, targets.length);

  const { title, number, adoptedOn } = resolution.data;
  const data = { title, number: number || null, adoptedOn: adoptedOn ? new Date(`${adoptedOn}T00:00:00Z`) : null };
  const id = await transaction(db, async (tx, sql) => {
    const saved = await tx.resolution.upsert({ where: { committeeId_termId: { committeeId, termId } }, create: { committeeId, termId, ...data }, update: data });
    // Held against a target added by the form meanwhile: the file goes only into a resolution without targets.
    await sql`SELECT 1 FROM "Resolution" WHERE "id" = ${saved.id} FOR UPDATE`;
    if ((await tx.target.count({ where: { resolutionId: saved.id } })) > 0) throw new AppError("CONFLICT", "targets.targetChanged");
    await tx.target.createMany({
      data: targets.map((x) => ({ resolutionId: saved.id, category: x.category, kind: x.kind, indicatorId: x.indicatorId, position: x.position, ...x.data })),
    });
    await recordAudit(sql, {
      actorId: actor.userId, action: "resolution.import", entityType: "Resolution", entityId: saved.id, committeeId,
      after: { source: options.source.slice(0, 200), title, targets: targets.length, term: term!.name, resolution: auditOf(data) },
    });
    return saved.id;
  });
  return { ...report(title, targets.length), resolutionId: id };
}

/** A committee's resolution of a term in the file's format, or null when it has none in the viewer's subtree. */
export async function exportResolution(db: Db, scopeCommitteeId: number, committeeId: number, termId: number): Promise<{ sheets: OutSheet[]; code: string; term: string } | null> {
  if (!(await isInScope(sqlOf(db), scopeCommitteeId, committeeId))) return null;
  const resolution = await db.resolution.findUnique({
    where: { committeeId_termId: { committeeId, termId } },
    include: { committee: { select: { code: true } }, term: { select: { name: true, startYear: true, endYear: true } }, targets: { orderBy: [{ category: "asc" }, { position: "asc" }], include: { indicator: { select: { code: true } } } } },
  });
  if (!resolution) return null;
  // A decimal as an exact spreadsheet number where a double holds it, else as text with a point.
  const num = (d: { toString(): string } | null) => (d === null ? null : String(Number(d.toString())) === d.toString() ? Number(d.toString()) : d.toString());
  const order = (c: string) => TARGET_CATEGORIES.indexOf(c as (typeof TARGET_CATEGORIES)[number]);
  const targets = [...resolution.targets].sort((a, b) => order(a.category) - order(b.category) || a.position - b.position);
  return {
    code: resolution.committee.code,
    term: `${resolution.term.startYear}-${resolution.term.endYear}`,
    sheets: [
      { name: RESOLUTION_SHEET, header: RESOLUTION_COLUMNS, rows: [[resolution.title, resolution.number ?? "", resolution.adoptedOn ? resolution.adoptedOn.toISOString().slice(0, 10) : ""]] },
      {
        name: TARGETS_SHEET, header: TARGET_COLUMNS,
        rows: targets.map((t) => [t.category, t.position, t.kind, t.indicator?.code ?? "", t.kind === "QUALITATIVE" ? "" : t.comparator, num(t.targetValue), num(t.baselineValue),
          t.baselineYear, t.deadlineYear, t.titleVi, t.titleEn]),
      },
    ],
  };
}
