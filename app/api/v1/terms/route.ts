import { getApiViewer } from "@/lib/api/auth";
import { apiError, handle, ok } from "@/lib/api/respond";
import { db } from "@/lib/db";

export async function GET(request: Request) {
  return handle(async () => {
    if (!(await getApiViewer(request))) return apiError("UNAUTHENTICATED");
    const terms = await db.term.findMany({ orderBy: { startYear: "asc" }, select: { id: true, name: true, startYear: true, endYear: true, isCurrent: true } });
    return ok(terms);
  });
}
