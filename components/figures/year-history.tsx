import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { HistoryEvent } from "@/lib/figures/queries";
import type { FormElement } from "@/lib/figures/types";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The history of each figure of the year, one disclosure per element (below the form, so the fields' Tab order
 * stays field to field), and the year's workflow steps.
 */
export async function YearHistory({ events, elements, year, locale, auditHref, unitName }: {
  events: HistoryEvent[];
  elements: FormElement[];
  year: number;
  locale: Locale;
  auditHref: string;
  unitName: string;
}) {
  const t = await getTranslations("figures");
  const tStatus = (s?: string) => (s ? t(`status.${s}`) : "—");
  const value = (v: string | null | undefined) => (v === null || v === undefined ? t("empty") : formatNumber(Number(v), locale, 4));
  const steps = events.filter((e) => e.dataElementId === null);
  const byElement = elements.map((el) => [el, events.filter((e) => e.dataElementId === el.id)] as const).filter(([, list]) => list.length > 0);
  const table = (list: HistoryEvent[], change: (e: HistoryEvent) => string) => (
    <DataTable className="mt-2" density="tight" rows={list} rowKey={(e) => e.id} rowClassName="align-top" columns={[
      { key: "at", header: t("at"), cellClassName: "whitespace-nowrap tabular-nums", cell: (e) => formatDateTime(e.at, locale) },
      { key: "who", header: t("who"), cell: (e) => e.actor ?? "—" },
      { key: "change", header: t("change"), cell: (e) => `${t(`actions.${e.action}`)}: ${change(e)}` },
    ]} />
  );
  return (
    <section aria-labelledby="history" className="rounded-lg bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="history" className="text-xl font-semibold">{t("historyTitle", { year })}</h2>
        <Link href={auditHref} className="text-blue-800 underline-offset-2 hover:underline">{t("auditLink", { name: unitName })}</Link>
      </div>
      {events.length === 0 && <p className="mt-2 text-stone-600">{t("historyEmpty")}</p>}
      {steps.length > 0 && (
        <details className="mt-3" open>
          <summary className="cursor-pointer font-medium">{t("workflowHistory")} ({t("historyCount", { count: steps.length })})</summary>
          {table(steps, (e) => `${tStatus(e.before?.status)} → ${tStatus(e.after?.status)}${e.after?.comment ? ` — “${e.after.comment}”` : ""}`)}
        </details>
      )}
      {byElement.map(([el, list]) => (
        <details key={el.id} className="mt-3">
          <summary className="cursor-pointer font-medium">{el.name} ({t("historyCount", { count: list.length })})</summary>
          {table(list, (e) => `${value(e.before?.value)} → ${value(e.after?.value)}${e.after?.note ? ` — “${e.after.note}”` : ""}`)}
        </details>
      ))}
    </section>
  );
}
