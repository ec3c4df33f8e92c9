// Reads behind the dashboards. They read the stored rollups (never raw figures) and only committees inside
// the viewer's subtree; the resolution in force may belong to an ancestor (targets cascade down the tree).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { inScope } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/session";
import type { AssessmentResult } from "@/lib/progress";
import { indicatorYears } from "./series";
import { evaluateTarget } from "./evaluate";
import { defaultReviewYear, termYears } from "./default-year";
import type { RollupRow, TargetDef } from "./types";
import { revisionsOf, targetDefInForce } from "@/lib/targets/revisions";

export const getTerms = cache(() => db.term.findMany({ orderBy: { startYear: "desc" } }));

/** The committee (if in scope), the chosen term, and the resolution in force for it with its targets. */
export const getDashboardContext = cache(async (viewer: Viewer, committeeId: number, termId: number | null) => {
  // Independent reads run together; the lineage of an id outside the scope is read but never used.
  const [committee, terms, lineage] = await Promise.all([
    db.committee.findFirst({
      where: { id: committeeId, ...inScope(viewer.scopeCommitteeId) },
      select: { id: true, code: true, name: true, nameEn: true, kind: true, parentId: true },
    }),
    getTerms(),
    db.committeeClosure.findMany({
      where: { descendantId: committeeId },
      select: { ancestorId: true, depth: true, ancestor: { select: { id: true, name: true, nameEn: true } } },
      orderBy: { depth: "asc" },
    }),
  ]);
  if (!committee) return null;
  const term = terms.find((t) => t.id === termId) ?? terms.find((t) => t.isCurrent) ?? terms[0];
  if (!term) return null;

  const resolutions = await db.resolution.findMany({
    where: { termId: term.id, committeeId: { in: lineage.map((l) => l.ancestorId) } },
    include: {
      committee: { select: { id: true, name: true, nameEn: true } },
      targets: {
        orderBy: [{ category: "asc" }, { position: "asc" }],
        include: {
          assessments: { select: { year: true, result: true, note: true } },
          revisions: true,
          indicator: { include: { terms: { select: { dataElementId: true, role: true } } } },
        },
      },
    },
  });
  const depthOf = new Map(lineage.map((l) => [l.ancestorId, l.depth]));
  const resolution = resolutions.sort((a, b) => depthOf.get(a.committeeId)! - depthOf.get(b.committeeId)!)[0] ?? null;
  // Breadcrumb: the lineage inside the viewer's scope, root first.
  const scopeDepth = depthOf.get(viewer.scopeCommitteeId) ?? 0;
  const breadcrumb = lineage.filter((l) => l.depth <= scopeDepth).reverse().map((l) => l.ancestor);

  const targets: TargetDef[] = (resolution?.targets ?? []).map((t) => ({
    id: t.id, position: t.position, category: t.category, kind: t.kind, titleVi: t.titleVi, titleEn: t.titleEn,
    comparator: t.comparator, targetValue: num(t.targetValue), baselineValue: num(t.baselineValue),
    baselineYear: t.baselineYear, deadlineYear: t.deadlineYear,
    assessments: t.assessments.map((a) => ({ year: a.year, result: a.result as AssessmentResult, note: a.note })),
    revisions: revisionsOf(t.revisions),
    indicator: t.indicator && {
      code: t.indicator.code, nameVi: t.indicator.nameVi, nameEn: t.indicator.nameEn, unitVi: t.indicator.unitVi,
      unitEn: t.indicator.unitEn, scale: Number(t.indicator.scale),
      numerator: t.indicator.terms.filter((x) => x.role === "NUMERATOR").map((x) => x.dataElementId),
      denominator: t.indicator.terms.filter((x) => x.role === "DENOMINATOR").map((x) => x.dataElementId),
    },
  }));
  return { committee, term, terms, resolution, ownResolution: resolution?.committeeId === committee.id, targets, breadcrumb };
});

export type DashboardContext = NonNullable<Awaited<ReturnType<typeof getDashboardContext>>>;

function num(value: { toString(): string } | null): number | null {
  return value === null ? null : Number(value);
}

/** Stored rollup rows of some committees for the elements the targets need, over the term. */
export const getRollups = cache(async (committeeIds: number[], elementIds: number[], startYear: number, endYear: number) => {
  if (committeeIds.length === 0 || elementIds.length === 0) return [];
  const rows = await db.rollup.findMany({
    where: { committeeId: { in: committeeIds }, dataElementId: { in: elementIds }, year: { gte: startYear, lte: endYear } },
    select: { committeeId: true, dataElementId: true, year: true, value: true, unitCount: true, submittedCount: true },
  });
  return rows.map((r): RollupRow => ({ ...r, value: Number(r.value) }));
});

export function elementsOf(targets: TargetDef[]): number[] {
  return [...new Set(targets.flatMap((t) => (t.indicator ? [...t.indicator.numerator, ...t.indicator.denominator] : [])))].sort((a, b) => a - b);
}

/** Everything one committee's dashboard shows, computed once per request and shared by every card. */
export const getDashboard = cache(async (viewer: Viewer, committeeId: number, termId: number | null, year: number | null) => {
  const context = await getDashboardContext(viewer, committeeId, termId);
  if (!context) return null;
  const { term, ownResolution } = context;
  const years = termYears(term);
  const rows = await getRollups([committeeId], elementsOf(context.targets), term.startYear, term.endYear);
  const reviewYear = year !== null && years.includes(year) ? year : defaultReviewYear(rows, term);
  // An amended target is measured against the version in force for the review year.
  const targets = context.targets.map((t) => targetDefInForce(t, reviewYear));
  const evaluations = new Map(
    targets.map((t) => {
      const values = t.indicator ? indicatorYears(t.indicator, rows, years) : [];
      return [t.id, { ...evaluateTarget(t, values, term, reviewYear, ownResolution), values }] as const;
    }),
  );
  return { ...context, targets, years, reviewYear, evaluations };
});

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;

/** Direct subordinate units in scope, with their evaluations of the same targets (drill-down, comparison). */
export const getSubordinates = cache(async (viewer: Viewer, committeeId: number, termId: number | null, year: number | null) => {
  const dashboard = await getDashboard(viewer, committeeId, termId, year);
  if (!dashboard) return null;
  const children = await db.committee.findMany({
    // Units in force: a merged unit hangs under its successor and is counted in it, not beside it.
    where: { parentId: committeeId, validTo: null, ...inScope(viewer.scopeCommitteeId) },
    select: { id: true, code: true, name: true, nameEn: true },
    orderBy: { code: "asc" },
  });
  const { term, targets, years, reviewYear } = dashboard;
  const rows = await getRollups(children.map((c) => c.id), elementsOf(targets), term.startYear, term.endYear);
  return children.map((child) => {
    const own = rows.filter((r) => r.committeeId === child.id);
    const evaluations = new Map(
      targets.map((t) => {
        const values = t.indicator ? indicatorYears(t.indicator, own, years) : [];
        return [t.id, { ...evaluateTarget(t, values, term, reviewYear, false), values }] as const;
      }),
    );
    return { ...child, evaluations };
  });
});
