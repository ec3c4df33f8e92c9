// The forecast as one sentence for the target detail page and exports:
// "Cần bình quân 77 đảng viên/năm trong 2 năm còn lại" / "Needs 77 members a year over the remaining 2 years".
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ceilToDecimals, floorToDecimals } from "./rounding";
import { PACE_DECIMALS } from "./thresholds";
import type { PaceUnits, TargetProgress } from "./types";

/** "77 đảng viên", but "95%" with no space, as Party reports write percentages. */
function withUnit(amount: string, unit: string): string {
  if (unit === "") return amount;
  return unit.startsWith("%") ? `${amount}${unit}` : `${amount} ${unit}`;
}

function remainingEn(years: string, count: number): string {
  return `over the remaining ${years} year${count === 1 ? "" : "s"}`;
}

/**
 * Sentence for the yearly pace the rest of the term needs, or null when there is no forecast (term over, no
 * data, qualitative). Needs are rounded UP and allowances ("at most") DOWN, so the sentence never asks for
 * less, or allows more, than the plan really requires: 153 members over 2 years → 77 a year.
 */
export function paceSentence(progress: TargetProgress, units: PaceUnits, locale: Locale): string | null {
  const { forecast } = progress;
  if (!forecast || forecast.neededPerYear === null) return null;
  const decimals = units.decimals ?? PACE_DECIMALS;
  const lte = progress.comparator === "LTE";
  const vi = locale === "vi";
  const unit = vi ? units.unitVi : units.unitEn;
  const num = (value: number) => formatNumber(value, locale, Math.max(0, decimals));
  const years = num(forecast.remainingYears);
  const needed = forecast.neededPerYear;
  const over = vi ? `trong ${years} năm còn lại` : remainingEn(years, forecast.remainingYears);

  switch (progress.kind) {
    case "TERM_CUMULATIVE": {
      if (lte) {
        if (progress.actual !== null && progress.plan !== null && progress.actual > progress.plan) {
          return vi ? "Đã vượt mức tối đa của cả nhiệm kỳ" : "The limit for the whole term is already exceeded";
        }
        const allowed = withUnit(num(floorToDecimals(needed, decimals)), unit);
        return vi ? `Tối đa bình quân ${allowed}/năm ${over}` : `At most ${allowed} a year ${over}`;
      }
      if (needed === 0) return vi ? "Đã đạt kế hoạch cả nhiệm kỳ" : "The plan for the whole term is already reached";
      const amount = withUnit(num(ceilToDecimals(needed, decimals)), unit);
      return vi ? `Cần bình quân ${amount}/năm ${over}` : `Needs ${amount} a year ${over}`;
    }
    case "LEVEL_BY_DEADLINE": {
      if (needed === 0) return vi ? "Đã đạt mức chỉ tiêu" : "The target level is already reached";
      const amount = withUnit(num(ceilToDecimals(Math.abs(needed), decimals)), unit);
      if (vi) return `Cần ${needed > 0 ? "tăng" : "giảm"} bình quân ${amount}/năm ${over}`;
      return `Needs an average ${needed > 0 ? "rise" : "fall"} of ${amount} a year ${over}`;
    }
    case "ANNUAL_RATE": {
      // The need is the threshold itself, rounded towards the stricter side.
      const level = withUnit(num(lte ? floorToDecimals(needed, decimals) : ceilToDecimals(needed, decimals)), unit);
      if (vi) return lte ? `Cần giữ ở mức không quá ${level} mỗi năm ${over}` : `Cần đạt từ ${level} trở lên mỗi năm ${over}`;
      return `Needs ${level} or ${lte ? "less" : "more"} each year ${over}`;
    }
    case "QUALITATIVE":
      return null;
  }
}
