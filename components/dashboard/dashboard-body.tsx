import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CACHE_LIFE, committeeTag } from "@/lib/cache/expiry";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardQuery } from "@/lib/dashboard/schema";
import type { Locale } from "@/lib/i18n/locales";
import { CardBoundary } from "./card-boundary";
import { QualitativeList } from "./qualitative-list";
import { TargetCard } from "./target-card";
import { TermSummary } from "./term-summary";

/**
 * A dashboard below its header: the term summary, one card per measured target, the key tasks. The same for
 * everyone allowed to see the committee, so rendered once and kept as one entry (lib/cache/expiry.ts has the rule):
 * it is reached only after the page's scope check, reads the committee as its own scope, never the viewer, and
 * what depends on the viewer (the review download, by permission) is rendered by the page and passed in.
 * One entry per page, not per card: each kept entry costs a freshness check against PostgreSQL on every request.
 */
export async function DashboardBody({ committeeId, termId, year, locale, reviewDownload }: {
  committeeId: number; termId: number; year: number; locale: Locale; reviewDownload: React.ReactNode;
}) {
  "use cache";
  cacheLife(CACHE_LIFE);
  cacheTag(committeeTag(committeeId));
  const [dashboard, t] = await Promise.all([
    getDashboard({ scopeCommitteeId: committeeId }, committeeId, termId, year),
    getTranslations({ locale, namespace: "dashboard" }),
  ]);
  if (!dashboard?.resolution) throw new Error(`the dashboard of committee ${committeeId} has no resolution`);
  const targets = dashboard.targets.filter((x) => x.category === "TARGET");
  const tasks = dashboard.targets.filter((x) => x.category !== "TARGET");
  return (
    <>
      <TermSummary dashboard={dashboard} targets={targets} locale={locale} />
      <section aria-labelledby="targets">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="targets" className="text-xl font-semibold">{t("targets")} ({targets.length})</h2>
          <Link href={`/dashboard/compare?${dashboardQuery({ committee: committeeId, term: termId, year })}`} className="no-print text-blue-800 underline">{t("compare")}</Link>
          {reviewDownload}
        </div>
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
          {targets.map((target) => (
            <li key={target.id}>
              <CardBoundary fallback={t("cardFailed")}>
                <TargetCard dashboard={dashboard} target={target} locale={locale} />
              </CardBoundary>
            </li>
          ))}
        </ul>
      </section>
      {tasks.length > 0 && <QualitativeList dashboard={dashboard} tasks={tasks} locale={locale} />}
    </>
  );
}
