// Pure: section IV, the data the report stands on — where the figures come from, which years or units are
// missing — so a reader can tell a weak number from a gap in reporting.
import type { Evaluation } from "@/lib/dashboard/evaluate";
import type { TargetDef } from "@/lib/dashboard/types";
import type { ReportingRate } from "@/lib/figures/reporting-rate";
import { dataRemarks, lowerFirst, type RowContext } from "./rows";

export function completenessParagraphs(
  targets: TargetDef[],
  evaluations: Map<number, Evaluation>,
  context: RowContext & { committeeName: string; issuedOnText: string; reporting?: ReportingRate | null },
): string[] {
  const { words, term, reviewYear } = context;
  const measured = targets.filter((t) => t.indicator);
  const paragraphs = [words.t("data.source", { committee: context.committeeName, year: reviewYear })];
  const gaps = measured
    .map((t) => ({ target: t, remarks: dataRemarks(evaluations.get(t.id)!.progress, context) }))
    .filter((g) => g.remarks.length > 0);
  if (gaps.length === 0) {
    const years = reviewYear > term.startYear ? `${term.startYear}–${reviewYear}` : String(reviewYear);
    paragraphs.push(words.t("data.complete", { years, count: measured.length }));
  } else {
    for (const gap of gaps) paragraphs.push(words.t("data.incomplete", { no: gap.target.position, details: gap.remarks.map((r) => lowerFirst(r, context.locale)).join("; ") }));
  }
  const rate = context.reporting;
  if (rate && rate.expected > 0) {
    paragraphs.push(rate.withDeadline > 0
      ? words.t("data.onTime", { year: String(rate.year), onTime: rate.onTime, submitted: rate.submitted, expected: rate.expected })
      : words.t("data.submitted", { year: String(rate.year), submitted: rate.submitted, expected: rate.expected }));
  }
  paragraphs.push(words.t("data.generated", { date: context.issuedOnText }));
  return paragraphs;
}
