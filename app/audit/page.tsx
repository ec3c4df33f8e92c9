import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { AUDIT_ACTION_GROUPS } from "@/lib/audit/actions";
import { listAuditEvents, visibleGroups } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { requirePermission } from "@/lib/auth/session";
import { getCommitteeChoices } from "@/lib/committees/search";
import { findScopedCommittee, getElementNames } from "@/lib/figures/queries";
import { getUiLocale } from "@/lib/i18n/server";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.read");
  const locale = await getUiLocale();
  const filter = auditFilterSchema.parse(await searchParams);
  const committee = await findScopedCommittee(viewer.scopeCommitteeId, filter.committee ?? viewer.scopeCommitteeId);
  if (!committee) notFound();
  const [page, names, choices, t] = await Promise.all([
    listAuditEvents(viewer, committee.id, filter), getElementNames(locale), getCommitteeChoices(viewer.scopeCommitteeId, committee.id),
    getTranslations("audit"),
  ]);
  const query = (before?: string) => `/audit?${new URLSearchParams(Object.entries({
    committee: String(committee.id), action: filter.action, from: filter.from, to: filter.to, before,
  }).filter((e): e is [string, string] => !!e[1]))}`;
  // Each group as a whole, then the actions of it that have a short label of their own.
  const actions = visibleGroups(viewer).map((g) => ({ label: t(`groups.${g}`), options: [
    { value: g, label: t("wholeGroup", { group: t(`groups.${g}`) }) },
    ...AUDIT_ACTION_GROUPS[g].filter((a) => t.has(`actions.${a}`)).map((a) => ({ value: a, label: t(`actions.${a}`) })),
  ] }));
  return (
    <section aria-labelledby="audit-title" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
      <h1 id="audit-title" className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-600">{t("intro", { name: locale === "en" && committee.nameEn ? committee.nameEn : committee.name })}</p>
      <AuditFilters committeeId={committee.id} choices={choices} action={filter.action} actions={actions} from={filter.from}
        to={filter.to} labels={{ committee: t("committee"), action: t("action"), allActions: t("allActions"), from: t("from"), to: t("to"), apply: t("apply") }} />
      <a href={`/api/audit/export?${query().split("?")[1]}`} className="inline-block text-blue-800 underline" download>{t("download")}</a>
      <AuditTable rows={page.events} names={{ elements: names, committees: page.committees }} locale={locale} />
      <nav aria-label={t("title")} className="flex justify-between">
        {filter.before ? <Link href={query()} className="text-blue-800 underline">{t("newest")}</Link> : <span />}
        {page.older && <Link href={query(page.older)} className="text-blue-800 underline">{t("older")}</Link>}
      </nav>
    </section>
  );
}
