import { NextResponse } from "next/server";
import { apiError, handle } from "@/lib/api/respond";
import { getFileAccess } from "@/lib/imports/access";
import { exportQuerySchema } from "@/lib/imports/export-rows";
import { CONTENT_TYPES, renderCsv, renderXlsx } from "@/lib/imports/files";
import { getFigureExport } from "@/lib/imports/queries";
import { contentDisposition } from "@/lib/reports/download";

/** The template / export of a committee's subtree for a range of years, as CSV or XLSX, in the UI's language. */
export async function GET(request: Request) {
  return handle(async () => {
    const access = await getFileAccess("report.export");
    if ("refused" in access) return apiError(access.refused, undefined, undefined, access.key);
    const query = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return apiError("INVALID", query.error.issues.map((i) => i.path.join(".")));
    const { committee, from, to, format, lang } = query.data;
    const locale = lang ?? access.locale;
    const exported = await getFigureExport(access.viewer.scopeCommitteeId, { committeeId: committee, from, to }, locale);
    if (!exported) return apiError("NOT_FOUND");
    const { rows, code } = exported;
    const file = format === "csv" ? Buffer.from(renderCsv(rows, locale), "utf8") : await renderXlsx(rows, locale);
    return new NextResponse(new Uint8Array(file), {
      headers: {
        "Content-Type": CONTENT_TYPES[format],
        "Content-Disposition": contentDisposition(`so-lieu-${code}-${from}-${to}.${format}`),
        "Content-Length": String(file.length),
        "Cache-Control": "no-store",
      },
    });
  });
}
