import { apiError, apiRoute, ok } from "@/lib/api/respond";
import { figuresQuerySchema } from "@/lib/api/schema";
import { inScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

/** A committee's own entered figures for a year, and its rolled-up subtree totals with completeness. */
export const GET = apiRoute(figuresQuerySchema, async (viewer, query) => {
  const committeeId = query.committee ?? viewer.scopeCommitteeId;
  const committee = await db.committee.findFirst({ where: { id: committeeId, ...inScope(viewer.scopeCommitteeId) }, select: { id: true, code: true, name: true } });
  if (!committee) return apiError("NOT_FOUND");
  const element = query.element ? { code: query.element } : undefined;
  const [figures, rollups] = await Promise.all([
    db.figure.findMany({
      where: { committeeId, year: query.year, dataElement: element },
      select: { value: true, status: true, version: true, updatedAt: true, dataElement: { select: { code: true } } },
      orderBy: { dataElement: { sortOrder: "asc" } },
    }),
    // The view: a unit with nothing below it has no stored rows, its figures are its totals (lib/figures/rollup.ts).
    db.$queryRaw<{ element: string; value: string; unitCount: number; submittedCount: number; computedAt: Date }[]>`
      SELECT de."code" AS "element", r."value"::text AS "value", r."unitCount", r."submittedCount", r."computedAt"
      FROM "CommitteeRollup" r JOIN "DataElement" de ON de."id" = r."dataElementId"
      WHERE r."committeeId" = ${committeeId}::int AND r."year" = ${query.year}::int AND (${query.element ?? null}::text IS NULL OR de."code" = ${query.element ?? null}::text)
      ORDER BY de."sortOrder", de."id"`,
  ]);
  return ok({
    committee,
    year: query.year,
    figures: figures.map((f) => ({ element: f.dataElement.code, value: Number(f.value), status: f.status, version: f.version, updatedAt: f.updatedAt })),
    rollups: rollups.map((r) => ({ ...r, value: Number(r.value) })),
  });
});
