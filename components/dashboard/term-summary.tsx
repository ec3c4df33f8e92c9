import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboard/queries";
import type { TargetDef } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { summarizeTargets, summarySentence } from "@/lib/progress";

/** The sentence every review carries ("achieved and exceeded 6 of 10 targets…"), or whose resolution applies here. */
export async function TermSummary({ dashboard, targets, locale }: { dashboard: Dashboard; targets: TargetDef[]; locale: Locale }) {
  const t = await getTranslations("dashboard");
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
    </section>
  );
}
