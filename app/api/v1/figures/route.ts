import { getApiViewer } from "@/lib/api/auth";
import { apiError, handle, ok } from "@/lib/api/respond";
import { figuresQuerySchema, queryOf } from "@/lib/api/schema";
import { inScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

/** A committee's own entered figures for a year, and its rolled-up subtree totals with completeness. */
export async function GET(request: Request) {
  return handle(async () => {
    const viewer = await getApiViewer(request);
    if (!viewer) return apiError("UNAUTHENTICATED");
    const query = figuresQuerySchema.safeParse(queryOf(request));
    if (!query.success) return apiError("INVALID", query.error.issues.map((i) => i.path.join(".")));
    const committeeId = query.data.committee ?? viewer.scopeCommitteeId;
    const committee = await db.committee.findFirst({ where: { id: committeeId, ...inScope(viewer.scopeCommitteeId) }, select: { id: true, code: true, name: true } });
    if (!committee) return apiError("NOT_FOUND");
    const element = query.data.element ? { code: query.data.element } : undefined;
    const [figures, rollups] = await Promise.all([
      db.figure.findMany({
        where: { committeeId, year: query.data.year, dataElement: element },
        select: { value: true, status: true, version: true, updatedAt: true, dataElement: { select: { code: true } } },
        orderBy: { dataElement: { sortOrder: "asc" } },
      }),
      db.rollup.findMany({
        where: { committeeId, year: query.data.year, dataElement: element },
        select: { value: true, unitCount: true, submittedCount: true, computedAt: true, dataElement: { select: { code: true } } },
        orderBy: { dataElement: { sortOrder: "asc" } },
      }),
    ]);
    return ok({
      committee,
      year: query.data.year,
      figures: figures.map((f) => ({ element: f.dataElement.code, value: Number(f.value), status: f.status, version: f.version, updatedAt: f.updatedAt })),
      rollups: rollups.map((r) => ({ element: r.dataElement.code, value: Number(r.value), unitCount: r.unitCount, submittedCount: r.submittedCount, computedAt: r.computedAt })),
    });
  });
}
