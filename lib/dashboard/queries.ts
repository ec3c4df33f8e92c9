// Reads behind the dashboards. They read the stored rollups (never raw figures) and only committees inside
// the viewer's subtree; the resolution in force may belong to an ancestor (targets cascade down the tree).
import "server-only";
import { cache } from "react";
import { db, prepared, sql } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";

/** What the dashboard reads depend on: the subtree the reader may see (a viewer, or a committee's own, cached view). */
type Scope = Pick<Viewer, "scopeCommitteeId">;
import type { AssessmentResult } from "@/lib/progress";
import type { CommitteeKind } from "@/lib/generated/prisma/enums";
import { indicatorYears } from "./series";
import { evaluateTarget } from "./evaluate";
import { defaultReviewYear, termYears } from "./default-year";
import type { IndicatorDef, RateRollupRow, RollupRow, TargetDef } from "./types";
import { revisionsOf, targetDefInForce } from "@/lib/targets/revisions";

/**
 * What one request needs, in one round trip: the committee with its lineage (the scope check: the committee is
 * in scope when the viewer's scope committee is among its ancestors), the terms, the chosen term, the resolution
 * in force (the nearest ancestor's, the committee's own first), a stamp of that resolution's definitions, and
 * the committee's stored rollup rows of the elements its targets need. One round trip because at national
 * scale separate queries cost more than the rollup read itself (docs/performance.md); plain SQL on the app's
 * pool because Prisma's per-query overhead would be the larger part of what is left.
 */
interface ContextRow {
  committee: { id: number; code: string; name: string; nameEn: string | null; kind: CommitteeKind; parentId: number | null } | null;
  lineage: { ancestorId: number; depth: number; name: string; nameEn: string | null }[];
  terms: { id: number; name: string; startYear: number; endYear: number; isCurrent: boolean }[];
  termId: number | null;
  resolutionId: number | null;
  stamp: string | null;
  rollups: { d: number[] | null; y: number[]; v: string[]; u: number[]; s: number[] };
  rates: { i: number[] | null; y: number[]; n: string[]; d: string[]; u: number[]; s: number[] };
}

const contextSql = prepared("dashboard-context");

async function readContext(scopeCommitteeId: number, committeeId: number, termId: number | null): Promise<ContextRow> {
  const [row] = await contextSql<ContextRow>`
    WITH lineage AS (
      SELECT cc."ancestorId", cc."depth", a."name", a."nameEn"
      FROM "CommitteeClosure" cc JOIN "Committee" a ON a."id" = cc."ancestorId"
      WHERE cc."descendantId" = ${committeeId}::int
    ),
    term AS (
      SELECT "id", "startYear", "endYear" FROM "Term"
      ORDER BY ("id" = ${termId}::int) IS TRUE DESC, "isCurrent" DESC, "startYear" DESC LIMIT 1
    ),
    res AS (
      SELECT r.* FROM "Resolution" r JOIN lineage l ON l."ancestorId" = r."committeeId"
      WHERE r."termId" = (SELECT "id" FROM term) ORDER BY l."depth" LIMIT 1
    )
    SELECT
      (SELECT row_to_json(c) FROM (SELECT "id", "code", "name", "nameEn", "kind", "parentId" FROM "Committee"
         WHERE "id" = ${committeeId}::int AND EXISTS (SELECT 1 FROM lineage WHERE "ancestorId" = ${scopeCommitteeId}::int)) c) AS "committee",
      (SELECT coalesce(json_agg(l ORDER BY l."depth"), '[]') FROM lineage l) AS "lineage",
      (SELECT json_agg(t ORDER BY t."startYear" DESC) FROM (SELECT "id", "name", "startYear", "endYear", "isCurrent" FROM "Term") t) AS "terms",
      (SELECT "id" FROM term) AS "termId",
      (SELECT "id" FROM res) AS "resolutionId",
      -- Every column of every row the definitions are built from: any change gives another stamp.
      (SELECT md5(concat_ws('|', r::text, rc."name", rc."nameEn",
          (SELECT string_agg(concat_ws(',', t::text, i::text, md5(coalesce(a.x, '')), md5(coalesce(it.x, '')), md5(coalesce(rv.x, ''))), ';' ORDER BY t."id")
           FROM "Target" t
           LEFT JOIN "Indicator" i ON i."id" = t."indicatorId"
           LEFT JOIN LATERAL (SELECT string_agg(a::text, ';' ORDER BY a."id") AS x FROM "TargetAssessment" a WHERE a."targetId" = t."id") a ON true
           LEFT JOIN LATERAL (SELECT string_agg(it::text, ';' ORDER BY it::text) AS x FROM "IndicatorTerm" it WHERE it."indicatorId" = t."indicatorId") it ON true
           LEFT JOIN LATERAL (SELECT string_agg(rv::text, ';' ORDER BY rv."id") AS x FROM "TargetRevision" rv WHERE rv."targetId" = t."id") rv ON true
           WHERE t."resolutionId" = r."id")))
       FROM res r JOIN "Committee" rc ON rc."id" = r."committeeId") AS "stamp",
      -- Columns as arrays: one JSON object, not one per row (a third of the statement's time at 120 rows).
      (SELECT json_build_object('d', array_agg(ro."dataElementId"), 'y', array_agg(ro."year"), 'v', array_agg(ro."value"::text),
                                'u', array_agg(ro."unitCount"), 's', array_agg(ro."submittedCount"))
       FROM "CommitteeRollup" ro
       WHERE ro."committeeId" = ${committeeId}::int
         AND ro."year" BETWEEN (SELECT "startYear" FROM term) AND (SELECT "endYear" FROM term)
         AND ro."dataElementId" IN (SELECT it."dataElementId" FROM "Target" t JOIN "IndicatorTerm" it ON it."indicatorId" = t."indicatorId"
                                    WHERE t."resolutionId" = (SELECT "id" FROM res))) AS "rollups",
      (SELECT json_build_object('i', array_agg(ra."indicatorId"), 'y', array_agg(ra."year"), 'n', array_agg(ra."numerator"::text),
                                'd', array_agg(ra."denominator"::text), 'u', array_agg(ra."unitCount"), 's', array_agg(ra."submittedCount"))
       FROM "CommitteeIndicatorRollup" ra
       WHERE ra."committeeId" = ${committeeId}::int
         AND ra."year" BETWEEN (SELECT "startYear" FROM term) AND (SELECT "endYear" FROM term)
         AND ra."indicatorId" IN (SELECT t."indicatorId" FROM "Target" t WHERE t."resolutionId" = (SELECT "id" FROM res))) AS "rates"`;
  return row!;
}

