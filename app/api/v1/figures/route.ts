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
    db.rollup.findMany({
      where: { committeeId, year: query.year, dataElement: element },
      select: { value: true, unitCount: true, submittedCount: true, computedAt: true, dataElement: { select: { code: true } } },
      orderBy: { dataElement: { sortOrder: "asc" } },
    }),
  ]);
  return ok({
    committee,
    year: query.year,
    figures: figures.map((f) => ({ element: f.dataElement.code, value: Number(f.value), status: f.status, version: f.version, updatedAt: f.updatedAt })),
    rollups: rollups.map((r) => ({ element: r.dataElement.code, value: Number(r.value), unitCount: r.unitCount, submittedCount: r.submittedCount, computedAt: r.computedAt })),
  });
});
