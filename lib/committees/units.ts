// Adding and editing a unit, as action specs (lib/auth/action.ts), for whoever manages committees in that subtree.
// A new unit gets its dated link and closure rows as a merge's new unit does; a new name or parent goes through the
// restructuring engine's dated rename and move, so the tree on any past date and every stored rollup stay exact.
import { idField, type ActionSpec } from "@/lib/auth/action";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db-client";
import type { CommitteeKind, GrassrootsType } from "@/lib/generated/prisma/enums";
import { assertKindFits } from "./kinds";
import { transaction } from "@/lib/sql";
import { createCommittee, executeRestructure, todayInVietnam } from "./restructure/execute";
import { recordRestructure, TX } from "./restructure/mutations";
import { addUnitSchema, editUnitSchema, type RestructureInput } from "./restructure/schema";

const notLater = (date: string) => {
  if (date > todayInVietnam()) throw new AppError("INVALID", "restructureFutureDate");
};

/** A new kind must fit under the unit's (new) parent, and its units in force must fit under it. */
async function assertKindFitsPlace(tx: Tx, id: number, kind: CommitteeKind, parentId: number | null) {
  const parent = parentId === null ? null : await tx.committee.findUniqueOrThrow({ where: { id: parentId }, select: { kind: true } });
  assertKindFits(kind, parent?.kind ?? null);
  const children = await tx.committee.findMany({ where: { parentId: id, validTo: null }, select: { kind: true }, distinct: ["kind"] });
  for (const child of children) assertKindFits(child.kind, kind);
}

export const addUnitSpec = {
  permission: "committee.manage",
  scope: async (raw) => [idField(raw, "parentId")],
  schema: addUnitSchema,
  async run(input, { viewer, db }) {
    notLater(input.validFrom);
    const { parentId, validFrom, ...unit } = input;
    return transaction(db, (tx, sql) => createCommittee(tx, sql, unit, parentId, viewer, validFrom), TX);
  },
} satisfies ActionSpec<typeof addUnitSchema, { id: number; code: string; name: string }>;

export const editUnitSpec = {
  permission: "committee.manage",
  // The unit and, when one is chosen, its new parent: both in the caller's subtree.
  scope: async (raw) => [idField(raw, "id"), ...(idField(raw, "parentId") === null ? [] : [idField(raw, "parentId")])],
  schema: editUnitSchema,
  async run(input, { viewer, db }) {
    notLater(input.effectiveFrom);
    return transaction(db, async (tx, sql) => {
      const [current] = await sql<{ id: number; code: string; kind: string; grassrootsType: GrassrootsType | null; name: string; nameEn: string | null; parentId: number | null; version: number; validTo: Date | null }>`
        SELECT "id", "code", "kind"::text AS "kind", "grassrootsType"::text AS "grassrootsType", "name", "nameEn", "parentId", "version", "validTo"
        FROM "Committee" WHERE "id" = ${input.id} FOR UPDATE`;
      if (!current) throw new AppError("NOT_FOUND", "notFound");
      if (current.version !== input.version) throw new AppError("CONFLICT", "restructureChanged");
      if (current.validTo !== null) throw new AppError("REFUSED", "restructureUnitEnded", { unit: current.name });
      const parentChanged = input.parentId !== undefined && input.parentId !== current.parentId;
      const renamed = input.name !== current.name || input.nameEn !== (current.nameEn ?? "");
      const grassrootsType = input.grassrootsType === undefined ? current.grassrootsType : input.grassrootsType;
      const typeChanged = grassrootsType !== current.grassrootsType;
      const corrected = input.code !== current.code || input.kind !== current.kind || typeChanged;
      if (!parentChanged && !renamed && !corrected) throw new AppError("REFUSED", "restructureNoChange");

      if (corrected) {
        if (input.code !== current.code && (await tx.committee.findUnique({ where: { code: input.code }, select: { id: true } }))) {
          throw new AppError("CONFLICT", "restructureCodeTaken", { code: input.code });
        }
        if (input.kind !== current.kind) await assertKindFitsPlace(tx, input.id, input.kind, input.parentId ?? current.parentId);
        await tx.committee.update({ where: { id: input.id }, data: { code: input.code, kind: input.kind, grassrootsType, version: { increment: 1 } } });
        await recordAudit(sql, {
          actorId: viewer.userId, action: "committee.update", entityType: "Committee", entityId: input.id, committeeId: input.id,
          // The type is named only when it changed (a correction of code or kind says nothing of it).
          before: { code: current.code, kind: current.kind, ...(typeChanged ? { grassrootsType: current.grassrootsType } : {}) },
          after: { code: input.code, kind: input.kind, ...(typeChanged ? { grassrootsType } : {}) },
        });
      }
      const operations: RestructureInput[] = [
        ...(renamed ? [{ op: "rename" as const, effectiveFrom: input.effectiveFrom, committeeId: input.id, name: input.name, nameEn: input.nameEn }] : []),
        ...(parentChanged ? [{ op: "move" as const, effectiveFrom: input.effectiveFrom, committeeId: input.id, parentId: input.parentId! }] : []),
      ];
      for (const operation of operations) {
        const report = await executeRestructure(tx, sql, operation, viewer, true);
        await recordRestructure(sql, operation, report, viewer.userId);
      }
      return { id: input.id };
    }, TX);
  },
} satisfies ActionSpec<typeof editUnitSchema, { id: number }>;
