import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { EntryForm } from "@/lib/figures/queries";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/**
 * What a committee's units enter (its cells' members), shown on its own form as their total with how many units
 * have submitted: read-only, so the committee never types a copy of it that the rollup would count twice.
 */
export async function UnitsTotals({ rows, locale }: { rows: EntryForm["fromUnits"]; locale: Locale }) {
  if (rows.length === 0) return null;
  const t = await getTranslations("figures");
  return (
    <section aria-labelledby="from-units" className="rounded-lg border border-stone-200 bg-stone-50 p-4">
      <h2 id="from-units" className="text-lg font-semibold">{t("fromUnitsTitle")}</h2>
      <p className="mb-2 text-sm text-stone-600">{t("fromUnitsIntro")}</p>
      <DataTable rows={rows} rowKey={(r) => r.element.id} density="compact" captionClassName="sr-only" caption={t("fromUnitsTitle")} columns={[
        { key: "element", header: t("fromUnitsElement"), rowHeader: true, cell: (r) => (
          <>
            {/* The printed form's headings say what a row such as "- Sinh viên" counts. */}
            {r.element.headings?.map((h) => <span key={h} className="block text-sm font-normal text-stone-600">{h}</span>)}
            {r.element.name}
          </>
        ) },
        { key: "total", header: t("fromUnitsTotal"), numeric: true, cell: (r) => (r.value === null ? t("fromUnitsNone") : `${formatNumber(Number(r.value), locale, 4)} ${r.element.unit}`) },
        { key: "coverage", header: t("fromUnitsSubmitted"), numeric: true, cellClassName: "text-stone-600",
          cell: (r) => t("fromUnitsCoverage", { submitted: r.submitted, expected: r.expected }) },
      ]} />
    </section>
  );
}
