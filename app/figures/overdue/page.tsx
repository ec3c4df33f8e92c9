import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EntryPicker } from "@/components/figures/entry-picker";
import { OverdueTable } from "@/components/figures/overdue-table";
import { requirePermission } from "@/lib/auth/session";
import { overdueSortSchema } from "@/lib/calendar/overdue";
import { getOverdue } from "@/lib/calendar/page";
import { getCommitteeChoices } from "@/lib/committees/search";
import { resolveEntryTarget } from "@/lib/figures/queries";
import { getUiLocale } from "@/lib/i18n/server";

export default async function OverduePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.read");
  const params = await searchParams;
  const [locale, target, t, tf] = await Promise.all([getUiLocale(), resolveEntryTarget(viewer, params), getTranslations("overdue"), getTranslations("figures")]);
  if (!target) notFound();
  const { committee, year, years } = target;
  const sort = overdueSortSchema.parse(params.sort);
  const [rows, choices] = await Promise.all([getOverdue(viewer, committee.id, year, sort), getCommitteeChoices(viewer.scopeCommitteeId, committee.id)]);
  if (!rows) notFound();
  const name = locale === "en" && committee.nameEn ? committee.nameEn : committee.name;
  return (
    <div className="space-y-6">
      <section className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold">{t("title", { year, name })}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        <EntryPicker action="/figures/overdue" committeeId={committee.id} year={year} choices={choices} years={years}
          labels={{ legend: tf("pickerLabel"), committee: tf("committee"), year: tf("year"), open: tf("filter") }} />
      </section>
      <OverdueTable rows={rows} committeeId={committee.id} year={year} sort={sort} locale={locale} />
    </div>
  );
}
