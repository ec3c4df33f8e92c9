import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboard/queries";
import type { TargetDef } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { AT_RISK_MAX_GAP, ON_TRACK_MAX_GAP, summarizeTargets, summarySentence } from "@/lib/progress";

const LEGEND = ["EXCEEDED", "ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ACHIEVED", "NO_DATA", "provisional"] as const;

/** The sentence every review carries ("achieved and exceeded 6 of 10 targets…"), or whose resolution applies here. */
export async function TermSummary({ dashboard, targets, locale }: { dashboard: Dashboard; targets: TargetDef[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "dashboard" });
  const { resolution, ownResolution, reviewYear } = dashboard;
  if (!resolution) return null;
  const summary = summarizeTargets(targets.map((x) => dashboard.evaluations.get(x.id)!.progress));
  return (
    <section aria-labelledby="summary" className="rounded-lg border-l-4 border-party bg-white p-5 shadow-sm">
      <h2 id="summary" className="text-sm font-semibold uppercase tracking-wide text-stone-500">{t("summaryTitle", { year: reviewYear })}</h2>
      <p className="mt-1 text-stone-600">{t("resolutionOf", { title: resolution.title })}</p>
      {ownResolution ? (
        <p className="mt-2 text-xl font-semibold" data-testid="summary-sentence">{summarySentence(summary, locale)}</p>
      ) : (
        <p className="mt-2 text-stone-700">{t("inheritedResolution", { committee: locale === "en" && resolution.committee.nameEn ? resolution.committee.nameEn : resolution.committee.name })}</p>
      )}
      <details className="no-print mt-3 text-sm text-stone-700">
        <summary className="cursor-pointer text-blue-800 underline">{t("statusLegend")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {LEGEND.map((key) => <li key={key}>{t(`statusMeaning.${key}`, { onTrack: ON_TRACK_MAX_GAP, atRisk: AT_RISK_MAX_GAP })}</li>)}
        </ul>
      </details>
    </section>
  );
}
