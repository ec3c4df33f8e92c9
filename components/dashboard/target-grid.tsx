import Link from "next/link";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReportDownload } from "@/components/reports/report-download";
import { saveReportDetails } from "@/app/dashboard/actions";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import type { Dashboard } from "@/lib/dashboard/queries";
import { dashboardQuery } from "@/lib/dashboard/schema";
import type { TargetDef } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { issuingBody } from "@/lib/reports/issuer";
import { getKeptReportDetails } from "@/lib/reports/queries";
import { CardBoundary } from "./card-boundary";
import { TargetCard } from "./target-card";

/** The measured targets, one card each loading on its own, with the comparison link and the review download. */
export async function TargetGrid({ viewer, dashboard, targets, locale }: { viewer: Viewer; dashboard: Dashboard; targets: TargetDef[]; locale: Locale }) {
  const t = await getTranslations("dashboard");
  const { committee, term, reviewYear, ownResolution } = dashboard;
  return (
    <section aria-labelledby="targets">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="targets" className="text-xl font-semibold">{t("targets")} ({targets.length})</h2>
        <Link href={`/dashboard/compare?${dashboardQuery({ committee: committee.id, term: term.id, year: reviewYear })}`} className="no-print text-blue-800 underline">{t("compare")}</Link>
        {ownResolution && can(viewer.role, "report.export") && (
          <div className="no-print">
            <ClientMessages components={["reportDownload"]}>
              <ReportDownload committee={committee.id} term={term.id} year={reviewYear} termEndYear={term.endYear}
                symbol={issuingBody(committee).symbol} details={await getKeptReportDetails(dashboard)} saveDetails={saveReportDetails} />
            </ClientMessages>
          </div>
        )}
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
        {targets.map((target) => (
          <li key={target.id}>
            <CardBoundary fallback={t("cardFailed")}>
              <Suspense fallback={<div className="h-48 animate-pulse rounded-lg bg-stone-100">{t("loading")}</div>}>
                <TargetCard committeeId={committee.id} termId={term.id} year={reviewYear} targetId={target.id} locale={locale} />
              </Suspense>
            </CardBoundary>
          </li>
        ))}
      </ul>
    </section>
  );
}
