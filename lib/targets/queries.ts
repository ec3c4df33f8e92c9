// Reads behind the resolution pages. Every committee-bound read matches the viewer's subtree only.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { inScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/session";
import { defaultReviewYear, termYears } from "@/lib/dashboard/default-year";
import { evaluateTarget } from "@/lib/dashboard/evaluate";
import { getRateRollups, getRollups, indicatorDef } from "@/lib/dashboard/queries";
import { indicatorYears } from "@/lib/dashboard/series";
import type { TargetDef } from "@/lib/dashboard/types";
import { cascadeAddsUp, cascadeBalance } from "./cascade";
import { revisionsOf, targetDefInForce } from "./revisions";

export const getTermsWithCounts = cache(() =>
  db.term.findMany({ orderBy: { startYear: "desc" }, include: { _count: { select: { resolutions: true } } } }));

/** Every term, oldest first (GET /api/v1/terms). */
export const getTerms = cache(() =>
  db.term.findMany({ orderBy: { startYear: "asc" }, select: { id: true, name: true, startYear: true, endYear: true, isCurrent: true } }));

/** Indicators a target may use, with what data each needs (for the form's preview). Retired elements excluded. */
export const getIndicatorOptions = cache(async () => {
  const rows = await db.indicator.findMany({
    orderBy: { code: "asc" },
    include: { terms: { include: { dataElement: { select: { nameVi: true, nameEn: true, retiredAt: true } } } } },
  });
  return rows
    .filter((i) => i.terms.every((t) => t.dataElement.retiredAt === null))
    .map((i) => ({
      id: i.id, code: i.code, nameVi: i.nameVi, nameEn: i.nameEn, unitVi: i.unitVi, unitEn: i.unitEn,
      isRate: i.terms.some((t) => t.role === "DENOMINATOR"),
      elements: i.terms.map((t) => ({ role: t.role, nameVi: t.dataElement.nameVi, nameEn: t.dataElement.nameEn })),
    }));
});
export type IndicatorOption = Awaited<ReturnType<typeof getIndicatorOptions>>[number];

export async function findResolutionId(viewer: Viewer, committeeId: number, termId: number) {
  const r = await db.resolution.findFirst({
    where: { committeeId, termId, committee: inScope(viewer.scopeCommitteeId) }, select: { id: true },
  });
  return r?.id ?? null;
}

/** One resolution with its targets in the order the resolution numbers them, their versions and cascades. */
export const getResolution = cache(async (viewer: Viewer, id: number) => {
  const resolution = await db.resolution.findFirst({
    where: { id, committee: inScope(viewer.scopeCommitteeId) },
    include: {
      term: true,
      committee: { select: { id: true, code: true, name: true, nameEn: true, _count: { select: { children: true } } } },
      targets: {
        orderBy: [{ category: "asc" }, { position: "asc" }],
        include: {
          revisions: { orderBy: { revision: "asc" } },
          indicator: { select: { id: true, code: true, unitVi: true, unitEn: true } },
          parentTarget: { select: { position: true, resolution: { select: { committee: { select: { name: true, nameEn: true } } } } } },
          _count: { select: { childTargets: true } },
        },
      },
    },
  });
  if (!resolution) return null;
  return {
    ...resolution,
    targets: resolution.targets.map((t) => ({
      ...t,
      targetValue: t.targetValue === null ? null : String(t.targetValue),
      baselineValue: t.baselineValue === null ? null : String(t.baselineValue),
      revisions: revisionsOf(t.revisions),
    })),
  };
});
export type ResolutionDetail = NonNullable<Awaited<ReturnType<typeof getResolution>>>;

/**
 * A target's cascade: each direct subordinate unit in scope with its share (a child target), Σ against the
 * parent's plan, and each unit's progress against its own share from the stored rollups and the engine.
 */
export async function getCascade(viewer: Viewer, targetId: number) {
  const parent = await db.target.findFirst({
    where: { id: targetId, resolution: { committee: inScope(viewer.scopeCommitteeId) } },
    include: {
      resolution: { include: { term: true } },
      indicator: { include: { terms: { select: { dataElementId: true, role: true, dataElement: { select: { valueType: true } } } } } },
      childTargets: { include: { resolution: { select: { committeeId: true } }, revisions: true } },
    },
  });
  if (!parent || !parent.indicator || parent.kind === "QUALITATIVE") return null;
  const { term } = parent.resolution;
  const units = await db.committee.findMany({
    // Units in force only: an ended unit hangs under its successor in the reporting tree and takes no share.
    where: { parentId: parent.resolution.committeeId, validTo: null, ...inScope(viewer.scopeCommitteeId) },
    select: { id: true, code: true, name: true, nameEn: true }, orderBy: { code: "asc" },
  });
  const indicator = indicatorDef(parent.indicator);

  const years = termYears(term);
  const elements = [...indicator.numerator, ...indicator.denominator];
  const rates = indicator.denominator.length > 0 ? [indicator.id] : [];
  const [own, rows, rateRows] = await Promise.all([
    getRollups([parent.resolution.committeeId], elements, term.startYear, term.endYear),
    getRollups(units.map((u) => u.id), elements, term.startYear, term.endYear),
    getRateRollups(units.map((u) => u.id), rates, term.startYear, term.endYear),
  ]);
  const reviewYear = defaultReviewYear(own, term);
  const shares = units.map((unit) => {
    const child = parent.childTargets.find((c) => c.resolution.committeeId === unit.id) ?? null;
    let progress = null;
    if (child) {
      const def: TargetDef = targetDefInForce({
        id: child.id, position: child.position, category: child.category, kind: child.kind, titleVi: child.titleVi, titleEn: child.titleEn,
        comparator: child.comparator, targetValue: Number(child.targetValue), baselineValue: child.baselineValue === null ? null : Number(child.baselineValue),
        baselineYear: child.baselineYear, deadlineYear: child.deadlineYear, indicator, assessments: [], revisions: revisionsOf(child.revisions),
      }, reviewYear);
      const values = indicatorYears(indicator, rows.filter((r) => r.committeeId === unit.id), years, rateRows.filter((r) => r.committeeId === unit.id));
      progress = evaluateTarget(def, values, term, reviewYear, true).progress;
    }
    return { unit, share: child?.targetValue === null || !child ? null : String(child.targetValue), childId: child?.id ?? null, progress };
  });
  const isRate = indicator.denominator.length > 0;
  const parentPlan = String(parent.targetValue ?? "0");
  return {
    parent: { id: parent.id, position: parent.position, titleVi: parent.titleVi, titleEn: parent.titleEn, kind: parent.kind, comparator: parent.comparator, targetValue: parentPlan, resolutionId: parent.resolutionId },
    indicator, term, reviewYear, shares,
    balance: cascadeAddsUp({ isRate }) ? cascadeBalance(parentPlan, shares.map((s) => s.share)) : null,
  };
}
export type CascadeView = NonNullable<Awaited<ReturnType<typeof getCascade>>>;

export const getCatalogue = cache(async () => {
  const [elements, indicators] = await Promise.all([
    db.dataElement.findMany({
      orderBy: [{ groupCode: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
      include: { _count: { select: { figures: true, indicatorTerms: true, rollups: true, parts: true } } },
    }),
    db.indicator.findMany({ orderBy: { code: "asc" }, include: { terms: { include: { dataElement: { select: { code: true } } } }, _count: { select: { targets: true } } } }),
  ]);
  return { elements, indicators };
});
