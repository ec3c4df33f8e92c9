import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
  const row = (e: HistoryEvent, change: string) => (
    <tr key={e.id} className="border-t border-stone-200 align-top">
      <td className="whitespace-nowrap px-2 py-1 tabular-nums">{formatDateTime(e.at, locale)}</td>
      <td className="px-2 py-1">{e.actor ?? "—"}</td>
      <td className="px-2 py-1">{t(`actions.${e.action}`)}: {change}</td>
    </tr>
  );
  const table = (rows: React.ReactNode) => (
    <table className="mt-2 w-full text-left text-sm">
      <thead className="bg-stone-100"><tr>
        <th scope="col" className="px-2 py-1">{t("at")}</th><th scope="col" className="px-2 py-1">{t("who")}</th>
        <th scope="col" className="px-2 py-1">{t("change")}</th>
      </tr></thead>
      <tbody>{rows}</tbody>
    </table>
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
          {table(steps.map((e) => row(e, `${tStatus(e.before?.status)} → ${tStatus(e.after?.status)}${e.after?.comment ? ` — “${e.after.comment}”` : ""}`)))}
        </details>
      )}
      {byElement.map(([el, list]) => (
        <details key={el.id} className="mt-3">
          <summary className="cursor-pointer font-medium">{el.name} ({t("historyCount", { count: list.length })})</summary>
          {table(list.map((e) => row(e, `${value(e.before?.value)} → ${value(e.after?.value)}${e.after?.note ? ` — “${e.after.note}”` : ""}`)))}
        </details>
      ))}
    </section>
  );
}
