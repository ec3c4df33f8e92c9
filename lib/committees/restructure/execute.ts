// The five restructuring operations, run inside one transaction. The same code serves the preview (run, report,
// roll back) and the apply (run, audit, commit), so what the admin previewed is exactly what gets applied.
//
// The reporting tree: an ended unit (merged or split) hangs under the unit that carries on its history
// (Committee.parentId = its successor), so the successor's stored rollup includes its predecessors' raw figures
// and nothing is counted twice: the predecessor no longer sits under its old parent. A dissolved unit has no
// successor and stays under its last parent, so nothing is dropped. The parents a unit really had, with dates,
// are in CommitteeLink.
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import type { z } from "zod";
import type { newUnitSchema, RestructureInput } from "./schema";
import { settleLeafRollups } from "@/lib/figures/rollup";
import { vietnamDate } from "@/lib/figures/write-rules";
import type { Tx } from "@/lib/db-client";
import type { Sql } from "@/lib/sql";
import { isUnder, moveSubtree } from "./subtree";
import { assertKindFits } from "@/lib/committees/kinds";
import { TYPED_KINDS } from "@/lib/committees/grassroots-types";
import type { CommitteeKind, GrassrootsType } from "@/lib/generated/prisma/enums";

export interface UnitRef { id: number; code: string; name: string }

export interface UnitChange {
  unit: UnitRef;
  change: "created" | "moved" | "merged" | "split" | "renamed" | "dissolved";
  from?: UnitRef | null;
  to?: UnitRef | null;
  fromName?: string;
  toName?: string;
  /** A created unit's type of grassroots (Biểu 5), its own or its predecessors'. */
  grassrootsType?: GrassrootsType;
}

export interface AccountChange { id: number; username: string; displayName: string; from: UnitRef; to: UnitRef | null }
export interface ResolutionChange { id: number; title: string; term: string; from: UnitRef; to: UnitRef | null }
export interface TotalChange { element: string; nameVi: string; nameEn: string; year: number; before: string | null; after: string | null }
export interface AncestorTotals { unit: UnitRef; rows: number; changed: TotalChange[] }

export interface RestructureReport {
  op: RestructureInput["op"];
  effectiveFrom: string;
  units: UnitChange[];
  accounts: AccountChange[];
  resolutions: ResolutionChange[];
  rollupRows: number;
  /** Stored totals of every ancestor of the units involved, before and after: a merge under one parent changes none. */
  totals: AncestorTotals[];
  /** Versions of the committees the operation read, checked again when it is applied. */
  versions: Record<string, number>;
  /** Its date is after today: applying it schedules it for that date (lib/committees/restructure/schedule.ts). */
  scheduled: boolean;
  /** Set once it has been scheduled. */
  scheduledId?: number;
}

export interface RunOptions {
  /** Vietnam's date today (a scheduled operation is applied on the day it is due). */
  today?: string;
  /** A preview may look ahead: what a change dated after today would do if the tree stays as it is. */
  allowFuture?: boolean;
}

export interface Actor { userId: number; scopeCommitteeId: number }

