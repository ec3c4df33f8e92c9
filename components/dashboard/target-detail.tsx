import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TargetChart } from "@/components/charts/target-chart";
import { chartPoints } from "@/lib/dashboard/chart-data";
import { formatIndicatorValue, formatRequiredValue } from "@/lib/dashboard/format";
import type { Dashboard } from "@/lib/dashboard/queries";
import type { TargetDef } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { readTarget } from "@/lib/dashboard/reading";
import { paceSentence } from "@/lib/progress";
import { StatusBadge } from "./progress-status-badge";
import { TargetReadingLines } from "./target-reading";
import { YearTable } from "./year-table";
import { targetTitle } from "@/lib/targets/title";

/** One measured target at one committee: where it stands, its forecast, its chart and its years. */
export async function TargetDetail({ dashboard, target, locale, back }: { dashboard: Dashboard; target: TargetDef; locale: Locale; back: string }) {
  const t = await getTranslations({ locale, namespace: "dashboard" });
  const { term, reviewYear } = dashboard;
  const evaluation = dashboard.evaluations.get(target.id)!;
  const { progress, planApplies, values } = evaluation;
  const reading = readTarget(target, evaluation, locale, reviewYear, term.endYear);
  const kind = target.kind as "ANNUAL_RATE" | "TERM_CUMULATIVE" | "LEVEL_BY_DEADLINE";
  const value = (v: number | null) => formatIndicatorValue(v, target.indicator, locale);
  const pace = planApplies ? paceSentence(progress, { unitVi: target.indicator!.unitVi, unitEn: target.indicator!.unitEn }, locale) : null;
  const status = planApplies ? progress.status : "NO_PLAN";
  const chartLabel = kind === "ANNUAL_RATE" ? t("chartAnnual", { threshold: value(target.targetValue) })
    : kind === "TERM_CUMULATIVE" ? t("chartCumulative", { plan: value(target.targetValue) }) : t("chartLevel", { target: value(target.targetValue) });
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm">
      <Link href={back} className="no-print text-sm text-blue-800 underline">← {t("back")}</Link>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
        <h2 className="text-xl font-semibold">{target.position}. {targetTitle(target, locale)}</h2>
        <StatusBadge status={status} label={reading.status} />
      </div>
      <TargetReadingLines reading={reading} size="page" />
      {progress.forecast && planApplies && kind !== "ANNUAL_RATE" && (
        <p className="text-stone-700">{t("forecast", { value: value(progress.forecast.projectedTermEnd) })}{pace ? `. ${pace}` : ""}</p>
      )}
      <div className="mt-4">
        <TargetChart kind={kind} points={chartPoints(target, progress, term, reviewYear)} threshold={planApplies ? target.targetValue : null} thresholdLabel={value(target.targetValue)} locale={locale} label={chartLabel} describedBy={`target-${target.id}-years`}
          names={{ value: kind === "TERM_CUMULATIVE" ? t("series.cumulative") : t("series.value"), reference: kind === "ANNUAL_RATE" ? t("series.threshold") : kind === "TERM_CUMULATIVE" ? t("series.plan") : t("series.path"), forecast: t("series.forecast") }} />
      </div>
      <YearTable id={`target-${target.id}-years`} years={progress.years.length ? progress.years : values.map((v) => ({ ...v, expected: null, met: null }))} format={value} locale={locale}
        formatExpected={(v) => formatRequiredValue(v, target.indicator, locale, target.comparator)} />
    </section>
  );
}
