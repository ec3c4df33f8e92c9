// The import engine: checks every row of a file with the entry form's own rules, then applies a valid file in
// one transaction, set-based (unnest arrays, version-checked), audited as one import, with the rollups of
// the affected subtree updated by deltas. Called by the import route, the CLI and bench/import.ts.
//
// All or nothing: one bad row anywhere and nothing is written; a dry run reports the same without writing.
// Idempotent: an unchanged row writes nothing (no version bump); a file with no change writes no audit event.
// Stale-safe: a row exported with its figure's version (cells.ts) that was changed since is a conflict, listed with
// what is stored, who stored it and when; nothing is written unless the importer chooses to overwrite (audited).
// A row without a version (a hand-made file) never deletes a stored figure with an empty cell unless asked to.
// Workflow: imported figures go in as DRAFT, like a draft save: a changed row in a submitted year is refused
// (the approver returns it first), in an approved year too unless the importer may unlock and asks to; then the
// year is unlocked (audited, as the form's unlock) and the figures go in as a draft for a new approval.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import type { Role } from "@/lib/generated/prisma/enums";
import { loadCatalogue } from "@/lib/figures/elements";
import { formatFigureInput, fromScaled, normalizeFigure, parseFigureInput, toScaled } from "@/lib/figures/number";
import { applyFigureDeltasBulk, type CommitteeRollupDelta } from "@/lib/figures/rollup";
import { deadlineKey, deadlinesInForce } from "@/lib/calendar/queries";
import { readCarriedFrom } from "@/lib/figures/carried";
import { figureFieldSchema, figureYearSchema, ruleReach, yearSchema } from "@/lib/figures/schema";
import type { YearStatus } from "@/lib/figures/types";
import { entryClosedSince, entryClosedValues, entryNotOpenValues, entryOpensOn, lockedYearRefusal, lastReportingYear, vietnamDate } from "@/lib/figures/write-rules";
import { stepYear } from "@/lib/figures/workflow";
import type { Locale } from "@/lib/i18n/locales";
import { readVersionToken, type Column } from "./cells";
import { formatDateTime } from "@/lib/i18n/format";
import { formElementsByCommitteeYear, yearKey } from "./form-elements";
import { pgArray, rawTransaction, sqlOf, type Sql } from "@/lib/sql";
import type { ImportRow } from "./rows";

export interface ImportActor {
  userId: number;
  role: Role;
  scopeCommitteeId: number;
}

export interface ImportOptions {
  actor: ImportActor;
  /** Check and report only. */
  dryRun?: boolean;
  /** Unlock approved years the file changes (needs figure.unlock). */
  unlock?: boolean;
  /** Write rows whose figure changed after the file was exported (otherwise each is a conflict). */
  overwrite?: boolean;
  /** Let an empty cell of a row without a version delete the stored figure (otherwise it is kept). */
  deleteEmpty?: boolean;
  /** Language of element names in messages. */
  locale?: Locale;
  /** File name, for the audit trail. */
  source?: string;
  /** The moment of the import, which decides the entry deadlines (injected by tests). */
  now?: Date;
}

export type ImportPhase = "read" | "check" | "write";
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** A message key under `importErrors` or `figureErrors`, with its values (element names already resolved). */
export interface ImportIssue {
  /** Row number in the file; 0 for the file as a whole. */
  row: number;
  column: Column | null;
  namespace: "importErrors" | "figureErrors";
  key: string;
  params?: Record<string, string | number>;
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  /** Approved committee-years unlocked to apply the file. */
  unlocked: number;
  /** Rows written over a figure changed since the export (overwrite chosen). */
  overwritten: number;
  /** Empty cells of rows without a version whose stored figure was kept. */
  keptEmpty: number;
  errors: ImportIssue[];
  dryRun: boolean;
  /** True once a valid file's changes are committed (also when there were none). */
  applied: boolean;
}

const WRITE_CHUNK = 10_000;

