// The approvers' follow-up list of figures far from last year's, each with the unit's explanation.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { YearChange } from "@/lib/figures/year-change";

export async function YearChangeTable({ rows, year, locale }: { rows: YearChange[]; year: number; locale: Locale }) {
  const t = await getTranslations("figures");
  const n = (v: string) => formatNumber(Number(v), locale, 4);
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm">
      <h2 className="text-xl font-semibold">{t("yearChangeTitle", { year })}</h2>
      <p className="mb-3 text-stone-600">{t("yearChangeIntro")}</p>
      <DataTable empty={t("yearChangeEmpty")} caption={t("yearChangeTitle", { year })} captionClassName="sr-only" rows={rows}
        rowKey={(r) => `${r.committeeId}-${r.elementId}`} columns={[
          { key: "unit", header: t("unit"), cell: (r) => (
            <Link href={`/figures?committee=${r.committeeId}&year=${year}`} className="text-blue-800 underline">{locale === "en" && r.nameEn ? r.nameEn : r.name}</Link>) },
          { key: "element", header: t("yearChangeElement"), cell: (r) => (locale === "en" ? r.elementEn : r.elementVi) },
          { key: "previous", header: t("yearChangePrevious", { year: String(year - 1) }), cellClassName: "tabular-nums text-right", cell: (r) => n(r.previous) },
          { key: "value", header: t("yearChangeValue", { year: String(year) }), cellClassName: "tabular-nums text-right", cell: (r) => n(r.value) },
          { key: "change", header: t("yearChangeChange"), cellClassName: "tabular-nums text-right", cell: (r) => `${Number(r.changePercent) > 0 ? "+" : ""}${n(r.changePercent)}% (±${n(r.maxPercent)}%)` },
          { key: "note", header: t("yearChangeNote"), cell: (r) => r.note ?? "—" },
        ]} />
    </section>
  );
}
