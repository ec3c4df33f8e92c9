import { NextResponse } from "next/server";
import { apiError, handle } from "@/lib/api/respond";
import { exportTreeFile, treeExportSchema } from "@/lib/committees/tree-file/upload";
import { getFileAccess } from "@/lib/imports/access";
import { CONTENT_TYPES } from "@/lib/imports/files";
import { contentDisposition } from "@/lib/reports/download";

/** The committee tree of a subtree (default: the viewer's scope) in the tree import's format, CSV or XLSX. */
export async function GET(request: Request) {
  return handle(async () => {
    const access = await getFileAccess("committee.manage");
    if ("refused" in access) return apiError(access.refused);
    const query = treeExportSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return apiError("INVALID", query.error.issues.map((i) => i.path.join(".")));
    const file = await exportTreeFile(access.viewer, query.data.committee, query.data.format, access.locale);
    if (!file) return apiError("NOT_FOUND");
    return new NextResponse(new Uint8Array(file.body), {
      headers: {
        "Content-Type": CONTENT_TYPES[query.data.format],
        "Content-Disposition": contentDisposition(`cay-to-chuc-${file.code}.${query.data.format}`),
        "Content-Length": String(file.body.length),
        "Cache-Control": "no-store",
      },
    });
  });
}
