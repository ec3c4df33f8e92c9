import { getTranslations } from "next-intl/server";
import type { YearResult } from "@/lib/progress";

/** The target's years: value, what was expected, met or not, and how many units' data stand behind it. */
export async function YearTable({ years, format }: { years: YearResult[]; format: (v: number | null) => string }) {
  const t = await getTranslations("dashboard");
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="py-2 text-left font-semibold">{t("byYear")}</caption>
        <thead className="bg-stone-100"><tr>
          <th scope="col" className="px-2 py-2">{t("yearColumn")}</th>
          <th scope="col" className="px-2 py-2 text-right">{t("value")}</th>
          <th scope="col" className="px-2 py-2 text-right">{t("expected")}</th>
          <th scope="col" className="px-2 py-2">{t("met")}</th>
          <th scope="col" className="px-2 py-2 text-right">{t("submittedUnits")}</th>
        </tr></thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year} className="border-t border-stone-200">
              <th scope="row" className="px-2 py-2 font-normal">{y.year}</th>
              <td className="px-2 py-2 text-right tabular-nums">{format(y.value)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{format(y.expected)}</td>
              <td className="px-2 py-2">{y.met === null ? "—" : y.met ? t("yes") : <strong className="text-red-800">{t("no")}</strong>}</td>
              <td className="px-2 py-2 text-right tabular-nums">{y.completeness && y.completeness.expected > 0 ? `${y.completeness.reporting}/${y.completeness.expected}` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
