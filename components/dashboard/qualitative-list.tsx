import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboard/queries";
import type { TargetDef } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { StatusBadge } from "./progress-status-badge";
import { targetTitle } from "@/lib/targets/title";

/** Key tasks and breakthroughs with the latest assessment up to the review year and its note. */
export async function QualitativeList({ dashboard, tasks, locale }: { dashboard: Dashboard; tasks: TargetDef[]; locale: Locale }) {
  const [t, tStatus, tResolutions] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard" }), getTranslations({ locale, namespace: "status" }), getTranslations({ locale, namespace: "resolutions" }),
  ]);
  return (
    <section aria-labelledby="qualitative" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="qualitative" className="mb-3 text-xl font-semibold">{t("qualitative")}</h2>
      <ul className="divide-y divide-stone-200">
        {tasks.map((task) => {
          const { progress } = dashboard.evaluations.get(task.id)!;
          const assessment = task.assessments.filter((a) => a.year <= dashboard.reviewYear).sort((a, b) => b.year - a.year)[0];
          return (
            <li key={task.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
              <div>
                <p className="font-medium">
                  <span className="mr-1 text-sm text-stone-500">{tResolutions(`categories.${task.category}`)} {task.position}:</span>
                  {targetTitle(task, locale)}
                </p>
                {dashboard.ownResolution && assessment && <p className="text-sm text-stone-600">{assessment.year}: {assessment.note}</p>}
              </div>
              <StatusBadge status={progress.status} label={tStatus(progress.status)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
