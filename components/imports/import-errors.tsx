"use client";
// The findings of an import check: how many, then each with its row, column and message (the first shown of them).
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";

export function ImportErrors({ title, errors, errorCount }: { title: string; errors: { row: number; column: string; message: string }[]; errorCount: number }) {
  const t = useTranslations("imports");
  return (
    <div className="space-y-2">
      <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">{title}</p>
      <DataTable containerClassName="max-h-[28rem] overflow-auto rounded border border-stone-200" headClassName="sticky top-0 bg-stone-100"
        density="compact" rows={errors} rowKey={(_, i) => i} rowClassName="align-top" columns={[
          { key: "row", header: t("row"), cellClassName: "tabular-nums", cell: (e) => e.row || "—" },
          { key: "column", header: t("column"), cellClassName: "font-mono text-xs", cell: (e) => e.column || "—" },
          { key: "message", header: t("message"), cell: (e) => e.message },
        ]} />
      {errorCount > errors.length && <p>{t("moreErrors", { count: errorCount - errors.length })}</p>}
    </div>
  );
}
