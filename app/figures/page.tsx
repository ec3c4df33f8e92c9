import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CompletenessTable } from "@/components/figures/completeness-table";
import { EntryHeader } from "@/components/figures/entry-header";
import { FigureYearForm } from "@/components/figures/figure-year-form";
import { UnitsTotals } from "@/components/figures/units-totals";
import { WorkflowPanel } from "@/components/figures/workflow-panel";
import { YearHistory } from "@/components/figures/year-history";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getCommitteeChoices } from "@/lib/committees/search";
import { getEntryForm, getScopedCompleteness, getYearHistory, resolveEntryTarget } from "@/lib/figures/queries";
import { approveYear, returnYear, saveDraft, submitYear, unlockYear } from "./actions";
import { getUiLocale } from "@/lib/i18n/server";

export default async function FiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.read");
  const locale = await getUiLocale();
  const target = await resolveEntryTarget(viewer, await searchParams);
  if (!target) notFound();
  const { committee, year, years } = target;
  const hasChildren = committee._count.children > 0;
  const [form, history, completeness, choices] = await Promise.all([
    getEntryForm(viewer, committee.id, year, locale),
    getYearHistory(viewer, committee.id, year),
    hasChildren ? getScopedCompleteness(viewer, committee.id, year) : null,
    getCommitteeChoices(viewer.scopeCommitteeId, committee.id),
  ]);
  const name = locale === "en" && committee.nameEn ? committee.nameEn : committee.name;
  const canEnter = can(viewer.role, "figure.enter");
  const tImports = await getTranslations("imports");
  const editable = canEnter && (form.status === "DRAFT" || form.status === "NOT_STARTED") && form.elements.length > 0 && !form.deadline?.closed && !form.deadline?.notOpen;
  return (
    <div className="space-y-6">
      <EntryHeader form={form} name={name} year={year} locale={locale} editable={editable} hasChildren={hasChildren} canEnter={canEnter}
        picker={{ committeeId: committee.id, year, choices, years }} />
      {canEnter && (
        <p><Link href="/figures/import" className="font-medium text-red-800 underline underline-offset-2">{tImports("link")}</Link></p>
      )}
      <ClientMessages components={["figureForms"]}>
      <FigureYearForm key={`${committee.id}-${year}`} committeeId={committee.id} year={year} locale={locale}
        elements={form.elements} fields={form.fields} catalogue={form.catalogue} optional={form.optional} carried={form.carried} others={form.others} below={form.below} names={form.names}
        editable={editable} canSubmit={can(viewer.role, "figure.submit")} saveDraft={saveDraft} submitYear={submitYear} />
      <UnitsTotals rows={form.fromUnits} locale={locale} />
      <WorkflowPanel status={form.status} committeeId={committee.id} year={year} version={form.yearVersion} name={name}
        can={{ approve: can(viewer.role, "figure.approve"), unlock: can(viewer.role, "figure.unlock") }}
        actions={{ approve: approveYear, giveBack: returnYear, unlock: unlockYear }} />
      </ClientMessages>
      {completeness && <CompletenessTable data={completeness} year={year} name={name} locale={locale} />}
      <YearHistory events={history} elements={form.elements} year={year} locale={locale} unitName={name}
        auditHref={`/audit?committee=${committee.id}`} />
    </div>
  );
}
