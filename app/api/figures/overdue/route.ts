import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { apiError, handle } from "@/lib/api/respond";
import { overdueSortSchema, renderOverdueCsv } from "@/lib/calendar/overdue";
import { getOverdue } from "@/lib/calendar/page";
import { resolveEntryTarget } from "@/lib/figures/queries";
import { getFileAccess } from "@/lib/imports/access";
import { contentDisposition } from "@/lib/reports/download";

/** The overdue list as CSV, with the page's committee, year and sort. */
export async function GET(request: Request) {
  return handle(async () => {
    const access = await getFileAccess("dashboard.read");
    if ("refused" in access) return apiError(access.refused, undefined, undefined, access.key);
    const { viewer, locale } = access;
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const target = await resolveEntryTarget(viewer, params);
    const rows = target && (await getOverdue(viewer, target.committee.id, target.year, overdueSortSchema.parse(params.sort)));
    if (!target || !rows) return apiError("NOT_FOUND");
    const [t, tf] = await Promise.all([getTranslations({ locale, namespace: "overdue" }), getTranslations({ locale, namespace: "figures" })]);
    const csv = renderOverdueCsv(rows, locale, [t("code"), t("unit"), t("status"), t("missed"), t("daysLate")], (s) => tf(`status.${s}`));
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition(`qua-han-${target.committee.code}-${target.year}.csv`),
        "Cache-Control": "no-store",
      },
    });
  });
}
