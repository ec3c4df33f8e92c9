// A parent's overdue units: sortable by the column headers' links (the sort lives in the URL), with the CSV link.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { OverdueSort, OverdueUnit } from "@/lib/calendar/overdue";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { StatusBadge } from "./year-status-badge";

export async function OverdueTable({ rows, committeeId, year, sort, locale }: { rows: OverdueUnit[]; committeeId: number; year: number; sort: OverdueSort; locale: Locale }) {
  const t = await getTranslations("overdue");
  const tf = await getTranslations("figures");
  const query = `committee=${committeeId}&year=${year}`;
  const header = (key: OverdueSort, label: string) => (
    <Link href={`/figures/overdue?${query}&sort=${key}`} aria-current={sort === key ? "true" : undefined}
      className={`underline-offset-2 hover:underline ${sort === key ? "font-bold" : ""}`}>{label}{sort === key ? " ▼" : ""}</Link>
  );
  return (
    <section className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
      <p className="font-medium">{t("count", { count: rows.length })}</p>
      <DataTable rows={rows} rowKey={(r) => r.unit.id} empty={t("none")} columns={[
        { key: "unit", header: header("unit", t("unit")), cell: (r) => (
          <Link href={`/figures?committee=${r.unit.id}&year=${year}`} className="text-blue-800 underline-offset-2 hover:underline">
            {locale === "en" && r.unit.nameEn ? r.unit.nameEn : r.unit.name}
          </Link>
        ) },
        { key: "status", header: header("status", t("status")), cell: (r) => <StatusBadge status={r.unit.status} label={tf(`status.${r.unit.status}`)} /> },
        { key: "missed", header: t("missed"), cellClassName: "tabular-nums", cell: (r) => formatDate(new Date(`${r.missed}T00:00:00Z`), locale) },
        { key: "late", header: header("late", t("daysLate")), cellClassName: "tabular-nums font-semibold text-red-800", cell: (r) => t("days", { count: r.daysLate }) },
      ]} />
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <a href={`/api/figures/overdue?${query}&sort=${sort}`} className="font-medium text-red-800 underline underline-offset-2">{t("download")}</a>
        <a href={`/api/figures/overdue?${query}&sort=${sort}&format=xlsx`} className="font-medium text-red-800 underline underline-offset-2">{t("downloadXlsx")}</a>
      </p>
    </section>
  );
}
