// Pure: how a target reads in a resolution ("Hằng năm có từ 95% đảng viên hoàn thành tốt nhiệm vụ trở lên"),
// built from its kind, comparator, value and indicator, and what data it needs. The target form shows it as the
// user types and the server uses it as the title when none is given, so both write the same sentence.
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export type TargetKindCode = "ANNUAL_RATE" | "TERM_CUMULATIVE" | "LEVEL_BY_DEADLINE" | "QUALITATIVE";

export interface DescribedIndicator {
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  /** True for a ratio (it has a denominator): its value is a percentage of a whole. */
  isRate: boolean;
}

export interface DescribeInput {
  kind: TargetKindCode;
  comparator: "GTE" | "LTE";
  targetValue: number | null;
  baselineValue?: number | null;
  baselineYear?: number | null;
  deadlineYear?: number | null;
  indicator: DescribedIndicator | null;
  term: { name: string; endYear: number };
  /** A qualitative target reads as its own title. */
  title?: string;
}

/** "Tỉ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên" → "đảng viên hoàn thành tốt nhiệm vụ trở lên". */
export function subjectOf(indicator: DescribedIndicator, locale: Locale): string {
  const name = locale === "vi"
    ? indicator.nameVi.replace(/^(Tỉ lệ|Tỷ lệ|Số lượng|Số)\s+/u, "")
    : indicator.nameEn.replace(/^(Rate of|Share of|Number of)\s+/iu, "");
  return lowerFirst(name, locale);
}

function lowerFirst(text: string, locale: Locale): string {
  // Keep acronyms and quoted names as they are ("4-good", "UBND").
  if (text.length > 1 && text.charAt(1) === text.charAt(1).toLocaleUpperCase(locale) && /\p{L}/u.test(text.charAt(1))) return text;
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

function amount(value: number, indicator: DescribedIndicator, locale: Locale): string {
  const n = formatNumber(value, locale, 2);
  const unit = locale === "vi" ? indicator.unitVi : indicator.unitEn;
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
}

/** The sentence, or null while the form lacks what it needs (an indicator, a value). */
export function describeTarget(input: DescribeInput, locale: Locale): string | null {
  const { kind, comparator, targetValue: value, indicator, term } = input;
  if (kind === "QUALITATIVE") return input.title?.trim() || null;
  if (!indicator || value === null || !Number.isFinite(value)) return null;
  const vi = locale === "vi";
  const subject = subjectOf(indicator, locale);
  const n = formatNumber(value, locale, 2);
  const lte = comparator === "LTE";
  let sentence: string;
  switch (kind) {
    case "ANNUAL_RATE": {
      const share = indicator.isRate ? `${n}%` : amount(value, indicator, locale);
      const whole = indicator.isRate && !lte && value === 100;
      // ≥ reads "từ … trở lên" ("trên" would mean >); once, where the subject already ends with "trở lên".
      const atLeast = `có từ ${share} ${subject}${subject.endsWith("trở lên") ? "" : " trở lên"}`;
      if (vi) sentence = whole ? `Hằng năm ${share} ${subject}` : `Hằng năm ${lte ? `có không quá ${share} ${subject}` : atLeast}`;
      else if (indicator.isRate) sentence = whole ? `Annually 100% of ${subject}` : `Annually ${lte ? "no more than" : "at least"} ${share} of ${subject}`;
      else sentence = `Annually ${lte ? "no more than" : "at least"} ${share} (${subject})`;
      break;
    }
    case "TERM_CUMULATIVE":
      sentence = vi
        ? `Trong nhiệm kỳ ${term.name}, ${lte ? "không quá" : "đạt"} ${n} ${subject}${lte ? "" : " trở lên"}`
        : `Over the ${term.name} term, ${lte ? "no more than" : "at least"} ${n} ${subject}`;
      break;
    case "LEVEL_BY_DEADLINE": {
      const deadline = input.deadlineYear ?? term.endYear;
      if (indicator.isRate) {
        sentence = vi
          ? `Đến năm ${deadline}, ${lte ? "không quá " : ""}${n}% ${subject}`
          : `By ${deadline}, ${lte ? "no more than " : ""}${n}% of ${subject}`;
      } else {
        sentence = vi
          ? `Đến năm ${deadline}, ${subject} ${lte ? "không quá" : "đạt"} ${amount(value, indicator, locale)}`
          : `By ${deadline}, ${subject} ${lte ? "no more than" : "reach"} ${amount(value, indicator, locale)}`;
      }
      if (input.baselineValue !== null && input.baselineValue !== undefined && input.baselineYear) {
        const base = indicator.isRate ? `${formatNumber(input.baselineValue, locale, 2)}%` : amount(input.baselineValue, indicator, locale);
        sentence += vi ? ` (năm ${input.baselineYear}: ${base})` : ` (${input.baselineYear}: ${base})`;
      }
      break;
    }
  }
  return sentence;
}

export interface NeededElement {
  nameVi: string;
  nameEn: string;
  role: "NUMERATOR" | "DENOMINATOR";
}

/** "What data it needs": the data elements units enter each year, the parts first, then the whole. */
export function describeDataNeeds(elements: NeededElement[], locale: Locale): string[] {
  const order = { NUMERATOR: 0, DENOMINATOR: 1 } as const;
  return [...elements]
    .sort((a, b) => order[a.role] - order[b.role])
    .map((e) => (locale === "vi" ? e.nameVi : e.nameEn));
}
