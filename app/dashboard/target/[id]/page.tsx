import { notFound } from "next/navigation";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { TargetDetailBody } from "@/components/dashboard/target-detail-body";
import { requirePermission } from "@/lib/auth/session";
import { idParamSchema } from "@/lib/committees/schema";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardParamsSchema } from "@/lib/dashboard/schema";
import { getUiLocale } from "@/lib/i18n/server";

export default async function TargetDetailPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePermission("dashboard.read");
  const id = idParamSchema.safeParse((await params).id);
  const filters = dashboardParamsSchema.parse(await searchParams);
  if (!id.success) notFound();
  const committeeId = filters.committee ?? viewer.scopeCommitteeId;
  const dashboard = await getDashboard(viewer, committeeId, filters.term ?? null, filters.year ?? null);
  const target = dashboard?.targets.find((x) => x.id === id.data && x.indicator);
  if (!dashboard || !target) notFound();
  const locale = await getUiLocale();
  return (
    <div className="space-y-6">
      <DashboardHeader dashboard={dashboard} locale={locale} action={`/dashboard/target/${target.id}`} />
      <TargetDetailBody committeeId={dashboard.committee.id} termId={dashboard.term.id} year={dashboard.reviewYear} targetId={target.id} locale={locale} />
    </div>
  );
}
