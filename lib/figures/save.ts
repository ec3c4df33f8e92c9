// Saving a committee-year's figures (a draft, or a draft and its submission), all or nothing: validation,
// no lost update (each figure's version), audit and rollup in one transaction. A refused save writes nothing.
import type { Db } from "@/lib/db-client";
import type { Viewer } from "@/lib/auth/session";
import { ExpectedError } from "@/lib/auth/action";
import { can } from "@/lib/auth/permissions";
import { inScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record";
import type { FigureStatus } from "@/lib/generated/prisma/enums";
import { formElements, loadCatalog, requiredElementIds } from "./elements";
import { formatFigureInput, fromScaled, normalizeFigure, toScaled } from "./number";
import { applyRollupDeltas, type RollupDelta } from "./rollup";
import { collectMessages, figureYearSchema, type SaveFiguresInput } from "./schema";
import type { FieldConflict, SaveOutcome } from "./types";
import { figureEntityId, lockYear, stepYear, type Tx } from "./workflow";

interface StoredFigure {
  id: number;
  dataElementId: number;
  value: string;
  version: number;
  note: string | null;
  status: FigureStatus;
}

interface Change {
  dataElementId: number;
  before: StoredFigure | undefined;
  value: string | null;
  note: string | null;
  readVersion: number;
}

/** Thrown inside the transaction to roll it back; the outcome is answered to the user. */
class Refusal extends Error {
  constructor(readonly outcome: SaveOutcome) {
    super(outcome.outcome);
  }
}

/** Thrown inside the transaction when someone else changed a figure since it was read. */
class Conflict extends Error {
  constructor(readonly elementIds: number[]) {
    super("conflict");
  }
}

export async function saveYear(db: Db, viewer: Viewer, input: SaveFiguresInput, submit: boolean): Promise<SaveOutcome> {
  const { committeeId, year, locale } = input;
  const catalog = await loadCatalog(db);
  const shown = formElements(catalog, await requiredElementIds(db, committeeId, year)).map((e) => e.id);
  if (submit && shown.length === 0) throw new ExpectedError("REFUSED", "nothingToSubmit");
  // A unit ended (merged, split, dissolved) during a year reports through the year before; its successor reports on.
  const unit = await db.committee.findUnique({ where: { id: committeeId }, select: { validTo: true } });
  if (unit?.validTo && year >= unit.validTo.getUTCFullYear()) throw new ExpectedError("REFUSED", "unitEnded", { year: unit.validTo.getUTCFullYear() - 1 });
  const posted = new Map(input.fields.map((f) => [f.elementId, f]));
  if ([...posted.keys()].some((id) => !shown.includes(id))) throw new ExpectedError("INVALID", "unknownElement");

  try {
    return await db.$transaction(async (tx) => {
      const stored = await readFigures(tx, viewer.scopeCommitteeId, committeeId, year);
      const others: Record<number, string> = {};
      for (const f of stored.values()) if (!shown.includes(f.dataElementId)) others[f.dataElementId] = f.value;
      // A field the request leaves out keeps what is stored.
      const typed = (id: number) => posted.get(id)?.value ?? formatFigureInput(stored.get(id)?.value ?? null, locale);
      const check = figureYearSchema({ catalog, shown, locale, submit }).safeParse({
        others,
        values: Object.fromEntries(shown.map((id) => [String(id), typed(id)])),
        notes: Object.fromEntries(shown.map((id) => [String(id), posted.get(id)?.note ?? stored.get(id)?.note ?? ""])),
      });
      if (!check.success) throw new Refusal({ outcome: "invalid", ...collectMessages(check.error) });

      const changes: Change[] = [];
      for (const id of shown) {
        const before = stored.get(id);
        const value = check.data.values.get(id) ?? null;
        const note = value === null ? null : (check.data.notes.get(id) ?? null);
        const same = (before?.value ?? null) === value && (before?.note ?? null) === note;
        if (!same) changes.push({ dataElementId: id, before, value, note, readVersion: posted.get(id)?.version ?? before?.version ?? 0 });
      }
      if (changes.length > 0 && !can(viewer.role, "figure.enter")) throw new ExpectedError("FORBIDDEN", "forbidden");
      if (changes.length === 0 && !submit) return saved(tx, committeeId, year, 0);

      const yearRow = await lockYear(tx, committeeId, year, submit ? "update" : "share");
      if (yearRow.status !== "DRAFT") throw new ExpectedError("REFUSED", yearRow.status === "APPROVED" ? "yearApproved" : "yearSubmitted");
      const deltas: RollupDelta[] = [];
      const conflicts: number[] = [];
      for (const change of changes) {
        const delta = await writeFigure(tx, viewer.userId, committeeId, year, change);
        if (delta) deltas.push(delta);
        else conflicts.push(change.dataElementId);
      }
      if (conflicts.length > 0) throw new Conflict(conflicts);
      if (submit) deltas.push(...(await stepYear(tx, "figure.submit", { committeeId, year, actorId: viewer.userId })));
      await applyRollupDeltas(tx, committeeId, year, deltas);
      return saved(tx, committeeId, year, changes.length);
    }, { timeout: 30_000, maxWait: 10_000 });
  } catch (error) {
    if (error instanceof Refusal) return error.outcome;
    // Read after the rollback, so the message shows what is stored now.
    if (error instanceof Conflict) return { outcome: "conflict", conflicts: await describeConflicts(db, committeeId, year, error.elementIds) };
    throw error;
  }
}

/** The year's figures; the scope is in the query as well as checked by the action helper. */
async function readFigures(tx: Tx, scopeCommitteeId: number, committeeId: number, year: number): Promise<Map<number, StoredFigure>> {
  const rows = await tx.figure.findMany({
    where: { committeeId, year, committee: inScope(scopeCommitteeId) },
    select: { id: true, dataElementId: true, value: true, version: true, note: true, status: true },
  });
  return new Map(rows.map((r) => [r.dataElementId, { ...r, value: normalizeFigure(r.value.toString()) }]));
}

/**
 * Writes one figure if nobody changed it since it was read (UPDATE/DELETE … WHERE version = read; an INSERT that
 * meets an existing row does nothing). Returns its rollup delta, or null on a conflict.
 */
async function writeFigure(tx: Tx, actorId: number, committeeId: number, year: number, c: Change): Promise<RollupDelta | null> {
  const { before, dataElementId } = c;
  const audit = (action: string, after: { value: string; note: string | null; version: number } | null) =>
    recordAudit(tx, {
      actorId, action, entityType: "Figure", entityId: figureEntityId(committeeId, dataElementId, year), committeeId,
      ...(before ? { before: { year, dataElementId, value: before.value, note: before.note, version: before.version } } : {}),
      ...(after ? { after: { year, dataElementId, ...after } } : {}),
    });
  if (!before) {
    if (c.readVersion !== 0 || c.value === null) return null;
    const inserted = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "Figure" ("committeeId", "dataElementId", "year", "value", "note", "status", "createdById", "updatedById", "updatedAt")
      VALUES (${committeeId}::int, ${dataElementId}::int, ${year}::int, ${c.value}::numeric, ${c.note}, 'DRAFT', ${actorId}::int, ${actorId}::int, now())
      ON CONFLICT ("committeeId", "dataElementId", "year") DO NOTHING
      RETURNING "id"`;
    if (inserted.length === 0) return null;
    await audit("figure.create", { value: c.value, note: c.note, version: 1 });
    return { dataElementId, value: c.value, units: 1, submitted: 0 };
  }
  if (c.readVersion !== before.version) return null;
  if (c.value === null) {
    const { count } = await tx.figure.deleteMany({ where: { id: before.id, version: c.readVersion } });
    if (count === 0) return null;
    await audit("figure.delete", null);
    return { dataElementId, value: `-${before.value}`, units: -1, submitted: before.status === "DRAFT" ? 0 : -1 };
  }
  const { count } = await tx.figure.updateMany({
    where: { id: before.id, version: c.readVersion },
    data: { value: c.value, note: c.note, version: { increment: 1 }, updatedById: actorId },
  });
  if (count === 0) return null;
  await audit("figure.update", { value: c.value, note: c.note, version: before.version + 1 });
  return { dataElementId, value: fromScaled(toScaled(c.value) - toScaled(before.value)), units: 0, submitted: 0 };
}

async function saved(tx: Tx, committeeId: number, year: number, changed: number): Promise<SaveOutcome> {
  const [figures, row] = await Promise.all([
    tx.figure.findMany({ where: { committeeId, year }, select: { dataElementId: true, version: true } }),
    tx.figureYear.findUnique({ where: { committeeId_year: { committeeId, year } }, select: { status: true } }),
  ]);
  return {
    outcome: "saved", changed, status: row?.status ?? "NOT_STARTED",
    versions: Object.fromEntries(figures.map((f) => [String(f.dataElementId), f.version])),
  };
}

/** What is stored now in the fields that conflicted, and who stored it, for the user to compare and reapply. */
async function describeConflicts(db: Db, committeeId: number, year: number, elementIds: number[]): Promise<Record<string, FieldConflict>> {
  const figures = await db.figure.findMany({
    where: { committeeId, year, dataElementId: { in: elementIds } },
    select: { dataElementId: true, value: true, version: true, updatedAt: true, updatedBy: { select: { displayName: true } } },
  });
  const conflicts: Record<string, FieldConflict> = {};
  for (const id of elementIds) {
    const f = figures.find((x) => x.dataElementId === id);
    if (f) {
      conflicts[String(id)] = { value: normalizeFigure(f.value.toString()), version: f.version, by: f.updatedBy?.displayName ?? null, at: f.updatedAt.toISOString() };
      continue;
    }
    // Removed since it was read: the audit trail knows who removed it.
    const removal = await db.auditEvent.findFirst({
      where: { entityType: "Figure", entityId: figureEntityId(committeeId, id, year), action: "figure.delete" },
      orderBy: { id: "desc" }, select: { at: true, actor: { select: { displayName: true } } },
    });
    conflicts[String(id)] = { value: null, version: 0, by: removal?.actor?.displayName ?? null, at: removal?.at.toISOString() ?? null };
  }
  return conflicts;
}
