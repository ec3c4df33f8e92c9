// The mid-term (or term-end) summary every review carries: how many targets were achieved or exceeded and
// the lowest % of plan among the rest, as a sentence in Vietnamese and English.
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { floorToDecimals } from "./rounding";
import type { MidTermSummary, ProgressStatus, TargetProgress } from "./types";

const STATUSES: readonly ProgressStatus[] = [
  "EXCEEDED",
  "ACHIEVED",
  "ON_TRACK",
  "AT_RISK",
  "OFF_TRACK",
  "NOT_ACHIEVED",
  "NO_DATA",
];

export function isAchievedStatus(status: ProgressStatus): boolean {
  return status === "EXCEEDED" || status === "ACHIEVED";
}

export function summarizeTargets(items: readonly TargetProgress[]): MidTermSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const item of items) byStatus[item.status] += 1;
  const remaining = items.filter((item) => !isAchievedStatus(item.status));
  const percents = remaining.flatMap((item) => (item.percentOfPlan === null ? [] : [item.percentOfPlan]));
  return {
    total: items.length,
    achieved: items.length - remaining.length,
    remaining: remaining.length,
    // reduce, not Math.min(...), so a national rollup of thousands of targets cannot overflow the call stack.
    lowestPercentOfRemaining: percents.length > 0 ? percents.reduce((a, b) => Math.min(a, b)) : null,
    remainingWithoutData: remaining.length - percents.length,
    byStatus,
  };
}

/**
 * "Đạt và vượt 6/10 chỉ tiêu; 4 chỉ tiêu còn lại đạt từ 80% trở lên" /
 * "Achieved or exceeded 6 of 10 targets; the remaining 4 reached 80% or more".
 * The lowest % is floored to a whole percent: the sentence may understate, never overstate (80.7 → 80%).
 */
export function summarySentence(summary: MidTermSummary, locale: Locale): string {
  const n = (value: number) => formatNumber(value, locale, 0);
  const { total, achieved, remaining, lowestPercentOfRemaining: lowest, remainingWithoutData: without } = summary;
  const vi = locale === "vi";
  if (total === 0) return vi ? "Chưa có chỉ tiêu" : "No targets yet";
  const head = vi
    ? `Đạt và vượt ${n(achieved)}/${n(total)} chỉ tiêu`
    : remaining === 0
      ? `Achieved or exceeded all ${n(total)} targets`
      : `Achieved or exceeded ${n(achieved)} of ${n(total)} targets`;
  if (remaining === 0) return head;
  if (lowest === null) {
    return vi
      ? `${head}; ${n(remaining)} chỉ tiêu còn lại chưa có số liệu để đánh giá`
      : `${head}; the remaining ${n(remaining)} have no data yet`;
  }
  const floored = floorToDecimals(lowest, 0);
  const floor = formatPercent(floored, locale, 0);
  const tail = without === 0 ? "" : vi ? ` (${n(without)} chỉ tiêu chưa có số liệu)` : ` (${n(without)} without data)`;
  // "reached 0% or more" says nothing: a level target still at its baseline, an amount with nothing done yet.
  if (floored <= 0) {
    return vi
      ? `${head}; ${n(remaining)} chỉ tiêu còn lại chưa đạt, thấp nhất ${floor}${tail}`
      : `${head}; the remaining ${n(remaining)} not reached yet, the lowest at ${floor}${tail}`;
  }
  return vi
    ? `${head}; ${n(remaining)} chỉ tiêu còn lại đạt từ ${floor} trở lên${tail}`
    : `${head}; the remaining ${n(remaining)} reached ${floor} or more${tail}`;
}