async function readDefinitions(resolutionId: number) {
  const resolution = await db.resolution.findUniqueOrThrow({
    where: { id: resolutionId },
    include: {
      committee: { select: { id: true, name: true, nameEn: true } },
      targets: {
        orderBy: [{ category: "asc" }, { position: "asc" }],
        include: {
          assessments: { select: { year: true, result: true, note: true } },
          revisions: true,
          indicator: { include: { terms: { select: { dataElementId: true, role: true, dataElement: { select: { valueType: true } } } } } },
        },
      },
    },
  });
  const targets: TargetDef[] = resolution.targets.map((t) => ({
    id: t.id, position: t.position, category: t.category, kind: t.kind, titleVi: t.titleVi, titleEn: t.titleEn,
    comparator: t.comparator, targetValue: num(t.targetValue), baselineValue: num(t.baselineValue),
    baselineYear: t.baselineYear, deadlineYear: t.deadlineYear,
    assessments: t.assessments.map((a) => ({ year: a.year, result: a.result as AssessmentResult, note: a.note })),
    revisions: revisionsOf(t.revisions),
    indicator: t.indicator && indicatorDef(t.indicator),
  }));
  return { resolution, targets };
}

/** An indicator row with its terms, as the progress engine reads it: which elements are summed above and below. */
export function indicatorDef(indicator: {
  id: number; code: string; nameVi: string; nameEn: string; unitVi: string; unitEn: string; scale: { toString(): string };
  terms: { dataElementId: number; role: "NUMERATOR" | "DENOMINATOR"; dataElement: { valueType: "COUNT" | "PERCENT" | "MONEY" } }[];
}): IndicatorDef {
  const denominator = indicator.terms.filter((x) => x.role === "DENOMINATOR").map((x) => x.dataElementId);
  return {
    id: indicator.id, code: indicator.code, nameVi: indicator.nameVi, nameEn: indicator.nameEn, unitVi: indicator.unitVi,
    unitEn: indicator.unitEn, scale: Number(indicator.scale),
    numerator: indicator.terms.filter((x) => x.role === "NUMERATOR").map((x) => x.dataElementId),
    denominator,
    whole: denominator.length === 0 && Number(indicator.scale) === 1 && indicator.terms.every((x) => x.dataElement.valueType === "COUNT"),
  };
}

type Definitions = Awaited<ReturnType<typeof readDefinitions>>;

/**
 * A resolution's definitions (targets, indicators, assessments) change rarely and are read on every dashboard,
 * so each app instance keeps them, keyed by resolution and checked against the stamp read in the request's one
 * query: a change made anywhere (another instance included) gives a new stamp and a fresh read. Bounded.
 */
const definitions = new Map<number, { stamp: string; value: Definitions }>();
const DEFINITIONS_CACHED = 2_000;

