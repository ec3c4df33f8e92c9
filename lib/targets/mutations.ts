// Writes of terms, resolutions and targets, as action specs (lib/auth/action.ts). Administrators and editors
// manage the resolutions of committees in their subtree; terms are administrators'. Every change is audited in
// its transaction; targets carry a version for optimistic concurrency; an amendment keeps every old version.
import type { Db, Tx } from "@/lib/db-client";
import { idField, type ActionSpec } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { transaction, type Sql } from "@/lib/sql";
import { describeTarget } from "./describe";
import {
  amendTargetSchema, checkTarget, deleteTargetSchema, moveTargetSchema, resolutionSchema, setCurrentTermSchema,
  targetFieldsSchema, termSchema, updateTargetSchema, updateTermSchema, deleteTermSchema, type CheckedTarget, type TargetFields,
} from "./schema";
import { overlappingTerm, termName } from "./terms";

type Reader = Pick<Db, "resolution" | "target" | "indicator">;

/** The committee owning the resolution named by `resolutionId`, for the scope check. */
export async function resolutionCommittee(raw: unknown, db: Db): Promise<number | null> {
  const id = idField(raw, "resolutionId");
  if (id === null) return null;
  return (await db.resolution.findUnique({ where: { id }, select: { committeeId: true } }))?.committeeId ?? null;
}

/** The committee owning the target named by `field`, for the scope check. */
export async function targetCommittee(raw: unknown, db: Db, field = "id"): Promise<number | null> {
  const id = idField(raw, field);
  if (id === null) return null;
  const t = await db.target.findUnique({ where: { id }, select: { resolution: { select: { committeeId: true } } } });
  return t?.resolution.committeeId ?? null;
}

export async function loadIndicator(db: Pick<Db, "indicator">, id: number | null) {
  if (id === null) return null;
  const indicator = await db.indicator.findUnique({ where: { id }, include: { terms: { select: { role: true } } } });
  return indicator && { ...indicator, isRate: indicator.terms.some((t) => t.role === "DENOMINATOR") };
}

type RuleIndicator = Awaited<ReturnType<typeof loadIndicator>>;

/**
 * The target rules against a term and the chosen indicator, and the titles a quantitative target typed without
 * one reads as (the sentence the form previewed): the one path of the form's save and of a resolution file.
 */
export function prepareTarget(fields: TargetFields, term: { name: string; startYear: number; endYear: number }, indicator: RuleIndicator) {
  const { issues, value } = checkTarget(fields, { term, indicator });
  const sentence = (locale: "vi" | "en") => describeTarget({
    kind: fields.kind, comparator: value.comparator, targetValue: value.targetValue === null ? null : Number(value.targetValue),
    baselineValue: value.baselineValue === null ? null : Number(value.baselineValue), baselineYear: value.baselineYear,
    deadlineYear: value.deadlineYear, indicator, term,
  }, locale) ?? "";
  return { issues, value, titleVi: fields.titleVi || sentence("vi"), titleEn: fields.titleEn || sentence("en") };
}

/** Runs the target rules against the resolution's term and the chosen indicator; refuses with the first issue. */
async function checked(db: Reader, fields: TargetFields, term: { name: string; startYear: number; endYear: number }) {
  const indicator = fields.kind === "QUALITATIVE" ? null : await loadIndicator(db, fields.indicatorId);
  const { issues, ...prepared } = prepareTarget(fields, term, indicator);
  const issue = issues[0];
  if (issue) throw new AppError("INVALID", `targets.${issue.key}`, issue.values);
  return prepared;
}

export function targetData(value: CheckedTarget, titles: { titleVi: string; titleEn: string }) {
  return { ...titles, comparator: value.comparator, targetValue: value.targetValue, baselineValue: value.baselineValue,
    baselineYear: value.baselineYear, deadlineYear: value.deadlineYear };
}

/** A target's fields as the audit trail keeps them (decimals as strings). */
export function auditOf(t: Record<string, unknown>) {
  return JSON.parse(JSON.stringify(t, (_k, v) => (typeof v === "object" && v !== null && "toFixed" in v ? String(v) : v)));
}

