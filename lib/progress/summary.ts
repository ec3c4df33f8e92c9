// The mid-term (or term-end) summary every review carries, in the Party's phrasing: targets achieved or
// exceeded, those on their path, those lagging with the lowest attainment among them, as their cards show it.
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatPercentOfPlan } from "./percent-format";
import type { MidTermSummary, ProgressStatus, TargetProgress } from "./types";

const STATUSES: readonly ProgressStatus[] = ["EXCEEDED", "ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ACHIEVED", "NO_DATA"];

/** Statuses a review must explain, in the order the sentence names them. */
export const LAGGING_STATUSES: readonly ProgressStatus[] = ["AT_RISK", "OFF_TRACK", "NOT_ACHIEVED"];

export function isAchievedStatus(status: ProgressStatus): boolean {
  return status === "EXCEEDED" || status === "ACHIEVED";
}

export function summarizeTargets(items: readonly TargetProgress[]): MidTermSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const item of items) byStatus[item.status] += 1;
  const lagging = items.filter((item) => LAGGING_STATUSES.includes(item.status));
  const percents = lagging.flatMap((item) => (item.percentOfPlan === null ? [] : [item.percentOfPlan]));
  const provisional = items.flatMap((item) => (item.provisional ? [item.provisional] : []));
  // reduce, not Math.min(...), so a national rollup of thousands of targets cannot overflow the call stack.
  const least = provisional.reduce<(typeof provisional)[number] | null>(
    (a, b) => (a === null || b.coverage.reporting * a.coverage.expected < a.coverage.reporting * b.coverage.expected ? b : a),
    null,
  );
  return {
    total: items.length,
    achieved: byStatus.EXCEEDED + byStatus.ACHIEVED,
    onTrack: byStatus.ON_TRACK,
    lagging: lagging.length,
    lowestPercentOfLagging: percents.length > 0 ? percents.reduce((a, b) => Math.min(a, b)) : null,
    byStatus,
    provisional: provisional.length,
    leastCoverage: least && { year: least.year, ...least.coverage },
  };
}

const WORDS = {
  vi: {
    none: "Chưa có chỉ tiêu",
    head: (a: string, t: string) => `Đạt và vượt ${a}/${t} chỉ tiêu`,
    onTrack: (n: string, t: string) => `${n}/${t} chỉ tiêu đang trong lộ trình thực hiện`,
    AT_RISK: (n: string) => `${n} chỉ tiêu có nguy cơ không đạt`,
    OFF_TRACK: (n: string) => `${n} chỉ tiêu chậm tiến độ`,
    NOT_ACHIEVED: (n: string) => `${n} chỉ tiêu không đạt`,
    lowest: (p: string, one: boolean) => (one ? ` (đạt ${p})` : ` (thấp nhất đạt ${p})`),
    noData: (n: string) => `${n} chỉ tiêu chưa có số liệu`,
    provisional: (year: number, r: string, e: string) => `số liệu năm ${year} mới có ${r}/${e} đơn vị, kết quả là tạm tính`,
  },
  en: {
    none: "No targets yet",
    head: (a: string, t: string, total: number) => (a === t ? `Achieved or exceeded all ${t} target${total === 1 ? "" : "s"}` : `Achieved or exceeded ${a} of ${t} target${total === 1 ? "" : "s"}`),
    onTrack: (n: string, t: string) => `${n} of ${t} on track`,
    AT_RISK: (n: string) => `${n} at risk`,
    OFF_TRACK: (n: string) => `${n} behind schedule`,
    NOT_ACHIEVED: (n: string) => `${n} not achieved`,
    lowest: (p: string, one: boolean) => (one ? ` (at ${p})` : ` (the lowest at ${p})`),
    noData: (n: string) => `${n} without data`,
    provisional: (year: number, r: string, e: string) => `${year} figures are provisional (${r}/${e} units)`,
  },
} as const;

/**
 * "Đạt và vượt 6/10 chỉ tiêu; 3/10 chỉ tiêu đang trong lộ trình thực hiện; 1 chỉ tiêu không đạt (đạt 78,14%)".
 * Every clause counts statuses, so the sentence cannot contradict the cards; the lowest attainment is only
 * said of lagging targets, formatted as their cards show it.
 */
export function summarySentence(summary: MidTermSummary, locale: Locale): string {
  const n = (value: number) => formatNumber(value, locale, 0);
  const words = WORDS[locale];
  const { total, achieved, onTrack, byStatus } = summary;
  if (total === 0) return words.none;
  const clauses = [words.head(n(achieved), n(total), total)];
  if (onTrack > 0) clauses.push(words.onTrack(n(onTrack), n(total)));
  const lagging = LAGGING_STATUSES.filter((s) => byStatus[s] > 0).map((s) => words[s as "AT_RISK"](n(byStatus[s])));
  if (lagging.length > 0 && summary.lowestPercentOfLagging !== null) {
    lagging[lagging.length - 1] += words.lowest(formatPercentOfPlan(summary.lowestPercentOfLagging, locale), summary.lagging === 1);
  }
  clauses.push(...lagging);
  if (byStatus.NO_DATA > 0) clauses.push(words.noData(n(byStatus.NO_DATA)));
  const c = summary.leastCoverage;
  if (c) clauses.push(words.provisional(c.year, n(c.reporting), n(c.expected)));
  return clauses.join("; ");
}
