import { describePlan } from "@/lib/targets/plan";
import type { Locale } from "@/lib/i18n/locales";

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
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="py-2 text-left font-semibold">{labels.caption}</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="w-12 px-2 py-2">{labels.number}</th>
            <th scope="col" className="px-2 py-2">{labels.title}</th>
            {qualitative ? (
              <th scope="col" className="px-2 py-2">{labels.assessment}</th>
            ) : (
              <>
                <th scope="col" className="px-2 py-2">{labels.kind}</th>
                <th scope="col" className="px-2 py-2 text-right">{labels.plan}</th>
                <th scope="col" className="px-2 py-2 text-right">{labels.deadline}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-stone-200 align-top">
              <td className="px-2 py-2 tabular-nums">{r.position}</td>
              <td className="px-2 py-2">{locale === "vi" ? r.titleVi : r.titleEn}</td>
              {qualitative ? (
                <td className="px-2 py-2">{r.assessment ? labels.assessments[r.assessment] : labels.notAssessed}</td>
              ) : (
                <>
                  <td className="px-2 py-2">{labels.kinds[r.kind]}</td>
                  <td className="px-2 py-2 text-right tabular-nums whitespace-nowrap">{describePlan(r, locale)}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{r.deadlineYear ?? "—"}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
