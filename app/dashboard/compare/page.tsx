import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ComparisonTable } from "@/components/dashboard/comparison-table";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { requirePermission } from "@/lib/auth/session";
import { compareUnits } from "@/lib/dashboard/comparison-order";
import { getDashboard, getSubordinates } from "@/lib/dashboard/queries";
import { dashboardParamsSchema } from "@/lib/dashboard/schema";
import { getUiLocale } from "@/lib/i18n/server";

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.read");
  const params = dashboardParamsSchema.parse(await searchParams);
  const committeeId = params.committee ?? viewer.scopeCommitteeId;
  const dashboard = await getDashboard(viewer, committeeId, params.term ?? null, params.year ?? null);
  if (!dashboard) notFound();
  const locale = await getUiLocale();
  const [t, units] = await Promise.all([getTranslations("dashboard"), getSubordinates(viewer, committeeId, dashboard.term.id, dashboard.reviewYear)]);
  const targets = dashboard.targets.filter((x) => x.category === "TARGET" && x.indicator);
  const sortTarget = targets.find((x) => x.id === params.sort) ?? null;
  const rows = compareUnits(units ?? [], sortTarget?.id ?? null, params.dir ?? "asc", dashboard.reviewYear);

  return (
    <div className="space-y-6">
      <DashboardHeader dashboard={dashboard} locale={locale} action="/dashboard/compare" />
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <h2 className="text-xl font-semibold">{t("compareTitle")} ({dashboard.reviewYear})</h2>
        <p className="mb-3 text-sm text-stone-600">{t("compareIntro")}</p>
        <ComparisonTable dashboard={dashboard} targets={targets} units={rows} sort={{ targetId: sortTarget?.id ?? null, dir: params.dir ?? "asc" }} locale={locale} />
      </section>
    </div>
  );
}
