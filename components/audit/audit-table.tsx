import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { AuditRow } from "@/lib/audit/queries";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Json = Record<string, unknown> | null;

/** Audit events with what they changed: a figure's value (and note), a year's status (and comment), an account's fields. */
export async function AuditTable({ rows, names, locale }: { rows: AuditRow[]; names: Record<string, string>; locale: Locale }) {
  const [t, tFigures] = await Promise.all([getTranslations("audit"), getTranslations("figures")]);
  const describe = (row: AuditRow, side: Json): string => {
    if (!side) return "—";
    if (row.entityType === "Figure") {
      const value = side.value === null || side.value === undefined ? tFigures("empty") : formatNumber(Number(side.value), locale, 4);
      return side.note ? `${value} — “${String(side.note)}”` : value;
    }
    if (row.entityType === "FigureYear") {
      const status = tFigures.has(`status.${String(side.status)}`) ? tFigures(`status.${String(side.status)}`) : String(side.status ?? "—");
      return side.comment ? `${status} — “${String(side.comment)}”` : status;
    }
    return Object.entries(side).map(([k, v]) => `${k}: ${String(v)}`).join("; ");
  };
  const subject = (row: AuditRow): string => {
    const [, second, third] = row.entityId.split(":");
    if (row.entityType === "Figure") return t("figureSubject", { element: names[second ?? ""] ?? second ?? "", year: third ?? "" });
    if (row.entityType === "FigureYear") return t("yearSubject", { year: second ?? "" });
    if (row.entityType === "FigureImport") return t("importSubject", { file: String((row.after as Json)?.source ?? "—") });
    return t("accountSubject", { id: row.entityId });
  };
  const label = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const cell = (key: string, render: (row: AuditRow) => string, cellClassName?: string) => ({ key, header: t(key), cell: render, cellClassName });
  return (
    <DataTable empty={t("empty")} caption={t("shown", { count: rows.length })} captionClassName="py-2 text-left text-stone-600"
      rows={rows} rowKey={(row) => row.id} rowClassName="align-top" density="compact" columns={[
        cell("at", (row) => formatDateTime(row.at, locale), "whitespace-nowrap tabular-nums"),
        cell("who", (row) => row.actor ?? t("system")),
        cell("action", (row) => label(row.action)),
        cell("unit", (row) => row.committeeName ?? "—"),
        cell("subject", subject),
        cell("before", (row) => describe(row, row.before as Json), "tabular-nums"),
        cell("after", (row) => describe(row, row.after as Json), "tabular-nums"),
      ]} />
  );
}
