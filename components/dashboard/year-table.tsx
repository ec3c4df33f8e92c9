import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/locales";
import type { YearResult } from "@/lib/progress";

/** The target's years: value, what was expected, met or not, and how many units' data stand behind it. */
export async function YearTable({ id, years, format, formatExpected = format, locale }: {
  /** The table's id, for the chart that draws the same years. */
  id?: string;
  years: YearResult[];
  format: (v: number | null) => string;
  /** What a year asks for: whole people rounded up (see formatRequiredValue). */
  formatExpected?: (v: number | null) => string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "dashboard" });
  return (
    <DataTable id={id} caption={t("byYear")} containerClassName="mt-4 overflow-x-auto" rows={years} rowKey={(y) => y.year} columns={[
      { key: "year", header: t("yearColumn"), rowHeader: true, cellClassName: "font-normal", cell: (y) => y.year },
      { key: "value", header: t("value"), numeric: true, cell: (y) => format(y.value) },
      { key: "expected", header: t("expected"), numeric: true, cell: (y) => formatExpected(y.expected) },
      { key: "met", header: t("met"), cell: (y) => (y.met === null ? "—" : y.met ? t("yes") : <strong className="text-red-800">{t("no")}</strong>) },
      { key: "units", header: t("submittedUnits"), numeric: true, cell: (y) => unitsReporting(y.completeness) },
    ]} />
  );
}

/** "12/17" units reporting, or a dash where no unit is expected to report. */
export function unitsReporting(c: { reporting: number; expected: number } | null | undefined): string {
  return c && c.expected > 0 ? `${c.reporting}/${c.expected}` : "—";
}
