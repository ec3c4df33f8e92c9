import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CompletenessTable } from "@/components/figures/completeness-table";
import { EntryPicker } from "@/components/figures/entry-picker";
import { ReviewQueue } from "@/components/figures/review-queue";
import { StatFormsPanel } from "@/components/figures/stat-forms-panel";
import { STAT_FORMS } from "@/lib/forms/forms";
import { getFormIssues } from "@/lib/forms/server";
import { requirePermission } from "@/lib/auth/session";
import { getCommitteeChoices } from "@/lib/committees/search";
import { getElementNames, getReviewQueue, getScopedCompleteness, resolveEntryTarget } from "@/lib/figures/queries";
import { getUiLocale } from "@/lib/i18n/server";
import { sql } from "@/lib/db";
import { approveAfterUnits, blockingUnits } from "@/lib/figures/approval-order";
import { yearChanges } from "@/lib/figures/year-change";
import { YearChangeTable } from "@/components/figures/year-change-table";

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("figure.approve");
  const locale = await getUiLocale();
  const target = await resolveEntryTarget(viewer, await searchParams);
  if (!target) notFound();
  const { committee, year, years } = target;
  const [queue, completeness, choices, t, issues, names] = await Promise.all([
    getReviewQueue(viewer), getScopedCompleteness(viewer, committee.id, year), getCommitteeChoices(viewer.scopeCommitteeId, committee.id),
    getTranslations("figures"), getFormIssues(viewer, committee.id, year), getElementNames(locale),
  ]);
  // Approval up the tree: what still blocks each year of the queue.
  const blocked = (await approveAfterUnits(sql)) ? await blockingUnits(sql, queue.map((i) => [i.committeeId, i.year] as const)) : new Map();
  const name = locale === "en" && committee.nameEn ? committee.nameEn : committee.name;
  return (
    <div className="space-y-6">
      <section aria-labelledby="queue" className="rounded-lg bg-white p-5 shadow-sm">
        <h1 id="queue" className="text-2xl font-bold">{t("reviewTitle")}</h1>
        <p className="mb-4 text-stone-600">{t("reviewIntro", { name: viewer.scopeCommitteeName })}</p>
        <ReviewQueue items={queue} locale={locale} blocked={blocked} />
        <p className="mt-4">
          <Link href={`/audit?committee=${viewer.scopeCommitteeId}`} className="text-blue-800 underline-offset-2 hover:underline">
            {t("auditLink", { name: viewer.scopeCommitteeName })}
          </Link>
        </p>
      </section>
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <EntryPicker action="/figures/review" committeeId={committee.id} year={year} choices={choices} years={years}
          labels={{ legend: t("pickerLabel"), committee: t("committee"), year: t("year"), open: t("filter") }} />
      </section>
      {completeness && <CompletenessTable data={completeness} year={year} name={name} locale={locale} />}
      {completeness && <YearChangeTable rows={await yearChanges(sql, committee.id, year)} year={year} locale={locale} />}
      {issues && <StatFormsPanel committeeId={committee.id} year={year} forms={STAT_FORMS} issues={issues} names={names} locale={locale} />}
    </div>
  );
}
