import { NextResponse } from "next/server";
import { z } from "zod";
import { apiError, handle } from "@/lib/api/respond";
import { idSchema } from "@/lib/ids";
import { getFileAccess } from "@/lib/imports/access";
import { CONTENT_TYPES } from "@/lib/imports/files";
import { contentDisposition } from "@/lib/reports/download";
import { getResolutionFile } from "@/lib/targets/resolution-upload";

const query = z.object({ committee: idSchema, term: idSchema });

/** A committee's resolution of a term and its targets as XLSX, in the format the import reads. */
export async function GET(request: Request) {
  return handle(async () => {
    const access = await getFileAccess("dashboard.read");
    if ("refused" in access) return apiError(access.refused, undefined, undefined, access.key);
    const where = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!where.success) return apiError("INVALID", where.error.issues.map((i) => i.path.join(".")), access.locale);
    const file = await getResolutionFile(access.viewer, where.data.committee, where.data.term);
    if (!file) return apiError("NOT_FOUND", undefined, access.locale);
    return new NextResponse(new Uint8Array(file.bytes), {
      headers: { "Content-Type": CONTENT_TYPES.xlsx, "Content-Disposition": contentDisposition(file.name), "Cache-Control": "no-store" },
    });
  });
}
