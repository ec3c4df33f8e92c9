import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ReviewItem } from "@/lib/figures/queries";
import type { Blocking } from "@/lib/figures/approval-order";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** Submitted committee-years waiting for the approver, each with a link to its form. */
export async function ReviewQueue({ items, locale, blocked }: { items: ReviewItem[]; locale: Locale; blocked: Map<string, Blocking> }) {
  const [t, tKind] = await Promise.all([getTranslations("figures"), getTranslations("committeeKind")]);
  const name = (item: ReviewItem) => (locale === "en" && item.committee.nameEn ? item.committee.nameEn : item.committee.name);
  // Units of the same name ("Chi bộ Văn phòng") are told apart by their code and parent.
  const parentName = ({ committee: { parent } }: ReviewItem) => parent && (locale === "en" && parent.nameEn ? parent.nameEn : parent.name);
  return (
    <DataTable empty={t("reviewEmpty")} caption={t("reviewTitle")} captionClassName="sr-only" rows={items} rowKey={(item) => `${item.committeeId}-${item.year}`} columns={[
      { key: "unit", header: t("unit"), cell: (item) => <><div className="font-medium">{name(item)}</div><div className="text-stone-500">{[tKind(item.committee.kind), item.committee.code, parentName(item)].filter(Boolean).join(" · ")}</div>
        {blocked.has(`${item.committeeId}:${item.year}`) && (() => {
          const b = blocked.get(`${item.committeeId}:${item.year}`)!;
          return <div className="text-amber-900">{t("blockedBy", { count: b.count, units: b.names.join(", ") + (b.count > b.names.length ? ", …" : "") })}</div>;
        })()}</> },
      { key: "year", header: t("year"), cellClassName: "tabular-nums", cell: (item) => item.year },
      { key: "by", header: t("submittedByCol"), cell: (item) => item.submittedBy?.displayName ?? "—" },
      { key: "at", header: t("submittedAt"), cellClassName: "tabular-nums", cell: (item) => (item.submittedAt ? formatDateTime(item.submittedAt, locale) : "—") },
      { key: "review", header: <span className="sr-only">{t("review")}</span>, cellClassName: "text-right", cell: (item) => (
        <Link href={`/figures?committee=${item.committeeId}&year=${item.year}`} aria-label={`${t("review")}: ${name(item)}, ${item.year}`}
          className="inline-block whitespace-nowrap rounded bg-party px-3 py-1.5 font-semibold text-white">{t("review")}</Link>
      ) },
    ]} />
  );
}
