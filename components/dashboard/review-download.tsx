import { ClientMessages } from "@/components/i18n/client-messages";
import { ReportDownload } from "@/components/reports/report-download";
import { saveReportDetails } from "@/app/dashboard/actions";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import type { Dashboard } from "@/lib/dashboard/queries";
import { issuingBody } from "@/lib/reports/issuer";
import { getKeptReportDetails } from "@/lib/reports/queries";

/** The review report's download beside the targets, for a committee's own resolution and a viewer who may export. */
export async function ReviewDownload({ viewer, dashboard }: { viewer: Viewer; dashboard: Dashboard }) {
  const { committee, term, reviewYear, ownResolution } = dashboard;
  if (!ownResolution || !can(viewer.role, "report.export")) return null;
  return (
    <div className="no-print">
      <ClientMessages components={["reportDownload"]}>
        <ReportDownload committee={committee.id} term={term.id} year={reviewYear} termEndYear={term.endYear}
          symbol={issuingBody(committee).symbol} details={await getKeptReportDetails(dashboard)} saveDetails={saveReportDetails} />
      </ClientMessages>
    </div>
  );
}