/** Refuses years that repeat or overlap another term (sharing a boundary year is how consecutive terms meet). */
async function checkTermYears(db: Pick<Db, "term">, startYear: number, endYear: number, id?: number) {
  const name = termName(startYear, endYear);
  const others = (await db.term.findMany({ select: { id: true, name: true, startYear: true, endYear: true } })).filter((t) => t.id !== id);
  if (others.some((t) => t.name === name || (t.startYear === startYear && t.endYear === endYear))) {
    throw new AppError("CONFLICT", "targets.termExists", { name });
  }
  const clash = overlappingTerm(others, startYear, endYear);
  if (clash) throw new AppError("CONFLICT", "targets.termOverlaps", { name, other: clash.name });
  return name;
}

/** A term with resolutions is in use: its targets, and the figures read against them, hang on its years. */
async function unusedTerm(tx: Pick<Tx, "term">, sql: Sql, id: number) {
  // The row lock waits for a resolution being added to it (its foreign key's lock) and holds the next one off.
  await sql`SELECT 1 FROM "Term" WHERE "id" = ${id} FOR UPDATE`;
  const term = await tx.term.findUnique({ where: { id }, include: { _count: { select: { resolutions: true } } } });
  if (!term) throw new AppError("NOT_FOUND", "notFound");
  if (term._count.resolutions > 0) throw new AppError("CONFLICT", "targets.termInUse", { name: term.name, count: term._count.resolutions });
  return term;
}

export const createTermSpec = {
  permission: "target.manage",
  scope: "installation",
  schema: termSchema,
  async run(input, { viewer, db }) {
    return transaction(db, async (tx, sql) => {
      // Serialized with every other term change, so two at once cannot overlap each other.
      await sql.count`LOCK TABLE "Term" IN SHARE ROW EXCLUSIVE MODE`;
      const name = await checkTermYears(tx, input.startYear, input.endYear);
      if (input.isCurrent) await tx.term.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
      const term = await tx.term.create({ data: { name, startYear: input.startYear, endYear: input.endYear, isCurrent: input.isCurrent } });
      await recordAudit(sql, { actorId: viewer.userId, action: "term.create", entityType: "Term", entityId: term.id, after: { name, isCurrent: input.isCurrent } });
      return { id: term.id };
    });
  },
} satisfies ActionSpec<typeof termSchema, { id: number }>;

/** New years for a term no resolution uses yet (a term typed wrong). */
export const updateTermSpec = {
  permission: "target.manage",
  scope: "installation",
  schema: updateTermSchema,
  async run(input, { viewer, db }) {
    return transaction(db, async (tx, sql) => {
      await sql.count`LOCK TABLE "Term" IN SHARE ROW EXCLUSIVE MODE`;
      const before = await unusedTerm(tx, sql, input.id);
      const name = await checkTermYears(tx, input.startYear, input.endYear, input.id);
      await tx.term.update({ where: { id: input.id }, data: { name, startYear: input.startYear, endYear: input.endYear } });
      await recordAudit(sql, { actorId: viewer.userId, action: "term.update", entityType: "Term", entityId: input.id, before: { name: before.name }, after: { name } });
      return { id: input.id };
    });
  },
} satisfies ActionSpec<typeof updateTermSchema, { id: number }>;

export const deleteTermSpec = {
  permission: "target.manage",
  scope: "installation",
  schema: deleteTermSchema,
  async run({ id }, { viewer, db }) {
    return transaction(db, async (tx, sql) => {
      await sql.count`LOCK TABLE "Term" IN SHARE ROW EXCLUSIVE MODE`;
      const term = await unusedTerm(tx, sql, id);
      await tx.term.delete({ where: { id } });
      await recordAudit(sql, { actorId: viewer.userId, action: "term.delete", entityType: "Term", entityId: id, before: { name: term.name, isCurrent: term.isCurrent } });
      return { id };
    });
  },
} satisfies ActionSpec<typeof deleteTermSchema, { id: number }>;

