// Catalogue changes, administrators only (the catalogue is shared by every committee). An element that
// figures, rollups or indicators use is never deleted, only retired: its history must stay readable.
import { type ActionSpec } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { transaction } from "@/lib/sql";
import { rebuildIndicatorRollups } from "@/lib/figures/indicator-rollup";
import { dataElementSchema, elementIdSchema, indicatorSchema, retireElementSchema } from "./schema";

export const createDataElementSpec = {
  permission: "target.manage",
  scope: "installation",
  schema: dataElementSchema,
  async run(input, { viewer, db }) {
    if (await db.dataElement.findUnique({ where: { code: input.code } })) throw new AppError("CONFLICT", "targets.codeTaken", { code: input.code });
    return transaction(db, async (tx, sql) => {
      const last = await tx.dataElement.aggregate({ _max: { sortOrder: true } });
      const element = await tx.dataElement.create({ data: { ...input, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
      await recordAudit(sql, { actorId: viewer.userId, action: "element.create", entityType: "DataElement", entityId: element.id, after: input });
      return { id: element.id };
    });
  },
} satisfies ActionSpec<typeof dataElementSchema, { id: number }>;

export const retireDataElementSpec = {
  permission: "target.manage",
  scope: "installation",
  schema: retireElementSchema,
  async run({ id, retired }, { viewer, db }) {
    return transaction(db, async (tx, sql) => {
      const element = await tx.dataElement.update({ where: { id }, data: { retiredAt: retired ? new Date() : null } });
      await recordAudit(sql, { actorId: viewer.userId, action: retired ? "element.retire" : "element.restore", entityType: "DataElement", entityId: id, after: { code: element.code } });
      return { id };
    });
  },
} satisfies ActionSpec<typeof retireElementSchema, { id: number }>;

export const deleteDataElementSpec = {
  permission: "target.manage",
  scope: "installation",
  schema: elementIdSchema,
  async run({ id }, { viewer, db }) {
    return transaction(db, async (tx, sql) => {
      // Lock the row so a figure or indicator cannot start using it between the check and the delete.
      const rows = await sql<{ code: string }>`SELECT "code" FROM "DataElement" WHERE "id" = ${id} FOR UPDATE`;
      if (!rows[0]) throw new AppError("NOT_FOUND", "notFound");
      const [figures, rollups, terms, parts] = await Promise.all([
        tx.figure.count({ where: { dataElementId: id } }), tx.rollup.count({ where: { dataElementId: id } }),
        tx.indicatorTerm.count({ where: { dataElementId: id } }), tx.dataElement.count({ where: { partOfId: id } }),
      ]);
      if (figures + rollups + terms + parts > 0) throw new AppError("REFUSED", "targets.elementInUse", { code: rows[0].code });
      await tx.dataElement.delete({ where: { id } });
      await recordAudit(sql, { actorId: viewer.userId, action: "element.delete", entityType: "DataElement", entityId: id, before: { code: rows[0].code } });
      return { id };
    });
  },
} satisfies ActionSpec<typeof elementIdSchema, { id: number }>;

export const createIndicatorSpec = {
  permission: "target.manage",
  scope: "installation",
  schema: indicatorSchema,
  async run(input, { viewer, db }) {
    if (await db.indicator.findUnique({ where: { code: input.code } })) throw new AppError("CONFLICT", "targets.codeTaken", { code: input.code });
    const codes = [...input.numerator, ...input.denominator];
    const elements = await db.dataElement.findMany({ where: { code: { in: codes }, retiredAt: null }, select: { id: true, code: true } });
    const missing = codes.filter((c) => !elements.some((e) => e.code === c));
    if (missing.length > 0) throw new AppError("INVALID", "targets.unknownElements", { codes: missing.join(", ") });
    const idOf = (c: string) => elements.find((e) => e.code === c)!.id;
    return transaction(db, async (tx, sql) => {
      const { numerator, denominator, ...fields } = input;
      const indicator = await tx.indicator.create({
        data: {
          ...fields,
          terms: { create: [
            ...numerator.map((c) => ({ dataElementId: idOf(c), role: "NUMERATOR" as const })),
            ...denominator.map((c) => ({ dataElementId: idOf(c), role: "DENOMINATOR" as const })),
          ] },
        },
      });
      if (denominator.length > 0) {
        // A new rate over figures already entered: its rollup is built now, with saves held off meanwhile (they
        // take this lock's rows too) so none is counted twice or missed.
        await sql.count`LOCK TABLE "Rollup" IN SHARE ROW EXCLUSIVE MODE`;
        await rebuildIndicatorRollups(sql, [indicator.id]);
      }
      await recordAudit(sql, { actorId: viewer.userId, action: "indicator.create", entityType: "Indicator", entityId: indicator.id, after: input });
      return { id: indicator.id };
    });
  },
} satisfies ActionSpec<typeof indicatorSchema, { id: number }>;
