// Every named threshold of the progress engine, in one place so the README and the code cannot drift apart.

/**
 * How far behind its straight path a target may be and still be ON_TRACK, in percentage points of the whole
 * distance it has to cover in the term (the plan of a cumulative target, baseline → target of a level). The
 * gap is measured against the whole distance, not against the part expected so far, so a review early in
 * the term (or in the baseline year, when nothing is expected yet) does not turn a hair's lag into an alarm.
 */
export const ON_TRACK_MAX_GAP = 5;

/** Behind the path by more than ON_TRACK_MAX_GAP up to this many points: AT_RISK; beyond it: OFF_TRACK. */
export const AT_RISK_MAX_GAP = 15;

/**
 * Decimals at which values and gaps are compared: the precision screens show ("94,99%"). A difference below
 * it never flips a status: 94,996% reads "95,00%" and meets "từ 95% trở lên"; 94,99% does not.
 */
export const COMPARISON_DECIMALS = 2;

/**
 * Cap on % of plan for an "at most" target (limit ÷ value × 100): with a value near or at zero the ratio grows
 * without bound (and 0 would divide by zero), so it is capped at 10× the plan. The cap keeps the % antitone
 * in the value and never affects the status, which compares the value with the limit directly.
 */
export const LTE_MAX_PERCENT_OF_PLAN = 1000;

/** Decimals of a % of plan on screens and in exports: "78,14%". */
export const DISPLAY_PERCENT_DECIMALS = 2;

/** The boundary display rounding never crosses: 99.995% shows 99.99%, never 100%. */
export const PERCENT_BOUNDARY = 100;

/** Decimals of a yearly pace in sentences by default: counts of members, organizations, cases. */
export const PACE_DECIMALS = 0;

/** Data points needed for a trend; with fewer, the forecast assumes the level stays where it is. */
export const MIN_TREND_POINTS = 2;
