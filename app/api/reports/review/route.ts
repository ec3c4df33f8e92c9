import { cookies } from "next/headers";
import { apiError, fileResponse, handle } from "@/lib/api/respond";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { getReportAccess } from "@/lib/reports/auth";
import { contentDisposition } from "@/lib/reports/download";
import { getReviewReport } from "@/lib/reports/queries";
import { CONTENT_TYPES, renderReport, reportFileName } from "@/lib/reports/render";
import { REVIEW_KINDS, reviewQuerySchema } from "@/lib/reports/schema";

/** The mid-term or term-end review of a committee's resolution as DOCX, XLSX or PDF, in the UI's language. */
export async function GET(request: Request) {
  return handle(async () => {
    const access = await getReportAccess();
    if ("refused" in access) return apiError(access.refused, undefined, undefined, access.key);
    const query = reviewQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return apiError("INVALID", query.error.issues.map((i) => i.path.join(".")));
    const { committee, term, year, format, kind, lang, number, signer } = query.data;
    const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
    const model = await getReviewReport(access.viewer, {
      committeeId: committee ?? access.viewer.scopeCommitteeId,
      termId: term ?? null,
      year: year ?? null,
      kind: kind ? REVIEW_KINDS[kind] : null,
      locale: lang ?? (isLocale(stored) ? stored : DEFAULT_LOCALE),
      details: { number, signer },
    });
    if (!model) return apiError("NOT_FOUND");
    const file = await renderReport(model, format);
    return fileResponse(file, CONTENT_TYPES[format], contentDisposition(reportFileName(model, format)));
  });
}