/** The same field schemas as the entry form; codes and year are what a file adds. */
const importRowSchema = z.object({
  committeeCode: z.string().min(1, "committeeRequired").max(100, "committeeRequired"),
  elementCode: z.string().min(1, "elementRequired").max(100, "elementRequired"),
  year: yearSchema,
  value: figureFieldSchema.shape.value,
  note: figureFieldSchema.shape.note.optional(),
});

const FIELD_ERRORS: Record<string, { column: Column; namespace: ImportIssue["namespace"]; key: string }> = {
  committeeCode: { column: "committee_code", namespace: "importErrors", key: "committeeRequired" },
  elementCode: { column: "element_code", namespace: "importErrors", key: "elementRequired" },
  year: { column: "year", namespace: "importErrors", key: "invalidYear" },
  value: { column: "value", namespace: "figureErrors", key: "invalidNumber" },
  note: { column: "note", namespace: "importErrors", key: "noteTooLong" },
};

interface Stored {
  id: number;
  committeeId: number;
  dataElementId: number;
  year: number;
  value: string;
  version: number;
  note: string | null;
  updatedAt: Date;
  updatedBy: string | null;
}

interface Checked {
  row: number;
  committeeId: number;
  elementId: number;
  year: number;
  /** Canonical decimal ("1234.5"), null = no figure; undefined when the value did not parse. */
  value: string | null | undefined;
  note: string | undefined;
  /** The version the row was exported at; null for a row without one (a hand-made file or row). */
  version: number | null;
}

interface Change {
  row: number;
  committeeId: number;
  elementId: number;
  year: number;
  before: Stored | undefined;
  value: string | null;
  note: string | null;
  /** Written over a figure changed since the export (overwrite chosen). */
  overwrites: boolean;
}

/** Thrown inside the transaction when a figure or year changed between the check and the write. */
class ImportConflict extends Error {}

