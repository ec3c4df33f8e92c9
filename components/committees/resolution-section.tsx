import { getTranslations } from "next-intl/server";
import { TargetTable, type TargetRow } from "@/components/targets/target-table";
import type { CommitteeDetail } from "@/lib/committees/queries";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Resolution = CommitteeDetail["resolutions"][number];

const CATEGORIES = [
  ["TARGET", "targets"],
  ["KEY_TASK", "keyTasks"],
  ["BREAKTHROUGH", "breakthroughs"],
] as const;

/** One term's resolution: its targets, key tasks and breakthroughs, each in the resolution's own order. */
export async function ResolutionSection({ resolution, locale }: { resolution: Resolution; locale: Locale }) {
  const [t, tTargets, tKind, tAssessment] = await Promise.all([
    getTranslations("committees"),
    getTranslations("targets"),
    getTranslations("targetKind"),
    getTranslations("assessment"),
  ]);
  const kinds = Object.fromEntries(["ANNUAL_RATE", "TERM_CUMULATIVE", "LEVEL_BY_DEADLINE", "QUALITATIVE"].map((k) => [k, tKind(k)]));
  const assessments = Object.fromEntries(["ACHIEVED", "ON_TRACK", "AT_RISK", "NOT_ACHIEVED"].map((k) => [k, tAssessment(k)]));
  const rows = (category: string): TargetRow[] =>
    resolution.targets
      .filter((x) => x.category === category)
      .map((x) => ({
        id: x.id, position: x.position, kind: x.kind, titleVi: x.titleVi, titleEn: x.titleEn, comparator: x.comparator,
        targetValue: x.targetValue === null ? null : Number(x.targetValue), deadlineYear: x.deadlineYear,
        unitVi: x.indicator?.unitVi ?? null, unitEn: x.indicator?.unitEn ?? null,
        assessment: x.assessments[0]?.result ?? null,
      }));

  return (
    <article className="mb-6 border-t border-stone-200 pt-4 first:border-t-0 first:pt-0">
      <h3 className="text-lg font-semibold">
        {t("term", { name: resolution.term.name })}
        {resolution.term.isCurrent && <span className="ml-2 rounded bg-red-50 px-2 py-0.5 text-sm font-normal text-party">{t("currentTerm")}</span>}
      </h3>
      <p className="text-stone-700">{resolution.title}</p>
      {resolution.number && resolution.adoptedOn && (
        <p className="text-sm text-stone-500">{t("adopted", { number: resolution.number, date: formatDate(resolution.adoptedOn, locale) })}</p>
      )}
      {CATEGORIES.map(([category, key]) => {
        const list = rows(category);
        if (list.length === 0) return null;
        return (
          <TargetTable
            key={category}
            rows={list}
            locale={locale}
            qualitative={category !== "TARGET"}
            labels={{
              caption: `${tTargets(key)} (${list.length})`, number: tTargets("number"), title: tTargets("title"),
              kind: tTargets("kind"), plan: tTargets("plan"), deadline: tTargets("deadline"),
              assessment: tTargets("assessment"), notAssessed: tTargets("notAssessed"), kinds, assessments,
            }}
          />
        );
      })}
    </article>
  );
}
