import { cacheLife, cacheTag } from "next/cache";
import { CACHE_LIFE, committeeTag } from "@/lib/cache/expiry";
import { getDashboard, getSubordinates } from "@/lib/dashboard/queries";
import { dashboardQuery } from "@/lib/dashboard/schema";
import type { Locale } from "@/lib/i18n/locales";
import { SubordinateTable } from "./subordinate-table";
import { TargetDetail } from "./target-detail";

/**
 * A target's page below its header: where it stands with its chart and years, and the same target at each unit below.
 * The same for everyone allowed to see the committee (every unit below it is in their scope too), so kept as one entry
 * (lib/cache/expiry.ts has the rule); reached only after the page's scope check and its check that the target applies.
 */
export async function TargetDetailBody({ committeeId, termId, year, targetId, locale }: {
  committeeId: number; termId: number; year: number; targetId: number; locale: Locale;
}) {
  "use cache";
  cacheLife(CACHE_LIFE);
  cacheTag(committeeTag(committeeId));
  const scope = { scopeCommitteeId: committeeId };
  const [dashboard, subordinates] = await Promise.all([
    getDashboard(scope, committeeId, termId, year),
    getSubordinates(scope, committeeId, termId, year, targetId),
  ]);
  const target = dashboard?.targets.find((x) => x.id === targetId && x.indicator);
  if (!dashboard || !target) throw new Error(`target ${targetId} missing from the dashboard of committee ${committeeId}`);
  const back = `/dashboard?${dashboardQuery({ committee: committeeId, term: termId, year })}`;
  return (
    <>
      <TargetDetail dashboard={dashboard} target={target} locale={locale} back={back} />
      <SubordinateTable dashboard={dashboard} target={target} units={subordinates ?? []} locale={locale} />
    </>
  );
}
