// Pure: what a committee-year's heading says about who moved it through the workflow, and when.
import type { YearStatus } from "./types";

export interface TraceInput {
  status: YearStatus;
  submittedBy: string | null;
  submittedAt: Date | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
}

export type TraceLine = { step: "submitted" | "reviewed" | "returned"; name: string; at: Date };

/**
 * The steps that still describe the year. A draft's earlier submission is history (the audit trail keeps it), not
 * its state: a returned or unlocked draft says who gave it back, and no longer when it was sent.
 */
export function workflowTrace(year: TraceInput): TraceLine[] {
  const submitted = year.submittedBy && year.submittedAt ? { name: year.submittedBy, at: year.submittedAt } : null;
  const reviewed = year.reviewedBy && year.reviewedAt ? { name: year.reviewedBy, at: year.reviewedAt } : null;
  switch (year.status) {
    case "SUBMITTED":
      return submitted ? [{ step: "submitted", ...submitted }] : [];
    case "APPROVED":
      return [...(submitted ? [{ step: "submitted" as const, ...submitted }] : []), ...(reviewed ? [{ step: "reviewed" as const, ...reviewed }] : [])];
    case "DRAFT":
      return reviewed ? [{ step: "returned", ...reviewed }] : [];
    default:
      return [];
  }
}

/** A unit's submission time in a list: only while it stands (submitted or approved), not after it was returned. */
export function standingSubmission(status: string, submittedAt: Date | null): Date | null {
  return status === "SUBMITTED" || status === "APPROVED" ? submittedAt : null;
}
