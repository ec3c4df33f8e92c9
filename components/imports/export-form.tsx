import { getTranslations } from "next-intl/server";
import { CommitteeField } from "@/components/committees/committee-field";
import type { CommitteeChoices } from "@/lib/committees/search";

/** A plain GET form to the export route: the browser downloads the file, with or without script. */
export async function ExportForm({ choices, years, committeeId, from, to }: {
  choices: CommitteeChoices;
  years: number[];
  committeeId: number;
  from: number;
  to: number;
}) {
  const t = await getTranslations("imports");
  const field = "mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2 text-base";
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm" aria-labelledby="export-title">
      <h2 id="export-title" className="text-xl font-semibold">{t("exportTitle")}</h2>
      <form method="get" action="/api/figures/export" className="mt-3 grid gap-3 sm:grid-cols-3 sm:items-end lg:grid-cols-[minmax(0,1fr)_7rem_7rem_11rem_auto]">
        <div className="sm:col-span-3 lg:col-span-1">
          <label htmlFor="export-committee" className="font-medium">{t("committee")}</label>
          <CommitteeField id="export-committee" name="committee" choices={choices} value={String(committeeId)} className={field} />
        </div>
        <div>
          <label htmlFor="export-from" className="font-medium">{t("from")}</label>
          <select id="export-from" name="from" defaultValue={String(from)} className={field}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="export-to" className="font-medium">{t("to")}</label>
          <select id="export-to" name="to" defaultValue={String(to)} className={field}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="export-format" className="font-medium">{t("format")}</label>
          <select id="export-format" name="format" defaultValue="xlsx" className={field}>
            <option value="xlsx">{t("formatXlsx")}</option>
            <option value="csv">{t("formatCsv")}</option>
          </select>
        </div>
        <button type="submit" className="justify-self-start rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800">
          {t("download")}
        </button>
      </form>
      <p className="mt-2 max-w-3xl text-sm text-stone-600">{t("csvHint")}</p>
    </section>
  );
}
