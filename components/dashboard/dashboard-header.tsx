import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/ui/filter-form";
import { PrintButton, PrintDate } from "@/components/ui/print-button";
import type { Dashboard } from "@/lib/dashboard/queries";
import { dashboardQuery } from "@/lib/dashboard/schema";
import type { Locale } from "@/lib/i18n/locales";

/** Breadcrumb of the lineage inside the viewer's scope, and the term and year filters (applied on change, in the URL). */
export async function DashboardHeader({ dashboard, locale, action }: { dashboard: Dashboard; locale: Locale; action: string }) {
  const t = await getTranslations("dashboard");
  const name = (c: { name: string; nameEn: string | null }) => (locale === "en" && c.nameEn ? c.nameEn : c.name);
  const { committee, term, terms, years, reviewYear, yearOutsideTerm } = dashboard;
  const select = "mt-1 block min-h-11 rounded border border-stone-300 px-2 py-1";
  return (
    <header className="rounded-lg bg-white p-5 shadow-sm">
      {/* On paper the filters and the way here are gone: this line says what the sheet shows, and when. */}
      <p className="mb-1 hidden text-sm print:block" data-testid="print-header">
        {t.rich("printHeader", { term: term.name, year: String(reviewYear), date: () => <PrintDate locale={locale} /> })}
      </p>
      <nav aria-label={t("committee")} className="no-print mb-1 text-sm text-stone-600">
        <ol className="flex flex-wrap gap-1">
          {dashboard.breadcrumb.map((c, i) => (
            <li key={c.id} className="after:ml-1 after:content-['›'] last:after:content-none">
              {i < dashboard.breadcrumb.length - 1 ? (
                <Link className="underline" href={`${action}?${dashboardQuery({ committee: c.id, term: term.id, year: reviewYear })}`}>{name(c)}</Link>
              ) : (
                <span aria-current="page">{name(c)}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-bold">{name(committee)}</h1>
        <FilterForm action={action} current={dashboardQuery({ committee: committee.id, term: term.id, year: reviewYear })}
          label={t("filters")} resets={{ term: ["year"] }} className="no-print flex flex-wrap items-end gap-3"
          submit={<button type="submit" className="rounded bg-party px-3 py-1.5 font-semibold text-white">{t("show")}</button>}>
          <input type="hidden" name="committee" value={committee.id} />
          <label className="text-sm">{t("term")}
            <select name="term" defaultValue={term.id} className={select}>
              {terms.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
            </select>
          </label>
          <label className="text-sm">{t("year")}
            <select name="year" defaultValue={reviewYear} className={select}>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
        </FilterForm>
        <PrintButton label={t("printPdf")} hint={t("printHint")} />
      </div>
      {yearOutsideTerm !== null && (
        <p role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {t("yearOutsideTerm", { year: yearOutsideTerm, term: term.name, shown: reviewYear })}
        </p>
      )}
    </header>
  );
}
