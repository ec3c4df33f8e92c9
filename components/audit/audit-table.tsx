import { getTranslations } from "next-intl/server";
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
  if (rows.length === 0) return <p className="text-stone-600">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="py-2 text-left text-stone-600">{t("shown", { count: rows.length })}</caption>
        <thead className="bg-stone-100">
          <tr>
            {(["at", "who", "action", "unit", "subject", "before", "after"] as const).map((k) => (
              <th key={k} scope="col" className="px-2 py-2">{t(k)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-stone-200 align-top">
              <td className="whitespace-nowrap px-2 py-1.5 tabular-nums">{formatDateTime(row.at, locale)}</td>
              <td className="px-2 py-1.5">{row.actor ?? t("system")}</td>
              <td className="px-2 py-1.5">{label(row.action)}</td>
              <td className="px-2 py-1.5">{row.committeeName ?? "—"}</td>
              <td className="px-2 py-1.5">{subject(row)}</td>
              <td className="px-2 py-1.5 tabular-nums">{describe(row, row.before as Json)}</td>
              <td className="px-2 py-1.5 tabular-nums">{describe(row, row.after as Json)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
