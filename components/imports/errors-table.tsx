import { DataTable } from "@/components/ui/data-table";

/** An import's findings: row (— for the whole file), column as the file names it, message. */
export function ImportErrorsTable({ errors, labels }: { errors: { row: number; column: string; message: string }[]; labels: { row: string; column: string; message: string } }) {
  return (
    <DataTable containerClassName="max-h-[28rem] overflow-auto rounded border border-stone-200" headClassName="sticky top-0 bg-stone-100"
      density="compact" rows={errors} rowKey={(_, i) => i} rowClassName="align-top" columns={[
        { key: "row", header: labels.row, cellClassName: "tabular-nums", cell: (e) => e.row || "—" },
        { key: "column", header: labels.column, cellClassName: "font-mono text-xs", cell: (e) => e.column || "—" },
        { key: "message", header: labels.message, cell: (e) => e.message },
      ]} />
  );
}
