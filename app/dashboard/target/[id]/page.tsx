import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TargetChart } from "@/components/charts/target-chart";
import { UnitBars } from "@/components/charts/unit-bars";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { StatusBadge } from "@/components/dashboard/progress-status-badge";
import { YearTable } from "@/components/dashboard/year-table";
import { requirePermission } from "@/lib/auth/session";
import { idParamSchema } from "@/lib/committees/schema";
import { chartPoints } from "@/lib/dashboard/chart-data";
import { formatIndicatorValue } from "@/lib/dashboard/format";
import { getDashboard, getSubordinates } from "@/lib/dashboard/queries";
import { dashboardParamsSchema, dashboardQuery } from "@/lib/dashboard/schema";
import { formatPercentOfPlan, paceSentence } from "@/lib/progress";
import { getUiLocale } from "@/lib/i18n/server";

export default async function TargetDetailPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePermission("dashboard.read");
  const id = idParamSchema.safeParse((await params).id);
  const filters = dashboardParamsSchema.parse(await searchParams);
  if (!id.success) notFound();
  const committeeId = filters.committee ?? viewer.scopeCommitteeId;
  const dashboard = await getDashboard(viewer, committeeId, filters.term ?? null, filters.year ?? null);
  const target = dashboard?.targets.find((x) => x.id === id.data && x.indicator);
  if (!dashboard || !target) notFound();
  const locale = await getUiLocale();
  const [t, tStatus, subordinates] = await Promise.all([
    getTranslations("dashboard"), getTranslations("status"),
    getSubordinates(viewer, committeeId, dashboard.term.id, dashboard.reviewYear, target.id),
  ]);
  const { term, reviewYear } = dashboard;
  const { progress, planApplies, values } = dashboard.evaluations.get(target.id)!;
  const kind = target.kind as "ANNUAL_RATE" | "TERM_CUMULATIVE" | "LEVEL_BY_DEADLINE";
  const value = (v: number | null) => formatIndicatorValue(v, target.indicator, locale);
  const pace = planApplies ? paceSentence(progress, { unitVi: target.indicator!.unitVi, unitEn: target.indicator!.unitEn }, locale) : null;
  const status = planApplies ? progress.status : "NO_PLAN";
  const chartLabel = kind === "ANNUAL_RATE" ? t("chartAnnual", { threshold: value(target.targetValue) })
    : kind === "TERM_CUMULATIVE" ? t("chartCumulative", { plan: value(target.targetValue) }) : t("chartLevel", { target: value(target.targetValue) });
  const back = `/dashboard?${dashboardQuery({ committee: committeeId, term: term.id, year: reviewYear })}`;
  const unitRows = (subordinates ?? []).map((s) => {
    const e = s.evaluations.get(target.id)!;
    const own = e.values.find((v) => v.year === reviewYear);
    return { ...s, e, reviewValue: kind === "TERM_CUMULATIVE" ? e.progress.actual : (own?.value ?? null), completeness: own?.completeness };
  });

  return (
    <div className="space-y-6">
      <DashboardHeader dashboard={dashboard} locale={locale} action={`/dashboard/target/${target.id}`} />
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <Link href={back} className="no-print text-sm text-blue-800 underline">← {t("back")}</Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
          <h2 className="text-xl font-semibold">{target.position}. {locale === "vi" ? target.titleVi : target.titleEn}</h2>
          <StatusBadge status={status} label={tStatus(status)} />
        </div>
        <p className="mt-1 text-lg tabular-nums">
          {kind === "TERM_CUMULATIVE" && planApplies ? t("valueVsPlan", { value: formatIndicatorValue(progress.actual, target.indicator, locale, false), plan: value(progress.plan) }) : t("latest", { year: reviewYear, value: value(progress.actual) })}
          {planApplies && progress.percentOfPlan !== null && <> · {t("percentOfPlan", { percent: formatPercentOfPlan(progress.percentOfPlan, locale) })}</>}
        </p>
        {progress.forecast && planApplies && kind !== "ANNUAL_RATE" && (
          <p className="text-stone-700">{t("forecast", { value: value(progress.forecast.projectedTermEnd) })}{pace ? `. ${pace}` : ""}</p>
        )}
        <div className="mt-4">
          <TargetChart kind={kind} points={chartPoints(target, progress, term, reviewYear)} threshold={planApplies ? target.targetValue : null} thresholdLabel={value(target.targetValue)} locale={locale} label={chartLabel}
            names={{ value: kind === "TERM_CUMULATIVE" ? t("series.cumulative") : t("series.value"), reference: kind === "ANNUAL_RATE" ? t("series.threshold") : kind === "TERM_CUMULATIVE" ? t("series.plan") : t("series.path"), forecast: t("series.forecast") }} />
        </div>
        <YearTable years={progress.years.length ? progress.years : values.map((v) => ({ ...v, expected: null, met: null }))} format={value} />
      </section>
      <section aria-labelledby="units" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="units" className="mb-3 text-xl font-semibold">{t("subordinates")} ({reviewYear})</h2>
        {unitRows.length === 0 ? <p>{t("noSubordinates")}</p> : (
          <>
            <UnitBars rows={unitRows.map((u) => ({ name: locale === "en" && u.nameEn ? u.nameEn : u.name, value: u.reviewValue }))}
              threshold={kind === "ANNUAL_RATE" ? target.targetValue : null} locale={locale} label={t("subordinates")} />
            <div className="overflow-x-auto">
              <table className="mt-3 w-full text-left text-sm">
                <thead className="bg-stone-100"><tr>
                  <th scope="col" className="px-2 py-2">{t("unit")}</th>
                  <th scope="col" className="px-2 py-2 text-right">{t("value")}</th>
                  <th scope="col" className="px-2 py-2">{t("status")}</th>
                  <th scope="col" className="px-2 py-2 text-right">{t("submittedUnits")}</th>
                </tr></thead>
                <tbody>
                  {unitRows.map((u) => {
                    const s = u.e.planApplies ? u.e.progress.status : "NO_PLAN";
                    return (
                      <tr key={u.id} className="border-t border-stone-200">
                        <td className="px-2 py-2"><Link className="text-blue-800 underline" href={`/dashboard/target/${target.id}?${dashboardQuery({ committee: u.id, term: term.id, year: reviewYear })}`}>{locale === "en" && u.nameEn ? u.nameEn : u.name}</Link></td>
                        <td className="px-2 py-2 text-right tabular-nums">{value(u.reviewValue)}</td>
                        <td className="px-2 py-2"><StatusBadge status={s} label={tStatus(s)} /></td>
                        <td className="px-2 py-2 text-right tabular-nums">{u.completeness && u.completeness.expected > 0 ? `${u.completeness.reporting}/${u.completeness.expected}` : "—"}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
