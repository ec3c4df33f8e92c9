// Cascading a target to the subordinate units: each unit's share is a Target of the unit's own resolution for
// the same term (created when the unit has none yet), with parentTargetId set and the parent's kind, indicator
// and comparator. Shares need not add up (the panel flags it); each is checked like any target.
import { idField, type ActionSpec } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db-client";
import { transaction } from "@/lib/sql";
import { describeTarget } from "./describe";
import { loadIndicator } from "./mutations";
import { cascadeSchema, checkTarget } from "./schema";

/** The parent target's committee and every unit named, so all must lie in the caller's subtree. */
async function cascadeCommittees(raw: unknown, db: Db): Promise<(number | null)[]> {
  const parentId = idField(raw, "parentTargetId");
  const parent = parentId === null ? null : await db.target.findUnique({ where: { id: parentId }, select: { resolution: { select: { committeeId: true } } } });
  const shares = (raw as { shares?: unknown })?.shares;
  const units = Array.isArray(shares) ? shares.map((s) => idField(s, "committeeId")) : [];
  return [parent?.resolution.committeeId ?? null, ...units];
}

export const cascadeTargetSpec = {
  permission: "resolution.manage",
  scope: cascadeCommittees,
  schema: cascadeSchema,
  async run(input, { viewer, db }) {
    const parent = await db.target.findUniqueOrThrow({
      where: { id: input.parentTargetId },
      include: { resolution: { include: { term: true, committee: { select: { id: true } } } } },
    });
    if (parent.kind === "QUALITATIVE") throw new AppError("REFUSED", "targets.qualitativeNotCascaded");
    const { term } = parent.resolution;
    const units = await db.committee.findMany({
      where: { id: { in: input.shares.map((s) => s.committeeId) }, parentId: parent.resolution.committeeId, validTo: null },
      select: { id: true, name: true },
    });
    // Only direct subordinate units take a share of this committee's target.
    if (units.length !== input.shares.length) throw new AppError("NOT_FOUND", "notFound");
    const indicator = await loadIndicator(db, parent.indicatorId);
    const checkedShares = input.shares.map((share) => {
      if (share.value.trim() === "") return { committeeId: share.committeeId, value: null };
      const fields = {
        resolutionId: parent.resolutionId, category: parent.category, kind: parent.kind, indicatorId: parent.indicatorId,
        comparator: parent.comparator, targetValue: share.value, baselineValue: "", baselineYear: null,
        deadlineYear: parent.kind === "LEVEL_BY_DEADLINE" ? parent.deadlineYear : null, titleVi: "", titleEn: "", locale: input.locale,
      };
      const { issues, value } = checkTarget(fields, { term, indicator });
      if (issues[0]) throw new AppError("INVALID", `targets.${issues[0].key}`, { ...issues[0].values, unit: units.find((u) => u.id === share.committeeId)!.name });
      return { committeeId: share.committeeId, value: value.targetValue };
    });

    return transaction(db, async (tx, sql) => {
      let created = 0;
      for (const share of checkedShares) {
        const existing = await tx.target.findFirst({ where: { parentTargetId: parent.id, resolution: { committeeId: share.committeeId } } });
        if (share.value === null) {
          if (existing) {
            await tx.target.update({ where: { id: existing.id }, data: { parentTargetId: null, version: { increment: 1 } } });
            await recordAudit(sql, { actorId: viewer.userId, action: "target.uncascade", entityType: "Target", entityId: existing.id, committeeId: share.committeeId, before: { parentTargetId: parent.id } });
          }
          continue;
        }
        const titles = {
          titleVi: describeTarget({ ...parent, targetValue: Number(share.value), baselineValue: null, indicator, term }, "vi") ?? parent.titleVi,
          titleEn: describeTarget({ ...parent, targetValue: Number(share.value), baselineValue: null, indicator, term }, "en") ?? parent.titleEn,
        };
        if (existing) {
          if (Number(existing.targetValue) === Number(share.value)) continue;
          const after = await tx.target.update({ where: { id: existing.id }, data: { targetValue: share.value, ...titles, version: { increment: 1 } } });
          await recordAudit(sql, {
            actorId: viewer.userId, action: "target.cascade", entityType: "Target", entityId: after.id, committeeId: share.committeeId,
            before: { targetValue: String(existing.targetValue) }, after: { targetValue: share.value, parentTargetId: parent.id },
          });
          continue;
        }
        const unitName = units.find((u) => u.id === share.committeeId)!.name;
        const key = { committeeId_termId: { committeeId: share.committeeId, termId: term.id } };
        let resolution = await tx.resolution.findUnique({ where: key });
        if (!resolution) {
          // A unit without a resolution of its own gets one, so its share has a place; staff complete its details.
          resolution = await tx.resolution.create({
            data: { committeeId: share.committeeId, termId: term.id, title: `Chỉ tiêu ${unitName} nhiệm kỳ ${term.name} (phân bổ từ cấp trên)` },
          });
          await recordAudit(sql, { actorId: viewer.userId, action: "resolution.create", entityType: "Resolution", entityId: resolution.id, committeeId: share.committeeId, after: { title: resolution.title, cascadedFrom: parent.id } });
        }
        await sql`SELECT 1 FROM "Resolution" WHERE "id" = ${resolution.id} FOR UPDATE`;
        const last = await tx.target.aggregate({ where: { resolutionId: resolution.id, category: parent.category }, _max: { position: true } });
        const child = await tx.target.create({
          data: {
            resolutionId: resolution.id, position: (last._max.position ?? 0) + 1, category: parent.category, kind: parent.kind,
            indicatorId: parent.indicatorId, comparator: parent.comparator, targetValue: share.value,
            deadlineYear: parent.kind === "LEVEL_BY_DEADLINE" ? parent.deadlineYear : null, parentTargetId: parent.id, ...titles,
          },
        });
        created += 1;
        await recordAudit(sql, {
          actorId: viewer.userId, action: "target.cascade", entityType: "Target", entityId: child.id, committeeId: share.committeeId,
          after: { targetValue: share.value, parentTargetId: parent.id, resolutionId: resolution.id },
        });
      }
      return { id: parent.id, created };
    });
  },
} satisfies ActionSpec<typeof cascadeSchema, { id: number; created: number }>;