export const setCurrentTermSpec = {
  permission: "target.manage",
  scope: "installation",
  schema: setCurrentTermSchema,
  async run({ id }, { viewer, db }) {
    return transaction(db, async (tx, sql) => {
      const before = await tx.term.findFirst({ where: { isCurrent: true }, select: { id: true, name: true } });
      // Clear first: the partial unique index allows one current term at a time.
      await tx.term.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
      const term = await tx.term.update({ where: { id }, data: { isCurrent: true } });
      await recordAudit(sql, { actorId: viewer.userId, action: "term.set_current", entityType: "Term", entityId: id, before: before ?? undefined, after: { name: term.name } });
      return { id };
    });
  },
} satisfies ActionSpec<typeof setCurrentTermSchema, { id: number }>;

/** Creates the resolution of a committee and term, or updates its title, number and adoption date. */
export const saveResolutionSpec = {
  permission: "resolution.manage",
  scope: async (raw) => [idField(raw, "committeeId")],
  schema: resolutionSchema,
  async run(input, { viewer, db }) {
    const data = { title: input.title, number: input.number || null, adoptedOn: input.adoptedOn ? new Date(`${input.adoptedOn}T00:00:00Z`) : null };
    return transaction(db, async (tx, sql) => {
      if (!(await tx.term.findUnique({ where: { id: input.termId } }))) throw new AppError("NOT_FOUND", "notFound");
      const key = { committeeId_termId: { committeeId: input.committeeId, termId: input.termId } };
      const before = await tx.resolution.findUnique({ where: key, select: { title: true, number: true, adoptedOn: true } });
      const resolution = await tx.resolution.upsert({ where: key, create: { committeeId: input.committeeId, termId: input.termId, ...data }, update: data });
      await recordAudit(sql, {
        actorId: viewer.userId, action: before ? "resolution.update" : "resolution.create", entityType: "Resolution",
        entityId: resolution.id, committeeId: input.committeeId, before: before ? auditOf(before) : undefined, after: auditOf(data),
      });
      return { id: resolution.id };
    });
  },
} satisfies ActionSpec<typeof resolutionSchema, { id: number }>;

export const createTargetSpec = {
  permission: "resolution.manage",
  scope: async (raw, db) => [await resolutionCommittee(raw, db)],
  schema: targetFieldsSchema,
  async run(input, { viewer, db }) {
    const resolution = await db.resolution.findUniqueOrThrow({ where: { id: input.resolutionId }, include: { term: true } });
    const { value, titleVi, titleEn } = await checked(db, input, resolution.term);
    return transaction(db, async (tx, sql) => {
      // Locks the resolution's row so two targets added at once get different numbers.
      await sql`SELECT 1 FROM "Resolution" WHERE "id" = ${resolution.id} FOR UPDATE`;
      const last = await tx.target.aggregate({ where: { resolutionId: resolution.id, category: input.category }, _max: { position: true } });
      const target = await tx.target.create({
        data: {
          resolutionId: resolution.id, category: input.category, kind: input.kind, indicatorId: value.indicatorId,
          position: (last._max.position ?? 0) + 1, ...targetData(value, { titleVi, titleEn }),
        },
      });
      await recordAudit(sql, {
        actorId: viewer.userId, action: "target.create", entityType: "Target", entityId: target.id,
        committeeId: resolution.committeeId, after: auditOf(target),
      });
      return { id: target.id };
    });
  },
} satisfies ActionSpec<typeof targetFieldsSchema, { id: number }>;