export async function importFigures(
  db: Db, rows: ImportRow[], options: ImportOptions, onProgress?: (p: ImportProgress) => void,
): Promise<ImportReport> {
  const { actor } = options;
  if (!can(actor.role, "figure.enter")) throw new AppError("FORBIDDEN", "forbidden");
  const locale = options.locale ?? "vi";
  const report: ImportReport = {
    rows: rows.length, created: 0, updated: 0, deleted: 0, unchanged: 0, unlocked: 0, overwritten: 0, keptEmpty: 0, errors: [], dryRun: !!options.dryRun, applied: false,
  };
  const errors = report.errors;
  const fail = (row: number, column: Column | null, namespace: ImportIssue["namespace"], key: string, params?: ImportIssue["params"]) =>
    errors.push({ row, column, namespace, key, ...(params ? { params } : {}) });
  onProgress?.({ phase: "check", done: 0, total: rows.length });

  // 1. Each row on its own: shape, committee in the importer's subtree, known element, no duplicates.
  const read = sqlOf(db);
  // The terms' years are needed only after the rows are parsed, but depend on nothing in them.
  const termYearsRead = yearsInTerms(db);
  termYearsRead.catch(() => undefined); // awaited below
  const [catalogue, committeeByCode] = await Promise.all([
    loadCatalogue(read), scopedCommittees(read, actor.scopeCommitteeId, [...new Set(rows.map((r) => r.committeeCode))]),
  ]);
  const elementByCode = new Map(catalogue.map((e) => [e.code, e]));
  const checked: Checked[] = [];
  const seen = new Map<string, number>();
  for (const raw of rows) {
    const parsed = importRowSchema.safeParse(raw);
    if (!parsed.success) {
      const field = FIELD_ERRORS[String(parsed.error.issues[0]?.path[0])] ?? FIELD_ERRORS.value!;
      fail(raw.row, field.column, field.namespace, field.key);
      continue;
    }
    const input = parsed.data;
    const committee = committeeByCode.get(input.committeeCode);
    const committeeId = committee?.id;
    const element = elementByCode.get(input.elementCode);
    // Outside the subtree reads like unknown: another subtree's codes are not confirmed.
    if (committeeId === undefined) fail(raw.row, "committee_code", "importErrors", "unknownCommittee", { code: input.committeeCode });
    if (!element) fail(raw.row, "element_code", "importErrors", "unknownElement", { code: input.elementCode });
    if (committeeId === undefined || !element) continue;
    // The form's rule: a unit that ended reports through the year before; its successor reports on.
    if (committee!.lastYear !== null && input.year > committee!.lastYear) {
      fail(raw.row, "year", "figureErrors", "unitEnded", { year: committee!.lastYear });
      continue;
    }
    const key = `${committeeId}:${element.id}:${input.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      fail(raw.row, null, "importErrors", "duplicateRow", { first });
      continue;
    }
    seen.set(key, raw.row);
    const value = parseFigureInput(input.value, raw.locale);
    if (!value.ok) fail(raw.row, "value", "figureErrors", value.key);
    const version = raw.version === undefined ? null : readVersionToken(raw.version, { committeeCode: input.committeeCode, elementCode: input.elementCode, year: input.year });
    if (version === "invalid") {
      fail(raw.row, "version", "importErrors", "versionInvalid");
      continue;
    }
    checked.push({ row: raw.row, committeeId, elementId: element.id, year: input.year, value: value.ok ? value.value : undefined, note: input.note, version });
  }

  // 2. Per committee-year, what is stored and what the form asks for.
  const groups = new Map<string, Checked[]>();
  for (const c of checked) {
    const key = yearKey(c.committeeId, c.year);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const pairs = [...groups.values()].map((g) => [g[0]!.committeeId, g[0]!.year] as const);
  const committeeIds = [...new Set(pairs.map(([c]) => c))];
  const years = [...new Set(pairs.map(([, y]) => y))];
  // Of the stored figures only those the file's rules read: a four-column file no longer reads the other seventeen.
  const reach = [...ruleReach(catalogue, new Set(checked.map((c) => c.elementId)))];
  const [stored, statuses, onForm, termYears, deadlines, carried] = await Promise.all([
    readStored(read, pairs, reach), readYearStatuses(read, pairs), formElementsByCommitteeYear(read, catalogue, committeeIds, years), termYearsRead,
    deadlinesInForce(read, pairs), readCarriedFrom(read, pairs),
  ]);
  const today = vietnamDate(options.now ?? new Date());
  const names = new Map(catalogue.map((e) => [e.id, locale === "en" ? e.nameEn : e.nameVi]));

  // 3. The entry form's rules on each committee-year, then what changes.
  const changes: Change[] = [];
  const toUnlock = new Set<string>();
  const schemas = new Map<string, ReturnType<typeof figureYearSchema>>();
  let done = 0;
  for (const [key, group] of groups) {
    const { committeeId, year } = group[0]!;
    const storedHere = stored.get(key) ?? new Map<number, Stored>();
    const form = onForm.get(key) ?? { entered: [], optional: [], fromUnits: [], hasUnitsBelow: false };
    const fromUnits = new Set(form.fromUnits);
    // A stored figure off the form may still be corrected or cleared (a committee's old copy of its cells' members).
    const allowed = new Set([...form.entered, ...storedHere.keys()]);
    const usable: Checked[] = [];
    for (const c of group) {
      const retyped = c.value !== undefined && c.value !== null && c.value !== storedHere.get(c.elementId)?.value;
      if (!termYears.has(year)) fail(c.row, "year", "figureErrors", "yearOutsideTerms", { year });
      else if (fromUnits.has(c.elementId) && retyped) fail(c.row, "element_code", "figureErrors", "enteredByUnits");
      else if (!allowed.has(c.elementId)) fail(c.row, "element_code", "importErrors", "elementNotOnForm", { element: names.get(c.elementId) ?? "", year });
      else if (c.value !== undefined) usable.push(c);
    }
    const shown = usable.map((c) => c.elementId);
    const byElement = new Map(usable.map((c) => [c.elementId, c]));
    const others: Record<number, string> = {};
    for (const [id, f] of storedHere) if (!byElement.has(id)) others[id] = f.value;
    const noteOf = (c: Checked) => (c.note === undefined ? (storedHere.get(c.elementId)?.note ?? "") : c.note);
    const pending: Change[] = [];
    for (const c of usable) {
      const before = storedHere.get(c.elementId);
      const value = c.value ?? null;
      const note = value === null ? null : (noteOf(c).trim() || null);
      if ((before?.value ?? null) === value && (before?.note ?? null) === note) {
        report.unchanged++;
        continue;
      }
      // Changed (or entered, or removed) by someone after the file was exported.
      const overwrites = c.version !== null && c.version !== (before?.version ?? 0);
      if (overwrites) {
        if (!options.overwrite) {
          fail(c.row, "value", "importErrors", before ? "changedSinceExport" : "removedSinceExport", before
            ? { stored: formatFigureInput(before.value, locale), by: before.updatedBy ?? "—", at: formatDateTime(before.updatedAt, locale) }
            : undefined);
          continue;
        }
      } else if (c.version === null && value === null && before && !options.deleteEmpty) {
        report.keptEmpty++;
        continue;
      }
      pending.push({ row: c.row, committeeId, elementId: c.elementId, year, before, value, note, overwrites });
    }
    // A committee-year the file leaves as stored has nothing to check: what is stored passed these rules.
    if (pending.length > 0) {
      // Same shown elements → same rules: one schema for all (building one costs ten times checking with it).
      const rulesKey = shown.join(",");
      let schema = schemas.get(rulesKey);
      if (!schema) schemas.set(rulesKey, (schema = figureYearSchema({ catalogue, shown, locale: "en", submit: false })));
      // Canonical values read back in the plain (English) form, so the form's schema sees exactly them.
      const check = schema.safeParse({
        // Last year's values, for the carried start and the check against last year (a moved figure needs a note).
        others, lastYear: carried.get(key) ?? {}, previous: carried.get(key) ?? {},
        values: Object.fromEntries(usable.map((c) => [String(c.elementId), c.value === null || c.value === undefined ? "" : c.value])),
        notes: Object.fromEntries(usable.map((c) => [String(c.elementId), noteOf(c)])),
      });
      if (!check.success) {
        for (const issue of check.error.issues) {
          const c = byElement.get(Number(issue.path[1]));
          if (!c) continue;
          const params = describeParams((issue as { params?: Record<string, string | number> }).params ?? {}, names, locale);
          // A warning is answered in the note column: a note saying why lets the row through.
          const warning = (issue as { params?: { severity?: string } }).params?.severity === "warning";
          fail(c.row, warning ? "note" : "value", "figureErrors", issue.message, params);
        }
      }
    }
    const status = statuses.get(key) ?? "NOT_STARTED";
    // The form's rule: before the calendar opens, or after the unit's entry deadline (extension counted), nothing is saved.
    const deadline = deadlines.get(deadlineKey(committeeId, year)) ?? null;
    const opens = entryOpensOn(deadline, today);
    const closed = entryClosedSince(deadline, today);
    for (const change of pending) {
      if (opens !== null) fail(change.row, "year", "figureErrors", "entryNotOpen", entryNotOpenValues(opens, year, locale));
      else if (closed !== null) fail(change.row, "year", "figureErrors", "entryClosed", entryClosedValues(deadline!, closed, locale));
      else {
        const locked = lockedYearRefusal(status, { asked: !!options.unlock, allowed: can(actor.role, "figure.unlock") });
        // The file's own words for an approved year: it may be unlocked with --unlock.
        if (locked === "yearSubmitted") fail(change.row, "value", "figureErrors", "yearSubmitted");
        else if (locked === "yearApproved") fail(change.row, "value", "importErrors", "yearLocked", { year });
        else if (locked === "unlockForbidden") fail(change.row, "value", "importErrors", "unlockForbidden", { year });
        else if (status === "APPROVED") toUnlock.add(key);
      }
      changes.push(change);
    }
    done += group.length;
    if (done % 5000 < group.length) onProgress?.({ phase: "check", done, total: rows.length });
  }
  onProgress?.({ phase: "check", done: rows.length, total: rows.length });
  for (const c of changes) {
    if (!c.before) report.created++;
    else if (c.value === null) report.deleted++;
    else report.updated++;
    if (c.overwrites) report.overwritten++;
  }
  report.unlocked = toUnlock.size;
  errors.sort((a, b) => a.row - b.row);
  if (errors.length > 0 || options.dryRun) return report;
  if (changes.length === 0) return { ...report, applied: true };

  try {
    await rawTransaction(db,
      (sql) => writeChanges(sql, changes, statuses, toUnlock, options, (d) => onProgress?.({ phase: "write", done: d, total: changes.length })),
      { timeoutMs: 15 * 60_000 });
  } catch (error) {
    if (!(error instanceof ImportConflict)) throw error;
    return { ...report, created: 0, updated: 0, deleted: 0, unlocked: 0, errors: [{ row: 0, column: null, namespace: "importErrors", key: "changedDuringImport" }] };
  }
  return { ...report, applied: true };
}

async function writeChanges(
  sql: Sql, changes: Change[], statuses: Map<string, YearStatus>, toUnlock: Set<string>, options: ImportOptions, progress: (done: number) => void,
): Promise<void> {
  const actorId = options.actor.userId;
  // Lock order as everywhere (lib/figures/workflow.ts): year rows in key order, then figures, then rollups.
  const years = [...new Map(changes.map((c) => [yearKey(c.committeeId, c.year), [c.committeeId, c.year] as const])).values()]
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const yc = pgArray(years.map(([c]) => c));
  const yy = pgArray(years.map(([, y]) => y));
  const [, locked] = await Promise.all([
    sql.count`
      INSERT INTO "FigureYear" ("committeeId", "year")
      SELECT * FROM unnest(${yc}::int[], ${yy}::int[]) ORDER BY 1, 2
      ON CONFLICT ("committeeId", "year") DO NOTHING`,
    sql<{ committeeId: number; year: number; status: string }>`
      SELECT fy."committeeId", fy."year", fy."status"::text AS "status"
      FROM "FigureYear" fy JOIN unnest(${yc}::int[], ${yy}::int[]) AS k ("c", "y") ON fy."committeeId" = k."c" AND fy."year" = k."y"
      ORDER BY 1, 2 FOR UPDATE OF fy`,
  ]);
  for (const row of locked) {
    const seen = statuses.get(yearKey(row.committeeId, row.year)) ?? "DRAFT";
    if (row.status !== (seen === "NOT_STARTED" ? "DRAFT" : seen)) throw new ImportConflict();
  }

  const deltas: CommitteeRollupDelta[] = [];
  for (const key of [...toUnlock].sort()) {
    const [committeeId, year] = key.split(":").map(Number) as [number, number];
    const stepped = await stepYear(sql, "figure.unlock", { committeeId, year, actorId, comment: `import: ${options.source ?? "file"}` });
    deltas.push(...stepped.map((d) => ({ ...d, committeeId, year })));
  }

  const committees = [...new Set(changes.map((c) => c.committeeId))];
  const filedUnder = commonAncestor(sql, committees);
  filedUnder.catch(() => undefined); // awaited below; a failed write before then is the error to report
  const inserts = changes.filter((c) => !c.before);
  // In id order, so each statement walks the table forward (the year rows locked above keep saves out meanwhile).
  const byId = (a: Change, b: Change) => a.before!.id - b.before!.id;
  const updates = changes.filter((c) => c.before && c.value !== null).sort(byId);
  const deletes = changes.filter((c) => c.before && c.value === null).sort(byId);
  // The chunks go out together (the connection is pipelined; PostgreSQL runs them in order): the next chunk's
  // arrays are built while the server writes the one before, instead of the two taking turns.
  let written = 0;
  const writes: Promise<void>[] = [];
  const write = (chunk: Change[], statement: Promise<number>) => writes.push(statement.then((count) => {
    if (count !== chunk.length) throw new ImportConflict();
    progress((written += chunk.length));
  }));
  for (const chunk of chunks(inserts)) {
    write(chunk, sql.count`
      INSERT INTO "Figure" ("committeeId", "dataElementId", "year", "value", "note", "status", "createdById", "updatedById", "updatedAt")
      SELECT d."c", d."e", d."y", d."v", d."n", 'DRAFT', ${actorId}::int, ${actorId}::int, now()
      FROM unnest(${pgArray(chunk.map((c) => c.committeeId))}::int[], ${pgArray(chunk.map((c) => c.elementId))}::int[], ${pgArray(chunk.map((c) => c.year))}::int[],
                  ${pgArray(chunk.map((c) => c.value))}::numeric[], ${pgArray(chunk.map((c) => c.note))}::text[]) AS d ("c", "e", "y", "v", "n")
      ORDER BY 1, 2, 3
      ON CONFLICT ("committeeId", "dataElementId", "year") DO NOTHING`);
  }
  for (const chunk of chunks(updates)) {
    write(chunk, sql.count`
      UPDATE "Figure" f SET "value" = d."v", "note" = d."n", "version" = f."version" + 1, "updatedById" = ${actorId}::int, "updatedAt" = now()
      FROM unnest(${pgArray(chunk.map((c) => c.before!.id))}::int[], ${pgArray(chunk.map((c) => c.before!.version))}::int[],
                  ${pgArray(chunk.map((c) => c.value))}::numeric[], ${pgArray(chunk.map((c) => c.note))}::text[]) AS d ("id", "version", "v", "n")
      WHERE f."id" = d."id" AND f."version" = d."version"`);
  }
  for (const chunk of chunks(deletes)) {
    write(chunk, sql.count`
      DELETE FROM "Figure" f
      USING unnest(${pgArray(chunk.map((c) => c.before!.id))}::int[], ${pgArray(chunk.map((c) => c.before!.version))}::int[]) AS d ("id", "version")
      WHERE f."id" = d."id" AND f."version" = d."version"`);
  }

  // Every written figure is a draft now (its year was a draft or was just unlocked), so submitted counts move
  // only through the unlock's own deltas above.
  for (const c of changes) {
    const before = c.before ? toScaled(c.before.value) : 0n;
    const after = c.value === null ? 0n : toScaled(c.value);
    deltas.push({ committeeId: c.committeeId, dataElementId: c.elementId, year: c.year, value: fromScaled(after - before),
      units: (c.value === null ? 0 : 1) - (c.before ? 1 : 0), submitted: 0 });
  }
  // Queued behind the writes; a write's conflict is the answer even when the rollup then fails too.
  const [wrote, rolled] = await Promise.allSettled([Promise.all(writes), applyFigureDeltasBulk(sql, deltas)]);
  if (wrote.status === "rejected") throw wrote.reason;
  if (rolled.status === "rejected") throw rolled.reason;

  await recordAudit(sql, {
    actorId, action: "figure.import", entityType: "FigureImport", entityId: randomUUID(),
    committeeId: await filedUnder,
    after: {
      source: options.source ?? null,
      created: inserts.length, updated: updates.length, deleted: deletes.length,
      // A loop, not Math.min(...years): spreading 200,000 arguments overflows the stack.
      committees: committees.length, years: changes.reduce<[number, number]>(([lo, hi], c) => [Math.min(lo, c.year), Math.max(hi, c.year)], [Infinity, -Infinity]),
      unlocked: [...toUnlock].sort(),
      // Rows written over a figure changed since the file was exported, by the importer's explicit choice.
      ...(options.overwrite ? { overwritten: changes.filter((c) => c.overwrites).map((c) => c.row).slice(0, 1000) } : {}),
      ...(options.deleteEmpty ? { deleteEmpty: true } : {}),
    },
  });
}

function* chunks<T>(items: readonly T[], size = WRITE_CHUNK): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The deepest committee whose subtree holds all of `ids`: where the import's audit event is filed. */
async function commonAncestor(sql: Sql, ids: number[]): Promise<number | null> {
  const rows = await sql<{ id: number }>`
    SELECT "ancestorId" AS "id" FROM "CommitteeClosure" WHERE "descendantId" = ANY(${ids}::int[])
    GROUP BY "ancestorId" HAVING COUNT(*) = ${ids.length}::int ORDER BY MAX("depth") ASC LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** code → id and last reporting year (null while in force) of the committees in the importer's subtree. */
async function scopedCommittees(read: Sql, scopeCommitteeId: number, codes: string[]): Promise<Map<string, { id: number; lastYear: number | null }>> {
  if (codes.length === 0) return new Map();
  const rows = await read<{ id: number; code: string; endYear: number | null }>`
    SELECT c."id", c."code", EXTRACT(YEAR FROM c."validTo")::int AS "endYear" FROM "Committee" c
    JOIN "CommitteeClosure" cc ON cc."descendantId" = c."id" AND cc."ancestorId" = ${scopeCommitteeId}::int
    WHERE c."code" = ANY(${codes}::text[])`;
  return new Map(rows.map((r) => [r.code, { id: r.id, lastYear: lastReportingYear(r.endYear) }]));
}

/**
 * The committee-years in up to four slices read side by side, each on a connection of its own, the rows in
 * order. The first import after a restart is disk-bound at national scale, and one PostgreSQL connection reads
 * its pages one at a time (PostgreSQL 17 does not read ahead for index scans): 100,000 figures of 25,000
 * committee-years with nothing cached, 15,700 → 18,200 figures/s. Small reads stay whole.
 */
const READ_PARTS = 4;
async function readInParts<T, R>(items: readonly T[], readPart: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const slices = [...chunks(items, Math.max(2_000, Math.ceil(items.length / READ_PARTS)))];
  return (await Promise.all(slices.map(readPart))).flat();
}

/** The stored figures of `elements` (the file's and those its rules read) in each committee-year. */
async function readStored(read: Sql, pairs: (readonly [number, number])[], elements: number[]): Promise<Map<string, Map<number, Stored>>> {
  const out = new Map<string, Map<number, Stored>>();
  if (pairs.length === 0) return out;
  const rows = await readInParts(pairs, (part) => read<Stored>`
    SELECT f."id", f."committeeId", f."dataElementId", f."year", f."value"::text AS "value", f."version", f."note",
           f."updatedAt", u."displayName" AS "updatedBy"
    FROM "Figure" f JOIN unnest(${part.map(([c]) => c)}::int[], ${part.map(([, y]) => y)}::int[]) AS k ("c", "y")
      ON f."committeeId" = k."c" AND f."year" = k."y"
    LEFT JOIN "User" u ON u."id" = f."updatedById"
    WHERE f."dataElementId" = ANY(${elements}::int[])`);
  for (const r of rows) {
    const key = yearKey(r.committeeId, r.year);
    let m = out.get(key);
    if (!m) out.set(key, (m = new Map()));
    m.set(r.dataElementId, { ...r, value: normalizeFigure(r.value) });
  }
  return out;
}

async function readYearStatuses(read: Sql, pairs: (readonly [number, number])[]): Promise<Map<string, YearStatus>> {
  if (pairs.length === 0) return new Map();
  const rows = await readInParts(pairs, (part) => read<{ committeeId: number; year: number; status: YearStatus }>`
    SELECT fy."committeeId", fy."year", fy."status"::text AS "status"
    FROM "FigureYear" fy JOIN unnest(${part.map(([c]) => c)}::int[], ${part.map(([, y]) => y)}::int[]) AS k ("c", "y")
      ON fy."committeeId" = k."c" AND fy."year" = k."y"`);
  return new Map(rows.map((r) => [yearKey(r.committeeId, r.year), r.status]));
}

async function yearsInTerms(db: Db): Promise<Set<number>> {
  const terms = await db.term.findMany({ select: { startYear: true, endYear: true } });
  const years = new Set<number>();
  for (const t of terms) for (let y = t.startYear; y <= t.endYear; y++) years.add(y);
  return years;
}

/** The form's message values for a file: element ids → names, numbers in the reader's language. */
function describeParams(params: Record<string, string | number>, names: Map<number, string>, locale: Locale): Record<string, string | number> | undefined {
  const { severity: _severity, ...rest } = params;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(rest)) {
    if (k === "whole" || k === "other") out[k] = names.get(Number(v)) ?? String(v);
    else if (k === "value" || k === "sum" || k === "limit" || k === "cap" || k === "previous" || k === "change" || k === "max") out[k] = formatFigureInput(String(v), locale);
    else out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

