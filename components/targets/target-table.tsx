import { describePlan } from "@/lib/targets/plan";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/locales";
import { targetTitle } from "@/lib/targets/title";

export interface TargetRow {
  id: number;
  position: number;
  kind: string;
  titleVi: string;
  titleEn: string;
  comparator: "GTE" | "LTE";
  targetValue: number | null;
  deadlineYear: number | null;
  unitVi: string | null;
  unitEn: string | null;
  assessment: string | null;
}

export interface TargetTableLabels {
  caption: string;
  number: string;
  title: string;
  kind: string;
  plan: string;
  deadline: string;
  assessment: string;
  notAssessed: string;
  kinds: Record<string, string>;
  assessments: Record<string, string>;
}

export function TargetTable({ rows, locale, labels, qualitative }: {
  rows: TargetRow[];
  locale: Locale;
  labels: TargetTableLabels;
  qualitative: boolean;
}) {
  const columns: Column<TargetRow>[] = [
    { key: "number", header: labels.number, headerClassName: "w-12", cellClassName: "tabular-nums", cell: (r) => r.position },
    { key: "title", header: labels.title, cell: (r) => targetTitle(r, locale) },
    ...(qualitative ? [
      { key: "assessment", header: labels.assessment, cell: (r: TargetRow) => (r.assessment ? labels.assessments[r.assessment] : labels.notAssessed) },
    ] : [
      { key: "kind", header: labels.kind, cell: (r: TargetRow) => labels.kinds[r.kind] },
      { key: "plan", header: labels.plan, numeric: true, cellClassName: "whitespace-nowrap", cell: (r: TargetRow) => describePlan(r, locale) },
      { key: "deadline", header: labels.deadline, numeric: true, cell: (r: TargetRow) => r.deadlineYear ?? "—" },
    ]),
  ];
  return (
    <DataTable caption={labels.caption} className="border-collapse" headClassName="bg-stone-100 text-stone-700" rowClassName="align-top"
      rows={rows} rowKey={(r) => r.id} columns={columns} />
  );
}
