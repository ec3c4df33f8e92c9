// Rounding happens only here and only for display; every status and sum is computed on unrounded numbers.
import { DISPLAY_PERCENT_DECIMALS, PERCENT_BOUNDARY } from "./thresholds";

/** value × 10^places, shifted in decimal notation so 1.005 is treated as the 1.005 people see, not 1.00499…. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** Nothing to round: non-finite, or already whole (every double beyond 2^52 is, and shifting it could overflow). */
function isAlreadyRounded(value: number, decimals: number): boolean {
  return !Number.isFinite(value) || (decimals >= 0 && Number.isInteger(value));
}

/**
 * Directed rounding first drops binary noise past 15 significant digits, so 0.1 + 0.2 floors to 0.3 and
 * 29.000000000000004 ceils to 29. Doubles carry ~15.9 digits, so this changes no value a person entered.
 */
function withoutBinaryNoise(value: number): number {
  return Number(value.toPrecision(15));
}

/** Half away from zero: 2.345 → 2.35, −2.345 → −2.35 (the rule Vietnamese reports and Excel use). */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  if (isAlreadyRounded(value, decimals)) return value;
  const magnitude = shiftDecimal(Math.round(shiftDecimal(Math.abs(value), decimals)), -decimals);
  return value < 0 ? -magnitude : magnitude;
}

/** Never overstate: 80.7 → 80, 78.142857 → 78 (the summary sentence's "80% or more"). */
export function floorToDecimals(value: number, decimals = 0): number {
  if (isAlreadyRounded(value, decimals)) return value;
  return shiftDecimal(Math.floor(shiftDecimal(withoutBinaryNoise(value), decimals)), -decimals);
}

/** Never understate a need: 76.5 members a year → 77. */
export function ceilToDecimals(value: number, decimals = 0): number {
  if (isAlreadyRounded(value, decimals)) return value;
  return shiftDecimal(Math.ceil(shiftDecimal(withoutBinaryNoise(value), decimals)), -decimals);
}

/**
 * A % of plan for display: half away from zero, except that rounding never crosses 100. A value below 100
 * shows at most 99.99 (99.995 → 99.99), so "đạt 100%" is never printed for a target short of its plan;
 * a value of 100 or more never shows below 100. Format the result with formatPercent(…, locale, decimals).
 */
export function roundForDisplay(percent: number, decimals = DISPLAY_PERCENT_DECIMALS): number {
  const rounded = roundHalfAwayFromZero(percent, decimals);
  if (percent < PERCENT_BOUNDARY && rounded >= PERCENT_BOUNDARY) {
    return shiftDecimal(shiftDecimal(PERCENT_BOUNDARY, decimals) - 1, -decimals);
  }
  if (percent >= PERCENT_BOUNDARY && rounded < PERCENT_BOUNDARY) return PERCENT_BOUNDARY;
  return rounded;
}
