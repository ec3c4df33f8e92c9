// Pure: whether the units' shares of a cascaded target add up to the parent's plan. Compared as scaled
// integers (DECIMAL(18,4)), never as floats, so 700 split over 12 units is exact.
import { fromScaled, toScaled } from "@/lib/figures/number";

export interface CascadeBalance {
  /** Σ of the units' plans, as a decimal string. */
  sum: string;
  /** Σ − parent plan: negative = units plan less than the parent, positive = more. */
  difference: string;
  balanced: boolean;
  /** Units with a plan of their own. */
  units: number;
}

/** Amount targets (counts) add up; a rate target's shares are each unit's own threshold and do not. */
export function cascadeAddsUp(indicator: { isRate: boolean } | null): boolean {
  return !!indicator && !indicator.isRate;
}

export function cascadeBalance(parentPlan: string, shares: readonly (string | null)[]): CascadeBalance {
  const planned = shares.filter((s): s is string => s !== null);
  const sum = planned.reduce((total, s) => total + toScaled(s), 0n);
  const difference = sum - toScaled(parentPlan);
  return { sum: fromScaled(sum), difference: fromScaled(difference), balanced: difference === 0n, units: planned.length };
}
