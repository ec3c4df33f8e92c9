import { apiError, fileResponse, handle } from "@/lib/api/respond";
import { sql } from "@/lib/db";
import { readForm } from "@/lib/forms/queries";
import { renderStatForm, STAT_FORM_CONTENT_TYPES, statFormFileName } from "@/lib/forms/render";
import { statFormQuerySchema } from "@/lib/forms/schema";
import { getReportAccess } from "@/lib/reports/auth";
import { contentDisposition } from "@/lib/reports/download";

/** A statistical form (Biểu số N-BTCTW) of a committee in the viewer's subtree, rolled up over its subtree. */
export async function GET(request: Request) {
  return handle(async () => {
    const access = await getReportAccess();
    if ("refused" in access) return apiError(access.refused);
    const query = statFormQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return apiError("INVALID", query.error.issues.map((i) => i.path.join(".")));
    const { form, committee, year, format } = query.data;
    const model = await readForm(sql, {
      scopeCommitteeId: access.viewer.scopeCommitteeId, committeeId: committee ?? access.viewer.scopeCommitteeId,
      formCode: form, year, issuedOn: new Date(),
    });
    if (!model) return apiError("NOT_FOUND");
    const file = await renderStatForm(model, format);
    return fileResponse(file, STAT_FORM_CONTENT_TYPES[format], contentDisposition(statFormFileName(model, format)));
  });
}
