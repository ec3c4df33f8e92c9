import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { AuditRow } from "@/lib/audit/queries";
import { auditSentence, type AuditNames } from "@/lib/audit/sentence";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Json = Record<string, unknown> | null;

/** Audit events, each as a sentence of what happened ("Sửa Tổng số đảng viên năm 2026: 45 → 46"). */
export async function AuditTable({ rows, names, locale }: { rows: AuditRow[]; names: AuditNames; locale: Locale }) {
  const t = await getTranslations("audit");
  return (
    <DataTable empty={t("empty")} caption={t("shown", { count: rows.length })} captionClassName="py-2 text-left text-stone-600"
      rows={rows} rowKey={(row) => row.id} rowClassName="align-top" density="compact" columns={[
        { key: "at", header: t("at"), cellClassName: "whitespace-nowrap tabular-nums", cell: (row) => formatDateTime(row.at, locale) },
        { key: "who", header: t("who"), cell: (row) => row.actor ?? t("system") },
        { key: "unit", header: t("unit"), cell: (row) => (row.committeeName ? (
          <>{row.committeeName}{row.committeeParentName && <div className="text-sm text-stone-500">{row.committeeParentName}</div>}</>
        ) : "—") },
        { key: "details", header: t("details"), cell: (row) => auditSentence({ ...row, before: row.before as Json, after: row.after as Json }, locale, names) },
      ]} />
  );
}
