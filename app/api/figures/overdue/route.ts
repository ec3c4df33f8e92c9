import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { apiError, handle } from "@/lib/api/respond";
import { overdueSortSchema, renderOverdueCsv, renderOverdueXlsx } from "@/lib/calendar/overdue";
import { getOverdue } from "@/lib/calendar/page";
import type { UnitProgress } from "@/lib/figures/completeness";
import { resolveEntryTarget } from "@/lib/figures/queries";
import { getFileAccess } from "@/lib/imports/access";
import { CONTENT_TYPES } from "@/lib/imports/files";
import { contentDisposition } from "@/lib/reports/download";

/** The overdue list as CSV or (`format=xlsx`) XLSX, with the page's committee, year and sort. */
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
    const headers = [t("code"), t("unit"), t("status"), t("missed"), t("daysLate")];
    const status = (s: UnitProgress["status"]) => tf(`status.${s}`);
    const format = params.format === "xlsx" ? "xlsx" : "csv";
    const body = format === "xlsx"
      ? new Uint8Array(await renderOverdueXlsx(rows, locale, headers, status, t("sheet", { year: target.year })))
      : renderOverdueCsv(rows, locale, headers, status);
    return new NextResponse(body, {
      headers: {
        "Content-Type": CONTENT_TYPES[format],
        "Content-Disposition": contentDisposition(`qua-han-${target.committee.code}-${target.year}.${format}`),
        "Cache-Control": "no-store",
      },
    });
  });
}