export function todayInVietnam(now = new Date()): string {
  return vietnamDate(now);
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const ref = (c: { id: number; code: string; name: string }): UnitRef => ({ id: c.id, code: c.code, name: c.name });

/** Runs one operation; throws AppError for a refusal. The caller owns the transaction. */
export async function executeRestructure(tx: Tx, sql: Sql, input: RestructureInput, actor: Actor, audit: boolean, options: RunOptions = {}): Promise<RestructureReport> {
  // Serializes with figure saves (their rollup writes) and with other restructurings for the transaction's length:
  // a save must not spread its change over a closure that is being rewritten under it.
  await sql.count`LOCK TABLE "Rollup" IN SHARE ROW EXCLUSIVE MODE`;
  const date = input.effectiveFrom;
  const scheduled = date > (options.today ?? todayInVietnam());
  if (scheduled && !options.allowFuture) throw new AppError("INVALID", "restructureFutureDate");
  const report: RestructureReport = { op: input.op, effectiveFrom: date, units: [], accounts: [], resolutions: [], rollupRows: 0, totals: [], versions: {}, scheduled };
  const ctx = new Context(tx, sql, actor, date, report, audit);
  const involved = await ctx.involvedIds(input);
  // New parents (and their ancestors) are watched too: a move adds to their totals.
  const newParents = input.op === "move" ? [input.parentId] : input.op === "merge" && input.newUnit ? [input.newUnit.parentId] : [];
  const ancestorsBefore = [...new Set([...(await ctx.ancestorsOf(involved)), ...newParents, ...(await ctx.ancestorsOf(newParents))])];
  const snapshotBefore = await ctx.snapshot(ancestorsBefore);

  switch (input.op) {
    case "move": await ctx.move(input.committeeId, input.parentId); break;
    case "merge": await ctx.merge(input); break;
    case "split": await ctx.split(input); break;
    case "rename": await ctx.rename(input.committeeId, input.name, input.nameEn); break;
    case "dissolve": await ctx.dissolve(input.committeeId); break;
  }

  const created = report.units.filter((u) => u.change === "created").map((u) => u.unit.id);
  const ended = new Set(report.units.filter((u) => ["merged", "split", "dissolved"].includes(u.change)).map((u) => u.unit.id));
  const ancestorsAfter = await ctx.ancestorsOf([...involved, ...created]);
  const compared = [...new Set([...ancestorsBefore, ...ancestorsAfter])].filter((id) => !ended.has(id) && !involved.includes(id) && !created.includes(id));
  report.totals = await ctx.compareTotals(compared, snapshotBefore);
  return report;
}

/** Adds a unit under `parentId` from `date` (the "add a unit" form), with the links and closure rows a merge's new unit gets. */
export async function createCommittee(tx: Tx, sql: Sql, unit: z.output<typeof newUnitSchema>, parentId: number, actor: Actor, date: string): Promise<UnitRef> {
  await sql.count`LOCK TABLE "Rollup" IN SHARE ROW EXCLUSIVE MODE`;
  const report: RestructureReport = { op: "merge", effectiveFrom: date, units: [], accounts: [], resolutions: [], rollupRows: 0, totals: [], versions: {}, scheduled: false };
  return new Context(tx, sql, actor, date, report, true).createUnit(unit, parentId);
}

type Snapshot = Map<string, string>;

class Context {
  constructor(readonly tx: Tx, readonly sql: Sql, readonly actor: Actor, readonly date: string, readonly report: RestructureReport, readonly audit: boolean) {}

  /** The units whose place changes (their ancestors' totals are compared before and after). */
  async involvedIds(input: RestructureInput): Promise<number[]> {
    switch (input.op) {
      case "move": return [input.committeeId];
      case "merge": return [...input.sourceIds, ...(input.intoId ? [input.intoId] : [])];
      default: return [input.committeeId];
    }
  }

  async ancestorsOf(ids: number[]): Promise<number[]> {
    const rows = await this.tx.committeeClosure.findMany({ where: { descendantId: { in: ids }, depth: { gt: 0 } }, select: { ancestorId: true } });
    return [...new Set(rows.map((r) => r.ancestorId))];
  }

  async snapshot(committeeIds: number[]): Promise<Snapshot> {
    const rows = await this.sql<{ committeeId: number; dataElementId: number; year: number; value: string; unitCount: number }>`
      SELECT "committeeId", "dataElementId", "year", "value"::text AS "value", "unitCount"
      FROM "CommitteeRollup" WHERE "committeeId" = ANY(${committeeIds}::int[])`;
    return new Map(rows.map((r) => [`${r.committeeId}:${r.dataElementId}:${r.year}`, `${Number(r.value)}`]));
  }

  async compareTotals(committeeIds: number[], before: Snapshot): Promise<AncestorTotals[]> {
    const after = await this.snapshot(committeeIds);
    const [units, elements] = await Promise.all([
      this.tx.committee.findMany({ where: { id: { in: committeeIds } }, select: { id: true, code: true, name: true } }),
      this.tx.dataElement.findMany({ select: { id: true, code: true, nameVi: true, nameEn: true } }),
    ]);
    const element = new Map(elements.map((e) => [e.id, e]));
    const depth = new Map((await this.tx.committeeClosure.findMany({ where: { descendantId: { in: committeeIds } }, select: { descendantId: true } }))
      .reduce((m, r) => m.set(r.descendantId, (m.get(r.descendantId) ?? 0) + 1), new Map<number, number>()));
    return units
      .sort((a, b) => (depth.get(b.id) ?? 0) - (depth.get(a.id) ?? 0))
      .map((u) => {
        const keys = new Set([...before.keys(), ...after.keys()].filter((k) => k.startsWith(`${u.id}:`)));
        const changed: TotalChange[] = [];
        for (const key of keys) {
          const [, elementId, year] = key.split(":").map(Number) as [number, number, number];
          const b = before.get(key) ?? null;
          const a = after.get(key) ?? null;
          if (b === a) continue;
          const e = element.get(elementId)!;
          changed.push({ element: e.code, nameVi: e.nameVi, nameEn: e.nameEn, year, before: b, after: a });
        }
        changed.sort((x, y) => x.element.localeCompare(y.element) || x.year - y.year);
        return { unit: ref(u), rows: keys.size, changed };
      });
  }

  /** An existing unit still in force on the date, read with its version (checked again when applied). */
  async active(id: number) {
    const c = await this.tx.committee.findUnique({ where: { id }, select: { id: true, code: true, name: true, nameEn: true, kind: true, parentId: true, validFrom: true, validTo: true, version: true } });
    if (!c) throw new AppError("NOT_FOUND", "notFound");
    if (c.validTo !== null) throw new AppError("REFUSED", "restructureUnitEnded", { unit: c.name });
    if (day(c.validFrom) > this.date) throw new AppError("REFUSED", "restructureBeforeStart", { unit: c.name, date: day(c.validFrom) });
    this.report.versions[String(c.id)] ??= c.version;
    return c;
  }

  /** A unit the operation ends or moves: not the root of the tree and not the actor's own scope committee. */
  async movable(id: number) {
    const c = await this.active(id);
    if (c.parentId === null || c.id === this.actor.scopeCommitteeId) throw new AppError("REFUSED", "restructureOwnScope");
    return c;
  }

  async unit(id: number): Promise<UnitRef> {
    return ref(await this.tx.committee.findUniqueOrThrow({ where: { id }, select: { id: true, code: true, name: true } }));
  }

  /** Ends the unit's current parent link on the date (and refuses a date before the link began). */
  async endLink(committeeId: number) {
    const link = await this.tx.committeeLink.findFirst({ where: { committeeId, validTo: null }, orderBy: { validFrom: "desc" } });
    if (!link) return;
    if (day(link.validFrom) > this.date) {
      throw new AppError("REFUSED", "restructureBeforeLastChange", { date: day(link.validFrom) });
    }
    if (day(link.validFrom) === this.date) await this.tx.committeeLink.delete({ where: { id: link.id } });
    else await this.tx.committeeLink.update({ where: { id: link.id }, data: { validTo: new Date(this.date) } });
  }

  async addLink(committeeId: number, parentId: number) {
    await this.tx.committeeLink.create({ data: { committeeId, parentId, validFrom: new Date(this.date) } });
  }

  async move(id: number, parentId: number) {
    const c = await this.movable(id);
    const parent = await this.active(parentId);
    if (c.parentId === parentId) throw new AppError("REFUSED", "restructureNoChange");
    if (await isUnder(this.tx, id, parentId)) throw new AppError("REFUSED", "restructureCycle");
    assertKindFits(c.kind, parent.kind);
    const from = await this.unit(c.parentId!);
    await this.endLink(id);
    await this.addLink(id, parentId);
    this.report.rollupRows += await moveSubtree(this.tx, this.sql, id, parentId);
    await this.tx.committee.update({ where: { id }, data: { version: { increment: 1 } } });
    this.report.units.push({ unit: ref(c), change: "moved", from, to: ref(parent) });
    await this.record("committee.move", id, { parentId: c.parentId }, { parentId, effectiveFrom: this.date });
  }

  /**
   * `predecessors`: the units it replaces (a merge's sources, the split unit). Without a type of its own, a new
   * grassroots organization takes theirs when they have one between them (two communes merged make a commune), so a
   * merger never drops it from Biểu 5 unnoticed; the preview and the audit say which.
   */
  async createUnit(unit: z.output<typeof newUnitSchema>, parentId: number, predecessors: number[] = []): Promise<UnitRef> {
    assertKindFits(unit.kind, (await this.active(parentId)).kind);
    const grassrootsType = unit.grassrootsType !== undefined ? unit.grassrootsType : await this.sharedType(unit.kind, predecessors);
    if (await this.tx.committee.findUnique({ where: { code: unit.code }, select: { id: true } })) {
      throw new AppError("CONFLICT", "restructureCodeTaken", { code: unit.code });
    }
    const created = await this.tx.committee.create({
      data: { code: unit.code, name: unit.name, nameEn: unit.nameEn || null, kind: unit.kind, grassrootsType, parentId, validFrom: new Date(this.date) },
      select: { id: true, code: true, name: true },
    });
    await this.addLink(created.id, parentId);
    await this.sql.count`
      INSERT INTO "CommitteeClosure" ("ancestorId", "descendantId", "depth")
      SELECT "ancestorId", ${created.id}::int, "depth" + 1 FROM "CommitteeClosure" WHERE "descendantId" = ${parentId}::int
      UNION ALL SELECT ${created.id}::int, ${created.id}::int, 0`;
    await settleLeafRollups(this.sql, [parentId]);
    this.report.units.push({ unit: ref(created), change: "created", to: await this.unit(parentId), ...(grassrootsType ? { grassrootsType } : {}) });
    await this.record("committee.create", created.id, undefined, { ...unit, grassrootsType, parentId, effectiveFrom: this.date });
    return ref(created);
  }

  /** The one type of grassroots the units have between them (those without one aside), for a kind that has a type. */
  async sharedType(kind: CommitteeKind, ids: number[]): Promise<GrassrootsType | null> {
    if (ids.length === 0 || !(TYPED_KINDS as readonly string[]).includes(kind)) return null;
    const types = await this.tx.committee.findMany({ where: { id: { in: ids }, grassrootsType: { not: null } }, select: { grassrootsType: true }, distinct: ["grassrootsType"] });
    return types.length === 1 ? types[0]!.grassrootsType : null;
  }

  /**
   * Ends `id` on the date with `successor` carrying on its history: its units in force move to the successor,
   * it hangs under the successor in the reporting tree, and the accounts scoped to it follow the successor.
   */
  async endInto(id: number, successor: UnitRef, change: "merged" | "split") {
    const c = await this.movable(id);
    const from = await this.unit(c.parentId!);
    this.report.rollupRows += await moveSubtree(this.tx, this.sql, id, successor.id);
    const children = await this.tx.committee.findMany({ where: { parentId: id, validTo: null }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } });
    for (const child of children) {
      await this.endLink(child.id);
      await this.addLink(child.id, successor.id);
      this.report.rollupRows += await moveSubtree(this.tx, this.sql, child.id, successor.id);
      await this.tx.committee.update({ where: { id: child.id }, data: { version: { increment: 1 } } });
      this.report.units.push({ unit: ref(child), change: "moved", from: ref(c), to: successor });
      await this.record("committee.move", child.id, { parentId: id }, { parentId: successor.id, effectiveFrom: this.date });
    }
    await this.endLink(id);
    await this.tx.committee.update({
      where: { id }, data: { validTo: new Date(this.date), successorId: successor.id, version: { increment: 1 } },
    });
    this.report.units.push({ unit: ref(c), change, from, to: successor });
    await this.record(`committee.${change === "merged" ? "merge" : "split"}`, id, { parentId: c.parentId, validTo: null },
      { successorId: successor.id, validTo: this.date });
    await this.followSuccessor(ref(c), successor);
  }

  /** Accounts scoped to an ended unit now see its successor's subtree (which holds the ended unit's history). */
  async followSuccessor(from: UnitRef, to: UnitRef) {
    const users = await this.tx.user.findMany({ where: { scopeCommitteeId: from.id }, select: { id: true, username: true, displayName: true }, orderBy: { username: "asc" } });
    for (const u of users) {
      // A new sessionVersion ends the account's sessions, so its next request sees the new scope, not a stale one.
      await this.tx.user.update({ where: { id: u.id }, data: { scopeCommitteeId: to.id, sessionVersion: { increment: 1 } } });
      this.report.accounts.push({ ...u, from, to });
      if (this.audit) {
        await recordAudit(this.sql, {
          actorId: this.actor.userId, action: "account.scopeFollowsSuccessor", entityType: "User", entityId: u.id,
          committeeId: to.id, before: { scopeCommitteeId: from.id }, after: { scopeCommitteeId: to.id, effectiveFrom: this.date },
        });
      }
    }
  }

  async merge(input: Extract<RestructureInput, { op: "merge" }>) {
    const sources = [...new Set(input.sourceIds)];
    if (input.intoId !== undefined && sources.includes(input.intoId)) throw new AppError("INVALID", "restructureMergeSelf");
    if (sources.length < (input.intoId === undefined ? 2 : 1)) throw new AppError("INVALID", "restructureMergeTooFew");
    for (const s of sources) {
      await this.movable(s);
      for (const other of sources) if (other !== s && (await isUnder(this.tx, s, other))) throw new AppError("REFUSED", "restructureCycle");
    }
    const parentOfNew = input.newUnit?.parentId;
    const anchor = input.intoId ?? parentOfNew!;
    await this.active(anchor);
    for (const s of sources) if (await isUnder(this.tx, s, anchor)) throw new AppError("REFUSED", "restructureCycle");
    const successor = input.intoId !== undefined ? await this.unit(input.intoId) : await this.createUnit(input.newUnit!, parentOfNew!, sources);
    for (const s of sources) await this.endInto(s, successor, "merged");
    await this.resolutions(sources, successor, input.reassignResolutions);
  }

  /** Lists the ended units' resolutions; moves them to the successor where asked and it has none for the term. */
  async resolutions(sources: number[], successor: UnitRef, reassign: boolean) {
    const rows = await this.tx.resolution.findMany({
      where: { committeeId: { in: sources } }, orderBy: [{ termId: "asc" }, { committeeId: "asc" }],
      select: { id: true, title: true, termId: true, term: { select: { name: true } }, committee: { select: { id: true, code: true, name: true } } },
    });
    for (const r of rows) {
      const taken = (await this.tx.resolution.count({ where: { committeeId: successor.id, termId: r.termId } })) > 0;
      const move = reassign && !taken;
      if (move) {
        await this.tx.resolution.update({ where: { id: r.id }, data: { committeeId: successor.id } });
        await this.record("resolution.reassign", r.id, { committeeId: r.committee.id }, { committeeId: successor.id, effectiveFrom: this.date }, "Resolution");
      }
      this.report.resolutions.push({ id: r.id, title: r.title, term: r.term.name, from: ref(r.committee), to: move ? successor : null });
    }
  }

  async split(input: Extract<RestructureInput, { op: "split" }>) {
    const c = await this.movable(input.committeeId);
    const codes = input.newUnits.map((u) => u.code);
    if (new Set(codes).size !== codes.length) throw new AppError("CONFLICT", "restructureCodeTaken", { code: codes.find((x, i) => codes.indexOf(x) !== i)! });
    const created: UnitRef[] = [];
    for (const u of input.newUnits) created.push(await this.createUnit(u, c.parentId!, [c.id]));
    await this.endInto(c.id, created[input.successorIndex]!, "split");
    await this.resolutions([c.id], created[input.successorIndex]!, false);
  }

  async rename(id: number, name: string, nameEn: string | undefined) {
    const c = await this.active(id);
    if (c.name === name && (nameEn === undefined || nameEn === (c.nameEn ?? ""))) throw new AppError("REFUSED", "restructureNoChange");
    await this.tx.committee.update({ where: { id }, data: { name, ...(nameEn !== undefined ? { nameEn: nameEn || null } : {}), version: { increment: 1 } } });
    this.report.units.push({ unit: { ...ref(c), name }, change: "renamed", fromName: c.name, toName: name });
    await this.record("committee.rename", id, { name: c.name, nameEn: c.nameEn }, { name, nameEn: nameEn ?? c.nameEn, effectiveFrom: this.date });
  }

  async dissolve(id: number) {
    const c = await this.movable(id);
    if ((await this.tx.committee.count({ where: { parentId: id, validTo: null } })) > 0) throw new AppError("REFUSED", "restructureHasUnits");
    await this.endLink(id);
    // No successor: the unit stays under its last parent, so its past figures still count there.
    await this.tx.committee.update({ where: { id }, data: { validTo: new Date(this.date), version: { increment: 1 } } });
    this.report.units.push({ unit: ref(c), change: "dissolved", from: await this.unit(c.parentId!), to: null });
    await this.record("committee.dissolve", id, { validTo: null }, { validTo: this.date });
    const users = await this.tx.user.findMany({ where: { scopeCommitteeId: id }, select: { id: true, username: true, displayName: true } });
    // Their access does not change (the unit's history stays readable); the preview lists them for review.
    for (const u of users) this.report.accounts.push({ ...u, from: ref(c), to: null });
    await this.resolutions([id], ref(c), false);
  }

  async record(action: string, entityId: number, before: object | undefined, after: object, entityType = "Committee") {
    if (!this.audit) return;
    await recordAudit(this.sql, {
      actorId: this.actor.userId, action, entityType, entityId,
      committeeId: entityType === "Committee" ? entityId : null, before: before as never, after: after as never,
    });
  }
}
