// Pure: which version of an amended target is in force for a review year. The one rule the dashboard, the
// target pages and the review report share: the latest revision whose first year is not after the review
// year; before the first amendment took effect, the target as adopted (revision 1).

export interface RevisionFields {
  revision: number;
  effectiveFrom: number;
  titleVi: string;
  titleEn: string;
  comparator: "GTE" | "LTE";
  targetValue: number | null;
  baselineValue: number | null;
  baselineYear: number | null;
  deadlineYear: number | null;
  reference: string | null;
}

/** What a report says about the version it used; null for a target never amended. */
export interface RevisionInUse {
  revision: number;
  effectiveFrom: number;
  reference: string | null;
  /** How many versions the target has: "version 1 of 2" still deserves a word in a report. */
  count: number;
}

export function revisionInForce<R extends RevisionFields>(revisions: readonly R[], reviewYear: number): R | null {
  if (revisions.length === 0) return null;
  const sorted = [...revisions].sort((a, b) => a.revision - b.revision);
  return sorted.filter((r) => r.effectiveFrom <= reviewYear).at(-1) ?? sorted[0]!;
}

/** The target with the fields of the version in force for the review year, and which version that is. */
export function targetInForce<T extends Omit<RevisionFields, "revision" | "effectiveFrom" | "reference">>(
  target: T,
  revisions: readonly RevisionFields[],
  reviewYear: number,
): T & { revision: RevisionInUse | null } {
  const r = revisionInForce(revisions, reviewYear);
  if (!r) return { ...target, revision: null };
  return {
    ...target,
    titleVi: r.titleVi, titleEn: r.titleEn, comparator: r.comparator, targetValue: r.targetValue,
    baselineValue: r.baselineValue, baselineYear: r.baselineYear, deadlineYear: r.deadlineYear,
    revision: { revision: r.revision, effectiveFrom: r.effectiveFrom, reference: r.reference, count: revisions.length },
  };
}
