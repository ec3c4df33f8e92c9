import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { DashboardBody } from "@/components/dashboard/dashboard-body";
import { ReviewDownload } from "@/components/dashboard/review-download";
import { SubordinateLinks } from "@/components/dashboard/subordinate-links";
import { requirePermission } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardParamsSchema } from "@/lib/dashboard/schema";
import { getUiLocale } from "@/lib/i18n/server";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.read");
  const params = dashboardParamsSchema.parse(await searchParams);
  const dashboard = await getDashboard(viewer, params.committee ?? viewer.scopeCommitteeId, params.term ?? null, params.year ?? null);
  if (!dashboard) notFound();
  const locale = await getUiLocale();
  const t = await getTranslations("dashboard");
  const { committee, term, reviewYear, resolution } = dashboard;

  return (
    <div className="space-y-6">
      <DashboardHeader dashboard={dashboard} locale={locale} action="/dashboard" />
      {!resolution ? (
        <section className="rounded-lg bg-white p-5 shadow-sm">
          <p>{t("noResolution", { term: term.name })}</p>
          <SubordinateLinks viewer={viewer} committeeId={committee.id} termId={term.id} year={reviewYear} locale={locale} />
        </section>
      ) : (
        <DashboardBody committeeId={committee.id} termId={term.id} year={reviewYear} locale={locale}
          reviewDownload={<ReviewDownload viewer={viewer} dashboard={dashboard} />} />
      )}
    </div>
  );
}
