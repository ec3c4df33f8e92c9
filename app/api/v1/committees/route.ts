import { getApiViewer } from "@/lib/api/auth";
import { apiError, handle, ok } from "@/lib/api/respond";
import { committeesQuerySchema, queryOf } from "@/lib/api/schema";
import { isInScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

/** The subtree of `root` (default: the caller's scope committee), each unit with its depth below the root. */
export async function GET(request: Request) {
  return handle(async () => {
    const viewer = await getApiViewer(request);
    if (!viewer) return apiError("UNAUTHENTICATED");
    const query = committeesQuerySchema.safeParse(queryOf(request));
    if (!query.success) return apiError("INVALID", query.error.issues.map((i) => i.path.join(".")));
    const root = query.data.root ?? viewer.scopeCommitteeId;
    if (!(await isInScope(db, viewer.scopeCommitteeId, root))) return apiError("NOT_FOUND");
    const rows = await db.committeeClosure.findMany({
      where: { ancestorId: root },
      orderBy: [{ depth: "asc" }, { descendantId: "asc" }],
      select: { depth: true, descendant: { select: { id: true, code: true, name: true, nameEn: true, kind: true, parentId: true, validFrom: true, validTo: true } } },
    });
    return ok(rows.map((r) => ({ ...r.descendant, depth: r.depth })));
  });
}
