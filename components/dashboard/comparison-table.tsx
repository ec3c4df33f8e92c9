import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Evaluation } from "@/lib/dashboard/evaluate";
import { formatIndicatorValue } from "@/lib/dashboard/format";
import type { Dashboard } from "@/lib/dashboard/queries";
import { statusText } from "@/lib/dashboard/reading";
import { dashboardQuery } from "@/lib/dashboard/schema";
import type { TargetDef } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { STATUS_CELL } from "./progress-status-badge";
import type { Subordinate } from "./subordinate-table";
import { targetTitle } from "@/lib/targets/title";

/**
 * Units × targets, each cell coloured by status and linking to the unit's target page; a target's header sorts the
 * units by it (again: the other way round).
 */
export async function ComparisonTable({ dashboard, targets, units, sort, locale }: {
  dashboard: Dashboard;
  targets: TargetDef[];
  units: Subordinate[];
  sort: { targetId: number | null; dir: "asc" | "desc" };
  locale: Locale;
}) {
  const t = await getTranslations("dashboard");
  const { term, reviewYear } = dashboard;
  const query = (committee: number) => dashboardQuery({ committee, term: term.id, year: reviewYear });
  const sortHref = (id: number) => `/dashboard/compare?${query(dashboard.committee.id)}&sort=${id}&dir=${sort.targetId === id && sort.dir !== "desc" ? "desc" : "asc"}`;
  const status = (u: Subordinate, x: TargetDef) => {
    const e = u.evaluations.get(x.id)!;
    return e.planApplies ? e.progress.status : "NO_PLAN";
  };
  // The judged value: a stock's year still being reported is set aside here as on the card.
  const shown = ({ progress }: Evaluation, x: TargetDef) => {
    const value = formatIndicatorValue(progress.actual, x.indicator, locale);
    return progress.judgedYear != null && progress.judgedYear !== reviewYear && x.kind !== "TERM_CUMULATIVE" ? `${value} (${progress.judgedYear})` : value;
  };
  return (
    <DataTable className="border-separate border-spacing-0.5" headClassName="" empty={t("noSubordinates")} rows={units} rowKey={(u) => u.id} columns={[
      { key: "unit", header: t("unit"), rowHeader: true, className: "sticky left-0 min-w-44 bg-white", cellClassName: "font-medium", cell: (u) => (
        <Link className="text-blue-800 underline" href={`/dashboard?${query(u.id)}`}>{locale === "en" && u.nameEn ? u.nameEn : u.name}</Link>
      ) },
      ...targets.map((x) => ({
        key: String(x.id),
        headerClassName: "min-w-28 align-bottom font-semibold",
        sort: sort.targetId === x.id ? (sort.dir === "desc" ? "descending" as const : "ascending" as const) : undefined,
        header: (
          <Link href={sortHref(x.id)} className="text-blue-800 underline" title={targetTitle(x, locale)}>
            {x.position}. {(locale === "vi" ? x.indicator!.nameVi : x.indicator!.nameEn)}
          </Link>
        ),
        cellClassName: (u: Subordinate) => `tabular-nums ${STATUS_CELL[status(u, x)]}`,
        cell: (u: Subordinate) => {
          const evaluation = u.evaluations.get(x.id)!;
          const partial = evaluation.progress.provisional;
          return (
            <Link href={`/dashboard/target/${x.id}?${query(u.id)}`} className="block">
              <span className="block">{shown(evaluation, x)}</span>
              <span className="block text-xs">{statusText(evaluation, locale)}</span>
              {partial && <span className="block text-xs italic">{t(partial.coverage.expected === 1 ? "notSubmitted" : "provisionalShort", { ...partial.coverage })}</span>}
            </Link>
          );
        },
      })),
    ]} />
  );
}
