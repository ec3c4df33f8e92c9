// Every named threshold of the progress engine, in one place so the README and the code cannot drift apart.

/**
 * Progress ratio (actual share of plan ÷ share expected by now) at or above which a target is ON_TRACK.
 * 0.95 tolerates a small lag (a late year-end entry, a slow first year) without raising an alarm.
 */
export const ON_TRACK_MIN_RATIO = 0.95;

/**
 * Progress ratio at or above which a lagging target is AT_RISK rather than OFF_TRACK. Below 0.80 the
 * target is more than a fifth behind its straight path, which Party reviews treat as needing action.
 */
export const AT_RISK_MIN_RATIO = 0.8;

/**
 * Cap on % of plan for an "at most" cumulative target (plan ÷ actual × 100): with an actual near or at zero
 * the ratio grows without bound (and 0 would divide by zero), so it is capped at 10× the plan. The cap keeps
 * the % antitone in the value and never affects the status, which compares actual with plan directly.
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
