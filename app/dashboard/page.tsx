import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CardBoundary } from "@/components/dashboard/card-boundary";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { QualitativeList } from "@/components/dashboard/qualitative-list";
import { SubordinateLinks } from "@/components/dashboard/subordinate-links";
import { TargetCard } from "@/components/dashboard/target-card";
import { ReportDownload } from "@/components/reports/report-download";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardParamsSchema, dashboardQuery } from "@/lib/dashboard/schema";
import { summarizeTargets, summarySentence } from "@/lib/progress";
import { getUiLocale } from "@/lib/i18n/server";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.read");
  const params = dashboardParamsSchema.parse(await searchParams);
  const dashboard = await getDashboard(viewer, params.committee ?? viewer.scopeCommitteeId, params.term ?? null, params.year ?? null);
  if (!dashboard) notFound();
  const locale = await getUiLocale();
  const t = await getTranslations("dashboard");
  const { committee, term, reviewYear, resolution, ownResolution } = dashboard;
  const targets = dashboard.targets.filter((x) => x.category === "TARGET");
  const tasks = dashboard.targets.filter((x) => x.category !== "TARGET");
  const summary = summarizeTargets(targets.map((x) => dashboard.evaluations.get(x.id)!.progress));
  const query = dashboardQuery({ committee: committee.id, term: term.id, year: reviewYear });

  return (
    <div className="space-y-6">
      <DashboardHeader dashboard={dashboard} locale={locale} action="/dashboard" />
      {!resolution ? (
        <section className="rounded-lg bg-white p-5 shadow-sm">
          <p>{t("noResolution", { term: term.name })}</p>
          <SubordinateLinks viewer={viewer} committeeId={committee.id} termId={term.id} year={reviewYear} locale={locale} />
        </section>
      ) : (
        <>
          <section aria-labelledby="summary" className="rounded-lg border-l-4 border-party bg-white p-5 shadow-sm">
            <h2 id="summary" className="text-sm font-semibold uppercase tracking-wide text-stone-500">{t("summaryTitle", { year: reviewYear })}</h2>
            <p className="mt-1 text-stone-600">{t("resolutionOf", { title: resolution.title })}</p>
            {ownResolution ? (
              <p className="mt-2 text-xl font-semibold" data-testid="summary-sentence">{summarySentence(summary, locale)}</p>
            ) : (
              <p className="mt-2 text-stone-700">{t("inheritedResolution", { committee: locale === "en" && resolution.committee.nameEn ? resolution.committee.nameEn : resolution.committee.name })}</p>
            )}
          </section>
          <section aria-labelledby="targets">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 id="targets" className="text-xl font-semibold">{t("targets")} ({targets.length})</h2>
              <Link href={`/dashboard/compare?${query}`} className="no-print text-blue-800 underline">{t("compare")}</Link>
              {ownResolution && can(viewer.role, "report.export") && (
                <ClientMessages components={["reportDownload"]}>
                  <ReportDownload committee={committee.id} term={term.id} year={reviewYear} termEndYear={term.endYear} />
                </ClientMessages>
              )}
            </div>
            <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
              {targets.map((target) => (
                <li key={target.id}>
                  <CardBoundary fallback={t("cardFailed")}>
                    <Suspense fallback={<div className="h-48 animate-pulse rounded-lg bg-stone-100">{t("loading")}</div>}>
                      <TargetCard viewer={viewer} committeeId={committee.id} termId={term.id} year={reviewYear} targetId={target.id} locale={locale} />
                    </Suspense>
                  </CardBoundary>
                </li>
              ))}
            </ul>
          </section>
          {tasks.length > 0 && <QualitativeList dashboard={dashboard} tasks={tasks} locale={locale} />}
        </>
      )}
    </div>
  );
}