async function getDefinitions(resolutionId: number, stamp: string): Promise<Definitions> {
  const hit = definitions.get(resolutionId);
  if (hit?.stamp === stamp) return hit.value;
  const value = await readDefinitions(resolutionId);
  definitions.delete(resolutionId);
  if (definitions.size >= DEFINITIONS_CACHED) definitions.delete(definitions.keys().next().value!);
  definitions.set(resolutionId, { stamp, value });
  return value;
}

/** The committee (if in scope), the chosen term, and the resolution in force for it with its targets. */
export const getDashboardContext = cache(async (viewer: Scope, committeeId: number, termId: number | null) => {
  const row = await readContext(viewer.scopeCommitteeId, committeeId, termId);
  const { committee, lineage } = row;
  if (!committee) return null;
  const terms = row.terms ?? [];
  const term = terms.find((t) => t.id === row.termId);
  if (!term) return null;
  const defs = row.resolutionId !== null && row.stamp !== null ? await getDefinitions(row.resolutionId, row.stamp) : null;
  const resolution = defs?.resolution ?? null;
  const depthOf = new Map(lineage.map((l) => [l.ancestorId, l.depth]));
  // Breadcrumb: the lineage inside the viewer's scope, root first.
  const scopeDepth = depthOf.get(viewer.scopeCommitteeId) ?? 0;
  const breadcrumb = lineage.filter((l) => l.depth <= scopeDepth).reverse().map((l) => ({ id: l.ancestorId, name: l.name, nameEn: l.nameEn }));
  const targets = defs?.targets ?? [];
  const { d, y, v, u, s } = row.rollups;
  const rows = (d ?? []).map((dataElementId, i): RollupRow => ({
    committeeId, dataElementId, year: y[i]!, value: Number(v[i]), unitCount: u[i]!, submittedCount: s[i]!,
  }));
  const rates = (row.rates.i ?? []).map((indicatorId, i): RateRollupRow => ({
    committeeId, indicatorId, year: row.rates.y[i]!, numerator: Number(row.rates.n[i]), denominator: Number(row.rates.d[i]),
    unitCount: row.rates.u[i]!, submittedCount: row.rates.s[i]!,
  }));
  return { committee, term, terms, resolution, ownResolution: resolution?.committeeId === committee.id, targets, breadcrumb, rows, rates };
});

export type DashboardContext = NonNullable<Awaited<ReturnType<typeof getDashboardContext>>>;

function num(value: { toString(): string } | null): number | null {
  return value === null ? null : Number(value);
}

const rollupSql = prepared("rollup-rows");

/** Stored rollup rows of some committees for the elements the targets need, over the term. */
export const getRollups = cache(async (committeeIds: number[], elementIds: number[], startYear: number, endYear: number) => {
  if (committeeIds.length === 0 || elementIds.length === 0) return [];
  const rows = await rollupSql<{ committeeId: number; dataElementId: number; year: number; value: string; unitCount: number; submittedCount: number }>`
    SELECT "committeeId", "dataElementId", "year", "value", "unitCount", "submittedCount" FROM "Rollup"
    WHERE "committeeId" = ANY(${committeeIds}::int[]) AND "dataElementId" = ANY(${elementIds}::int[])
      AND "year" BETWEEN ${startYear}::int AND ${endYear}::int
    UNION ALL
    -- The "CommitteeRollup" view spelled out, so the leaf test runs once per committee, not once per figure (the
    -- 71 cells of a grassroots unit: 3.4 ms against 6.5 ms through the view).
    SELECT f."committeeId", f."dataElementId", f."year", f."value", 1, CASE WHEN f."status" <> 'DRAFT' THEN 1 ELSE 0 END
    FROM (SELECT DISTINCT unnest(${committeeIds}::int[])) AS leaf ("id")
    JOIN "Figure" f ON f."committeeId" = leaf."id" AND f."dataElementId" = ANY(${elementIds}::int[])
      AND f."year" BETWEEN ${startYear}::int AND ${endYear}::int
    WHERE NOT EXISTS (SELECT 1 FROM "CommitteeClosure" s WHERE s."ancestorId" = leaf."id" AND s."depth" > 0)`;
  return rows.map((r): RollupRow => ({ ...r, value: Number(r.value) }));
});

const rateSql = prepared("rate-rollup-rows");

