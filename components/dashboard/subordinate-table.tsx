import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UnitBars } from "@/components/charts/unit-bars";
import { DataTable } from "@/components/ui/data-table";
import { formatIndicatorValue } from "@/lib/dashboard/format";
import type { Dashboard, getSubordinates } from "@/lib/dashboard/queries";
import { dashboardQuery } from "@/lib/dashboard/schema";
import type { TargetDef } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { StatusBadge, type BadgeStatus } from "./progress-status-badge";
import { unitsReporting } from "./year-table";

export type Subordinate = NonNullable<Awaited<ReturnType<typeof getSubordinates>>>[number];

/** One target at each direct subordinate unit in the review year: bars, then a table linking to each unit's page. */
export async function SubordinateTable({ dashboard, target, units, locale }: { dashboard: Dashboard; target: TargetDef; units: Subordinate[]; locale: Locale }) {
  const [t, tStatus] = await Promise.all([getTranslations({ locale, namespace: "dashboard" }), getTranslations({ locale, namespace: "status" })]);
  const { term, reviewYear } = dashboard;
  const value = (v: number | null) => formatIndicatorValue(v, target.indicator, locale);
  const name = (u: Subordinate) => (locale === "en" && u.nameEn ? u.nameEn : u.name);
  const rows = units.map((u) => {
    const e = u.evaluations.get(target.id)!;
    const own = e.values.find((v) => v.year === reviewYear);
    const status: BadgeStatus = e.planApplies ? e.progress.status : "NO_PLAN";
    return { ...u, status, reviewValue: target.kind === "TERM_CUMULATIVE" ? e.progress.actual : (own?.value ?? null), completeness: own?.completeness };
  });
  return (
    <section aria-labelledby="units" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="units" className="mb-3 text-xl font-semibold">{t("subordinates")} ({reviewYear})</h2>
      {rows.length > 0 && (
        <UnitBars rows={rows.map((u) => ({ name: name(u), value: u.reviewValue }))}
          threshold={target.kind === "ANNUAL_RATE" ? target.targetValue : null} locale={locale} label={t("subordinates")} describedBy="units-table" />
      )}
      <DataTable id="units-table" className="mt-3" empty={t("noSubordinates")} rows={rows} rowKey={(u) => u.id} columns={[
        { key: "unit", header: t("unit"), cell: (u) => (
          <Link className="text-blue-800 underline" href={`/dashboard/target/${target.id}?${dashboardQuery({ committee: u.id, term: term.id, year: reviewYear })}`}>{name(u)}</Link>
        ) },
        { key: "value", header: t("value"), numeric: true, cell: (u) => value(u.reviewValue) },
        { key: "status", header: t("status"), cell: (u) => <StatusBadge status={u.status} label={tStatus(u.status)} /> },
        { key: "units", header: t("submittedUnits"), numeric: true, cell: (u) => unitsReporting(u.completeness) },
      ]} />
    </section>
  );
}
