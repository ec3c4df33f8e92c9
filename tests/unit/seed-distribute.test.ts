import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distribute } from "../../prisma/seed/figures";

describe("distribute (demo data)", () => {
  it("splits 547 admissions over units in proportion, adding up exactly", () => {
    const parts = distribute(547, [60, 40, 100]);
    expect(parts).toEqual([164, 109, 274]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(547);
  });

  it("always adds up to the total with non-negative parts", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 60 }), (total, weights) => {
        const parts = distribute(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => p >= 0)).toBe(true);
      }),
    );
  });
});
