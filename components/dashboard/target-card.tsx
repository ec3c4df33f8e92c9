import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Sparkline } from "@/components/charts/sparkline";
import { formatIndicatorValue } from "@/lib/dashboard/format";
import type { Dashboard } from "@/lib/dashboard/queries";
import { readTarget } from "@/lib/dashboard/reading";
import { dashboardQuery } from "@/lib/dashboard/schema";
import type { TargetDef } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { StatusBadge } from "./progress-status-badge";
import { TargetReadingLines } from "./target-reading";
import { targetTitle } from "@/lib/targets/title";

/**
 * One target's card: status in colour and words, value vs plan or target, attainment, path, trend, completeness.
 * Rendered inside the dashboard's cached body (dashboard-body.tsx), so it reads nothing of the viewer.
 */
export async function TargetCard({ dashboard, target, locale }: { dashboard: Dashboard; target: TargetDef; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "dashboard" });
  const evaluation = dashboard.evaluations.get(target.id);
  if (!evaluation) throw new Error(`target ${target.id} missing from the dashboard`);
  const committeeId = dashboard.committee.id;
  const termId = dashboard.term.id;
  const { progress, planApplies, values } = evaluation;
  const status = planApplies ? progress.status : "NO_PLAN";
  const indicator = target.indicator;
  const reviewValue = values.find((v) => v.year === dashboard.reviewYear);
  const title = targetTitle(target, locale);
  const value = (v: number | null) => formatIndicatorValue(v, indicator, locale);
  const reading = readTarget(target, evaluation, locale, dashboard.reviewYear, dashboard.term.endYear);

  return (
    <article className="flex h-full flex-col gap-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200 break-inside-avoid" aria-labelledby={`target-${target.id}`}>
      <div className="flex items-start justify-between gap-2">
        <h3 id={`target-${target.id}`} className="font-semibold leading-snug">
          <span className="mr-1 text-stone-500">{target.position}.</span>{title}
        </h3>
        <StatusBadge status={status} label={reading.status} />
      </div>
      <TargetReadingLines reading={reading} />
      {indicator && (
        <Sparkline
          // A stock's year still being reported is not drawn as a fall (it is in words beside the status).
          values={values.filter((v) => v.year <= dashboard.reviewYear && !(progress.provisional?.setAside && v.year === progress.provisional.year)).map((v) => v.value)}
          reference={target.kind === "ANNUAL_RATE" && planApplies ? target.targetValue : null}
          label={values.map((v) => `${v.year}: ${value(v.value)}`).join("; ")}
        />
      )}
      <div className="mt-auto flex items-center justify-between text-sm text-stone-600">
        <span>
          {reviewValue?.completeness && reviewValue.completeness.expected > 0
            ? t("completenessShort", { ...reviewValue.completeness })
            : ""}
        </span>
        {indicator && (
          <Link className="no-print text-blue-800 underline" href={`/dashboard/target/${target.id}?${dashboardQuery({ committee: committeeId, term: termId, year: dashboard.reviewYear })}`}>
            {t("detail")}<span className="sr-only">: {title}</span>
          </Link>
        )}
      </div>
    </article>
  );
}