/** Stored rate rollup rows of some committees for the given rates, over the term (lib/figures/indicator-rollup.ts). */
export const getRateRollups = cache(async (committeeIds: number[], indicatorIds: number[], startYear: number, endYear: number) => {
  if (committeeIds.length === 0 || indicatorIds.length === 0) return [];
  const rows = await rateSql<{ committeeId: number; indicatorId: number; year: number; numerator: string; denominator: string; unitCount: number; submittedCount: number }>`
    SELECT "committeeId", "indicatorId", "year", "numerator", "denominator", "unitCount", "submittedCount" FROM "CommitteeIndicatorRollup"
    WHERE "committeeId" = ANY(${committeeIds}::int[]) AND "indicatorId" = ANY(${indicatorIds}::int[])
      AND "year" BETWEEN ${startYear}::int AND ${endYear}::int`;
  return rows.map((r): RateRollupRow => ({ ...r, numerator: Number(r.numerator), denominator: Number(r.denominator) }));
});

/** The rates among the targets' indicators (those read from their own rollups). */
export function ratesOf(targets: TargetDef[]): number[] {
  return [...new Set(targets.flatMap((t) => (t.indicator && t.indicator.denominator.length > 0 ? [t.indicator.id] : [])))].sort((a, b) => a - b);
}

export function elementsOf(targets: TargetDef[]): number[] {
  return [...new Set(targets.flatMap((t) => (t.indicator ? [...t.indicator.numerator, ...t.indicator.denominator] : [])))].sort((a, b) => a - b);
}

/** Everything one committee's dashboard shows, computed once per request and shared by every card. */
export const getDashboard = cache(async (viewer: Scope, committeeId: number, termId: number | null, year: number | null) => {
  const context = await getDashboardContext(viewer, committeeId, termId);
  if (!context) return null;
  const { term, ownResolution } = context;
  const years = termYears(term);
  // The committee's own rollup rows came with the context, in the same round trip.
  const { rows, rates } = context;
  const reviewYear = year !== null && years.includes(year) ? year : defaultReviewYear(rows, term);
  // An amended target is measured against the version in force for the review year.
  const targets = context.targets.map((t) => targetDefInForce(t, reviewYear));
  const evaluations = new Map(
    targets.map((t) => {
      const values = t.indicator ? indicatorYears(t.indicator, rows, years, rates) : [];
      return [t.id, { ...evaluateTarget(t, values, term, reviewYear, ownResolution), values }] as const;
    }),
  );
  // A year outside the term (a link kept from another term) is named, not silently replaced.
  const yearOutsideTerm = year !== null && !years.includes(year) ? year : null;
  return { ...context, targets, years, reviewYear, yearOutsideTerm, evaluations };
});

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;

/**
 * Direct subordinate units in scope, with their evaluations of the same targets (drill-down, comparison), or of
 * the one target `onlyTarget` (a target's page needs its two or three elements, not every element of every
 * target for every unit below).
 */
export const getSubordinates = cache(async (viewer: Scope, committeeId: number, termId: number | null, year: number | null, onlyTarget: number | null = null) => {
  const dashboard = await getDashboard(viewer, committeeId, termId, year);
  if (!dashboard) return null;
  // Units in force: a merged unit hangs under its successor and is counted in it, not beside it. Not a prepared
  // statement: a generic plan (the same for every scope) would read the scope's whole closure at the root.
  const children = await sql<{ id: number; code: string; name: string; nameEn: string | null }>`
    SELECT c."id", c."code", c."name", c."nameEn" FROM "Committee" c
    WHERE c."parentId" = ${committeeId}::int AND c."validTo" IS NULL
      AND EXISTS (SELECT 1 FROM "CommitteeClosure" s WHERE s."ancestorId" = ${viewer.scopeCommitteeId}::int AND s."descendantId" = c."id")
    ORDER BY c."code"`;
  const { term, years, reviewYear } = dashboard;
  const targets = onlyTarget === null ? dashboard.targets : dashboard.targets.filter((t) => t.id === onlyTarget);
  const ids = children.map((c) => c.id);
  const [rows, rates] = await Promise.all([
    getRollups(ids, elementsOf(targets), term.startYear, term.endYear),
    getRateRollups(ids, ratesOf(targets), term.startYear, term.endYear),
  ]);
  // Grouped once: a filter per child was children × rows (a district of 300 cells: 300 × 36,000).
  const byChild = groupByCommittee(rows);
  const ratesByChild = groupByCommittee(rates);
  return children.map((child) => {
    const own = byChild.get(child.id) ?? [];
    const ownRates = ratesByChild.get(child.id) ?? [];
    const evaluations = new Map(
      targets.map((t) => {
        const values = t.indicator ? indicatorYears(t.indicator, own, years, ownRates) : [];
        return [t.id, { ...evaluateTarget(t, values, term, reviewYear, false), values }] as const;
      }),
    );
    return { ...child, evaluations };
  });
});

function groupByCommittee<T extends { committeeId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const r of rows) (groups.get(r.committeeId) ?? groups.set(r.committeeId, []).get(r.committeeId)!).push(r);
  return groups;
}
