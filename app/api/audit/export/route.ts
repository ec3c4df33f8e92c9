import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { apiError, handle } from "@/lib/api/respond";
import { AUDIT_DOWNLOAD_LIMIT, renderAuditCsv } from "@/lib/audit/csv";
import { listAuditEvents } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { findScopedCommittee, getElementNames } from "@/lib/figures/queries";
import { getFileAccess } from "@/lib/imports/access";
import { contentDisposition } from "@/lib/reports/download";

/** The audit list with the page's filters, as CSV (the newest AUDIT_DOWNLOAD_LIMIT events). */
export async function GET(request: Request) {
  return handle(async () => {
    const access = await getFileAccess("dashboard.read");
    if ("refused" in access) return apiError(access.refused, undefined, undefined, access.key);
    const { viewer, locale } = access;
    const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const committee = await findScopedCommittee(viewer.scopeCommitteeId, filter.committee ?? viewer.scopeCommitteeId);
    if (!committee) return apiError("NOT_FOUND");
    const [{ events, committees }, elements, t] = await Promise.all([
      listAuditEvents(viewer, committee.id, { ...filter, before: undefined }, AUDIT_DOWNLOAD_LIMIT), getElementNames(locale),
      getTranslations({ locale, namespace: "audit" }),
    ]);
    const csv = renderAuditCsv(events, { elements, committees }, locale, [t("at"), t("who"), t("unit"), t("details")], t("system"));
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition(`nhat-ky-${committee.code}.csv`),
        "Cache-Control": "no-store",
      },
    });
  });
}
