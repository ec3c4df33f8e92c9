import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { STATUS_CELL } from "@/components/dashboard/progress-status-badge";
import { requirePermission } from "@/lib/auth/session";
import { compareUnits } from "@/lib/dashboard/comparison-order";
import { formatIndicatorValue } from "@/lib/dashboard/format";
import { getDashboard, getSubordinates } from "@/lib/dashboard/queries";
import { dashboardParamsSchema, dashboardQuery } from "@/lib/dashboard/schema";
import { getUiLocale } from "@/lib/i18n/server";

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.read");
  const params = dashboardParamsSchema.parse(await searchParams);
  const committeeId = params.committee ?? viewer.scopeCommitteeId;
  const dashboard = await getDashboard(viewer, committeeId, params.term ?? null, params.year ?? null);
  if (!dashboard) notFound();
  const locale = await getUiLocale();
  const [t, tStatus, units] = await Promise.all([
    getTranslations("dashboard"), getTranslations("status"),
    getSubordinates(viewer, committeeId, dashboard.term.id, dashboard.reviewYear),
  ]);
  const { term, reviewYear } = dashboard;
  const targets = dashboard.targets.filter((x) => x.category === "TARGET" && x.indicator);
  const sortTarget = targets.find((x) => x.id === params.sort) ?? null;
  const rows = compareUnits(units ?? [], sortTarget?.id ?? null, params.dir ?? "asc", reviewYear);
  const base = dashboardQuery({ committee: committeeId, term: term.id, year: reviewYear });
  const sortHref = (id: number) => `/dashboard/compare?${base}&sort=${id}&dir=${sortTarget?.id === id && params.dir !== "desc" ? "desc" : "asc"}`;

  return (
    <div className="space-y-6">
      <DashboardHeader dashboard={dashboard} locale={locale} action="/dashboard/compare" />
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <h2 className="text-xl font-semibold">{t("compareTitle")} ({reviewYear})</h2>
        <p className="mb-3 text-sm text-stone-600">{t("compareIntro")}</p>
        {rows.length === 0 ? <p>{t("noSubordinates")}</p> : (
          <div className="overflow-x-auto">
            <table className="w-full border-separate border-spacing-0.5 text-left text-sm">
              <thead><tr>
                <th scope="col" className="sticky left-0 min-w-44 bg-white px-2 py-2">{t("unit")}</th>
                {targets.map((x) => (
                  <th key={x.id} scope="col" className="min-w-28 px-2 py-2 align-bottom font-semibold"
                    aria-sort={sortTarget?.id === x.id ? (params.dir === "desc" ? "descending" : "ascending") : undefined}>
                    <Link href={sortHref(x.id)} className="text-blue-800 underline" title={locale === "vi" ? x.titleVi : x.titleEn}>
                      {x.position}. {(locale === "vi" ? x.indicator!.nameVi : x.indicator!.nameEn)}
                    </Link>
                  </th>
                ))}
              </tr></thead>
              <tbody>
                {rows.map((u) => (
                  <tr key={u.id}>
                    <th scope="row" className="sticky left-0 min-w-44 bg-white px-2 py-2 font-medium">
                      <Link className="text-blue-800 underline" href={`/dashboard?${dashboardQuery({ committee: u.id, term: term.id, year: reviewYear })}`}>
                        {locale === "en" && u.nameEn ? u.nameEn : u.name}
                      </Link>
                    </th>
                    {targets.map((x) => {
                      const e = u.evaluations.get(x.id)!;
                      const status = e.planApplies ? e.progress.status : "NO_PLAN";
                      const shown = x.kind === "TERM_CUMULATIVE" ? e.progress.actual : (e.values.find((v) => v.year === reviewYear)?.value ?? null);
                      return (
                        <td key={x.id} className={`px-2 py-2 tabular-nums ${STATUS_CELL[status]}`}>
                          <Link href={`/dashboard/target/${x.id}?${dashboardQuery({ committee: u.id, term: term.id, year: reviewYear })}`} className="block">
                            <span className="block">{formatIndicatorValue(shown, x.indicator, locale)}</span>
                            <span className="block text-xs">{tStatus(status)}</span>
                          </Link>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
