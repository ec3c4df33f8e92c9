import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Sparkline } from "@/components/charts/sparkline";
import { CACHE_LIFE, committeeTag } from "@/lib/cache/expiry";
import { formatIndicatorValue } from "@/lib/dashboard/format";
import { getDashboard } from "@/lib/dashboard/queries";
import { readTarget } from "@/lib/dashboard/reading";
import { dashboardQuery } from "@/lib/dashboard/schema";
import type { Locale } from "@/lib/i18n/locales";
import { StatusBadge } from "./progress-status-badge";
import { TargetReadingLines } from "./target-reading";
import { targetTitle } from "@/lib/targets/title";

interface Props {
  committeeId: number;
  termId: number;
  year: number;
  targetId: number;
  locale: Locale;
}

/**
 * One target's card: status in colour and words, value vs plan or target, attainment, path, trend, completeness.
 * The same for everyone allowed to see the committee, so rendered once and kept (lib/cache/expiry.ts has the rule):
 * it is only reached after the page's scope check, and it reads the committee as its own scope, never the viewer.
 */
export async function TargetCard({ committeeId, termId, year, targetId, locale }: Props) {
  "use cache";
  cacheLife(CACHE_LIFE);
  cacheTag(committeeTag(committeeId));
  const [dashboard, t] = await Promise.all([
    getDashboard({ scopeCommitteeId: committeeId }, committeeId, termId, year),
    getTranslations({ locale, namespace: "dashboard" }),
  ]);
  const target = dashboard?.targets.find((x) => x.id === targetId);
  const evaluation = dashboard?.evaluations.get(targetId);
  if (!dashboard || !target || !evaluation) throw new Error(`target ${targetId} missing from the dashboard`);
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