/** Refuses a change based on a version someone else has replaced meanwhile. */
async function lockTarget(tx: Tx, sql: Sql, id: number, version: number) {
  const rows = await sql<{ version: number }>`SELECT "version" FROM "Target" WHERE "id" = ${id} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND", "notFound");
  if (rows[0].version !== version) throw new AppError("CONFLICT", "targets.targetChanged");
  return tx.target.findUniqueOrThrow({ where: { id }, include: { revisions: { orderBy: { revision: "asc" } }, resolution: { include: { term: true } } } });
}

/** A correction: the target's fields change in place (and in its latest version, if it was amended). */
export const updateTargetSpec = {
  permission: "resolution.manage",
  scope: async (raw, db) => [await targetCommittee(raw, db)],
  schema: updateTargetSchema,
  async run(input, { viewer, db }) {
    const current = await db.target.findUnique({ where: { id: input.id }, include: { resolution: { include: { term: true } }, _count: { select: { revisions: true, childTargets: true } } } });
    if (!current || current.resolutionId !== input.resolutionId) throw new AppError("NOT_FOUND", "notFound");
    // Kind, category and indicator define what the versions and the units' shares measure.
    const fixed = current._count.revisions > 0 || current._count.childTargets > 0 || current.parentTargetId !== null;
    if (fixed && (input.kind !== current.kind || input.category !== current.category || (input.indicatorId ?? null) !== current.indicatorId)) {
      throw new AppError("REFUSED", "targets.kindFixed");
    }
    const { value, titleVi, titleEn } = await checked(db, input, current.resolution.term);
    return transaction(db, async (tx, sql) => {
      const before = await lockTarget(tx, sql, input.id, input.version);
      const data = targetData(value, { titleVi, titleEn });
      const moved = input.category !== before.category;
      const position = moved
        ? ((await tx.target.aggregate({ where: { resolutionId: before.resolutionId, category: input.category }, _max: { position: true } }))._max.position ?? 0) + 1
        : before.position;
      const after = await tx.target.update({
        where: { id: input.id },
        data: { ...data, kind: input.kind, category: input.category, position, indicatorId: value.indicatorId, version: { increment: 1 } },
      });
      const latest = before.revisions.at(-1);
      if (latest) await tx.targetRevision.update({ where: { id: latest.id }, data });
      const { revisions: _r, resolution: _s, ...old } = before;
      await recordAudit(sql, {
        actorId: viewer.userId, action: "target.update", entityType: "Target", entityId: input.id,
        committeeId: before.resolution.committeeId, before: auditOf(old), after: auditOf(after),
      });
      return { id: input.id };
    });
  },
} satisfies ActionSpec<typeof updateTargetSchema, { id: number }>;

/**
 * An amendment adopted mid-term: a new version in force from a year on. The first amendment also stores the
 * target as adopted (version 1, from the term's first year), so earlier years keep their own plan.
 */
export const amendTargetSpec = {
  permission: "resolution.manage",
  scope: async (raw, db) => [await targetCommittee(raw, db)],
  schema: amendTargetSchema,
  async run(input, { viewer, db }) {
    const current = await db.target.findUnique({ where: { id: input.id }, include: { resolution: { include: { term: true } } } });
    if (!current || current.resolutionId !== input.resolutionId) throw new AppError("NOT_FOUND", "notFound");
    const term = current.resolution.term;
    if (current.kind === "QUALITATIVE") throw new AppError("REFUSED", "targets.qualitativeNotAmended");
    // What is measured stays; only the plan, comparator, baseline, deadline and wording change.
    const fields = { ...input, kind: current.kind, category: current.category, indicatorId: current.indicatorId };
    const { value, titleVi, titleEn } = await checked(db, fields, term);
    return transaction(db, async (tx, sql) => {
      const before = await lockTarget(tx, sql, input.id, input.version);
      const latest = before.revisions.at(-1);
      const firstYear = Math.max(term.startYear + 1, (latest?.effectiveFrom ?? term.startYear) + 1);
      if (input.effectiveFrom < firstYear || input.effectiveFrom > term.endYear) {
        throw new AppError("INVALID", "targets.effectiveFromRange", { from: firstYear, to: term.endYear });
      }
      if (!latest) {
        await tx.targetRevision.create({
          data: {
            targetId: before.id, revision: 1, effectiveFrom: term.startYear, titleVi: before.titleVi, titleEn: before.titleEn,
            comparator: before.comparator, targetValue: before.targetValue, baselineValue: before.baselineValue,
            baselineYear: before.baselineYear, deadlineYear: before.deadlineYear, createdById: viewer.userId,
          },
        });
      }
      const data = targetData(value, { titleVi, titleEn });
      const revision = (latest?.revision ?? 1) + 1;
      await tx.targetRevision.create({
        data: { targetId: before.id, revision, effectiveFrom: input.effectiveFrom, reference: input.reference, reason: input.reason, createdById: viewer.userId, ...data },
      });
      const after = await tx.target.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
      const { revisions: _r, resolution: _s, ...old } = before;
      await recordAudit(sql, {
        actorId: viewer.userId, action: "target.amend", entityType: "Target", entityId: before.id,
        committeeId: before.resolution.committeeId, before: auditOf(old),
        after: auditOf({ ...after, revision, effectiveFrom: input.effectiveFrom, reference: input.reference, reason: input.reason }),
      });
      return { id: before.id, revision };
    });
  },
} satisfies ActionSpec<typeof amendTargetSchema, { id: number; revision: number }>;

/** Moves a target one place up or down in its resolution's numbering (within its category). */
export const moveTargetSpec = {
  permission: "resolution.manage",
  scope: async (raw, db) => [await targetCommittee(raw, db)],
  schema: moveTargetSchema,
  async run({ id, direction }, { viewer, db }) {
    return transaction(db, async (tx, sql) => {
      const target = await tx.target.findUniqueOrThrow({ where: { id }, include: { resolution: { select: { committeeId: true } } } });
      await sql`SELECT 1 FROM "Resolution" WHERE "id" = ${target.resolutionId} FOR UPDATE`;
      const neighbour = await tx.target.findFirst({
        where: { resolutionId: target.resolutionId, category: target.category, position: direction === "up" ? { lt: target.position } : { gt: target.position } },
        orderBy: { position: direction === "up" ? "desc" : "asc" },
      });
      if (!neighbour) return { id };
      // Through a free number: (resolution, category, position) is unique at every step.
      const free = ((await tx.target.aggregate({ where: { resolutionId: target.resolutionId, category: target.category }, _max: { position: true } }))._max.position ?? 0) + 1;
      await tx.target.update({ where: { id: target.id }, data: { position: free } });
      await tx.target.update({ where: { id: neighbour.id }, data: { position: target.position, version: { increment: 1 } } });
      await tx.target.update({ where: { id: target.id }, data: { position: neighbour.position, version: { increment: 1 } } });
      await recordAudit(sql, {
        actorId: viewer.userId, action: "target.move", entityType: "Target", entityId: id, committeeId: target.resolution.committeeId,
        before: { position: target.position }, after: { position: neighbour.position },
      });
      return { id };
    });
  },
} satisfies ActionSpec<typeof moveTargetSchema, { id: number }>;

/** Removes a target set up by mistake; one with units' shares must lose them first. Numbers close up. */
export const deleteTargetSpec = {
  permission: "resolution.manage",
  scope: async (raw, db) => [await targetCommittee(raw, db)],
  schema: deleteTargetSchema,
  async run({ id, version }, { viewer, db }) {
    return transaction(db, async (tx, sql) => {
      const before = await lockTarget(tx, sql, id, version);
      if ((await tx.target.count({ where: { parentTargetId: id } })) > 0) throw new AppError("REFUSED", "targets.hasShares");
      await tx.target.delete({ where: { id } });
      const later = await tx.target.findMany({
        where: { resolutionId: before.resolutionId, category: before.category, position: { gt: before.position } }, orderBy: { position: "asc" },
      });
      for (const t of later) await tx.target.update({ where: { id: t.id }, data: { position: t.position - 1 } });
      const { revisions: _r, resolution: _s, ...old } = before;
      await recordAudit(sql, {
        actorId: viewer.userId, action: "target.delete", entityType: "Target", entityId: id, committeeId: before.resolution.committeeId, before: auditOf(old),
      });
      return { id };
    });
  },
} satisfies ActionSpec<typeof deleteTargetSchema, { id: number }>;
