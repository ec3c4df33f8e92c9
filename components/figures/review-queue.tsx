import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReviewItem } from "@/lib/figures/queries";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** Submitted committee-years waiting for the approver, each with a link to its form. */
export async function ReviewQueue({ items, locale }: { items: ReviewItem[]; locale: Locale }) {
  const [t, tKind] = await Promise.all([getTranslations("figures"), getTranslations("committeeKind")]);
  if (items.length === 0) return <p className="text-stone-600">{t("reviewEmpty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("reviewTitle")}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-2 py-2">{t("unit")}</th>
            <th scope="col" className="px-2 py-2">{t("year")}</th>
            <th scope="col" className="px-2 py-2">{t("submittedByCol")}</th>
            <th scope="col" className="px-2 py-2">{t("submittedAt")}</th>
            <th scope="col" className="px-2 py-2"><span className="sr-only">{t("review")}</span></th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const name = locale === "en" && item.committee.nameEn ? item.committee.nameEn : item.committee.name;
            return (
              <tr key={`${item.committeeId}-${item.year}`} className="border-t border-stone-200">
                <td className="px-2 py-2">
                  <div className="font-medium">{name}</div>
                  <div className="text-stone-500">{tKind(item.committee.kind)}</div>
                </td>
                <td className="px-2 py-2 tabular-nums">{item.year}</td>
                <td className="px-2 py-2">{item.submittedBy?.displayName ?? "—"}</td>
                <td className="px-2 py-2 tabular-nums">{item.submittedAt ? formatDateTime(item.submittedAt, locale) : "—"}</td>
                <td className="px-2 py-2 text-right">
                  <Link href={`/figures?committee=${item.committeeId}&year=${item.year}`} aria-label={`${t("review")}: ${name}, ${item.year}`}
                    className="inline-block whitespace-nowrap rounded bg-party px-3 py-1.5 font-semibold text-white">{t("review")}</Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
