// Reads behind the review report: the dashboard's own loader (same rollups, same engine) plus the names the
// document's heading needs (the parent committee above the issuer, the province for the place of the date).
import "server-only";
import { db, sql } from "@/lib/db";
import { reportingRate } from "@/lib/figures/reporting-rate";
import type { Viewer } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/queries";
import type { Locale } from "@/lib/i18n/locales";
import { getReportDetails } from "./details";
import { buildReportModel, reviewKindFor } from "./model";
import type { ReportModel, ReviewKind } from "./types";

export interface ReviewRequest {
  committeeId: number;
  termId: number | null;
  year: number | null;
  kind: ReviewKind | null;
  locale: Locale;
  issuedOn?: Date;
  /** Number and signer for this download; without them, those kept for the committee's reports. */
  details?: { number?: string; signer?: string };
}

/**
 * The review of a committee's own resolution, or null when the committee is outside the viewer's scope or
 * works to an ancestor's resolution (its review is the ancestor's to write).
 */
export async function getReviewReport(viewer: Viewer, request: ReviewRequest): Promise<ReportModel | null> {
  const dashboard = await getDashboard(viewer, request.committeeId, request.termId, request.year);
  if (!dashboard?.resolution || !dashboard.ownResolution) return null;
  // The heading names the superior body even where it lies above the viewer's scope: it is part of the
  // committee's own letterhead, not data of another subtree.
  const [ancestors, stored, reporting] = await Promise.all([db.committeeClosure.findMany({
    where: { descendantId: dashboard.committee.id, depth: { gt: 0 } },
    select: { depth: true, ancestor: { select: { name: true, nameEn: true, kind: true } } },
    orderBy: { depth: "asc" },
  }), getReportDetails(db, dashboard.committee.id), reportingRate(sql, dashboard.committee.id, dashboard.reviewYear)]);
  const parent = ancestors[0]?.depth === 1 ? ancestors[0].ancestor : null;
  const province = dashboard.committee.kind === "PROVINCIAL"
    ? dashboard.committee
    : (ancestors.find((a) => a.ancestor.kind === "PROVINCIAL")?.ancestor ?? null);
  return buildReportModel(
    { ...dashboard, resolution: dashboard.resolution },
    {
      locale: request.locale,
      kind: request.kind ?? reviewKindFor(dashboard.term, dashboard.reviewYear),
      issuedOn: request.issuedOn ?? new Date(),
      parent,
      province,
      details: { number: request.details?.number ?? stored.number, signer: request.details?.signer ?? stored.signer },
      reporting,
    },
  );
}

/** The number and signer kept for a committee's reports; `dashboard` is the viewer's, so its committee is in scope. */
export async function getKeptReportDetails(dashboard: { committee: { id: number } }) {
  return getReportDetails(db, dashboard.committee.id);
}
