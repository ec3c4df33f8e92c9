import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Completeness, UnitProgress } from "@/lib/figures/completeness";
import { standingSubmission } from "@/lib/figures/trace";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { StatusBadge } from "./year-status-badge";

/** Which units of a subtree have not started, are drafting, await approval or are approved, with a link to each form. */
export async function CompletenessTable({ data, year, name, locale }: { data: Completeness; year: number; name: string; locale: Locale }) {
  const [t, tKind] = await Promise.all([getTranslations("figures"), getTranslations("committeeKind")]);
  const { counts } = data;
  return (
    <section aria-labelledby="completeness" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="completeness" className="text-xl font-semibold">{t("completenessTitle", { year, name })}</h2>
      <p className="text-sm text-stone-600">{t("completenessIntro")}</p>
      <p className="my-2 font-medium">
        {t("counts", { notStarted: counts.NOT_STARTED, draft: counts.DRAFT, submitted: counts.SUBMITTED, approved: counts.APPROVED })}
      </p>
      {data.withDeadline > 0 && (
        <p><Link href={`/figures/overdue?committee=${data.committeeId}&year=${year}`} className="font-medium text-red-800 underline underline-offset-2">{t("overdueLink")}</Link></p>
      )}
      {data.withDeadline > 0 && (
        <p className="my-2 font-medium">{t("onTimeCount", { onTime: data.onTime, submitted: counts.SUBMITTED + counts.APPROVED, units: data.units.length })}</p>
      )}
      <DataTable rows={data.units} rowKey={(u) => u.id} density="compact" columns={[
        { key: "unit", header: t("unit"), cell: (u) => (
          // Indented by depth in the subtree, so the list reads as the tree.
          <div style={{ paddingLeft: `${u.depth}rem` }}>
            <Link href={`/figures?committee=${u.id}&year=${year}`} className="text-blue-800 underline-offset-2 hover:underline">
              {locale === "en" && u.nameEn ? u.nameEn : u.name}
            </Link>
          </div>
        ) },
        { key: "kind", header: t("kind"), cellClassName: "text-stone-600", cell: (u) => tKind(u.kind) },
        { key: "status", header: t("statusLabel"), cell: (u) => <StatusBadge status={u.status} label={t(`status.${u.status}`)} /> },
        { key: "submittedAt", header: t("submittedAt"), cellClassName: "tabular-nums", cell: (u) => {
          const at = standingSubmission(u.status, u.submittedAt);
          return at ? formatDateTime(at, locale) : "—";
        } },
        ...(data.withDeadline > 0 ? [{ key: "onTime", header: t("onTimeCol"), cell: (u: UnitProgress) => (
          u.onTime === null ? "—" : u.onTime ? t("onTime") : <span className="font-medium text-red-800">{t("late")}</span>
        ) }] : []),
      ]} />
    </section>
  );
}
