import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { FormIssue } from "@/lib/forms/checks";
import type { StatForm } from "@/lib/forms/forms";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** The statistical forms of a committee and year to download, and the units whose forms do not check yet. */
export async function StatFormsPanel({ committeeId, year, forms, issues, names, locale }: {
  committeeId: number; year: number; forms: readonly StatForm[]; issues: FormIssue[]; names: Record<string, string>; locale: Locale;
}) {
  const [t, tErr] = await Promise.all([getTranslations("figures"), getTranslations("figureErrors")]);
  const units = [...new Map(issues.map((i) => [i.committeeId, i])).values()];
  const text = (i: FormIssue) => {
    const params = Object.fromEntries(Object.entries(i.message.params ?? {}).map(([k, v]) =>
      [k, k === "whole" || k === "other" ? (names[String(v)] ?? String(v)) : typeof v === "number" ? v : /^-?\d+(\.\d+)?$/.test(v) ? formatNumber(Number(v), locale) : v]));
    const form = i.otherForm ? t("statFormsAcross", { form: i.form, other: i.otherForm }) : `Biểu số ${i.form}`;
    return `${form}, ${i.row}: ${tErr.has(i.message.key) ? tErr(i.message.key, params) : i.message.key}`;
  };
  return (
    <section aria-labelledby="stat-forms" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="stat-forms" className="text-xl font-semibold">{t("statFormsTitle", { year })}</h2>
      <ul className="my-2 space-y-1">
        {forms.map((f) => (
          <li key={f.code}>
            <span className="font-medium">Biểu số {f.number}</span>: {" "}
            {(["xlsx", "pdf"] as const).map((format, i) => (
              <span key={format}>
                {i > 0 && " · "}
                <a href={`/api/forms?form=${f.code}&committee=${committeeId}&year=${year}&format=${format}`} className="text-blue-800 underline underline-offset-2">
                  {format.toUpperCase()}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
      <p className="my-2 font-medium">{units.length === 0 ? t("statFormsAllCheck") : t("statFormsIssues", { count: units.length })}</p>
      {units.length > 0 && (
        <DataTable rows={units} rowKey={(u) => u.committeeId} density="compact" columns={[
          { key: "unit", header: t("unit"), cell: (u) => (
            <Link href={`/figures?committee=${u.committeeId}&year=${year}`} className="text-blue-800 underline-offset-2 hover:underline">{u.name}</Link>
          ) },
          { key: "issues", header: t("statFormsProblem"), cell: (u) => {
            const own = issues.filter((i) => i.committeeId === u.committeeId);
            // A form not begun has every row empty: one line says so instead of seventeen.
            const empty = own.filter((i) => i.message.key === "required");
            const other = own.filter((i) => i.message.key !== "required");
            return (
              <ul className="list-disc pl-5">
                {empty.length > 0 && <li>{t("statFormsEmpty", { count: empty.length })}</li>}
                {other.map((i) => <li key={`${i.form}:${i.row}`}>{text(i)}</li>)}
              </ul>
            );
          } },
        ]} />
      )}
    </section>
  );
}
