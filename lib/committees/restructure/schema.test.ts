import { describe, expect, it } from "vitest";
import { namedCommittees, restructureSchema } from "./schema";
import { todayInVietnam } from "./execute";

describe("restructure input", () => {
  it("needs exactly one successor for a merge: an existing unit or a new one", () => {
    const base = { op: "merge", effectiveFrom: "2025-07-01", sourceIds: ["3", "4"] };
    expect(restructureSchema.safeParse({ ...base, intoId: "5" }).success).toBe(true);
    expect(restructureSchema.safeParse(base).success).toBe(false);
    const both = restructureSchema.safeParse({ ...base, intoId: 5, newUnit: { code: "ap-x", name: "X", kind: "GRASSROOTS", parentId: 2 } });
    expect(both.success).toBe(false);
    const fresh = restructureSchema.parse({ ...base, newUnit: { code: " ap-x1 ", name: "Chi bộ X", kind: "GRASSROOTS_CELL", parentId: "2" } });
    expect(fresh).toMatchObject({ newUnit: { code: "AP-X1", parentId: 2 }, reassignResolutions: false });
    expect(namedCommittees(fresh)).toEqual([3, 4, 2]);
  });

  it("refuses a split whose successor is not one of its new units, and dates that are not days", () => {
    const units = [{ code: "A", name: "A", kind: "CELL" }, { code: "B", name: "B", kind: "CELL" }];
    expect(restructureSchema.safeParse({ op: "split", effectiveFrom: "2025-07-01", committeeId: 3, newUnits: units, successorIndex: 1 }).success).toBe(true);
    expect(restructureSchema.safeParse({ op: "split", effectiveFrom: "2025-07-01", committeeId: 3, newUnits: units, successorIndex: 2 }).success).toBe(false);
    expect(restructureSchema.safeParse({ op: "dissolve", effectiveFrom: "2025-13-45", committeeId: 3 }).success).toBe(false);
    expect(restructureSchema.safeParse({ op: "dissolve", effectiveFrom: "1/7/2025", committeeId: 3 }).success).toBe(false);
    expect(restructureSchema.safeParse({ op: "dissolve", effectiveFrom: "2025-02-30", committeeId: 3 }).success).toBe(false);
    expect(restructureSchema.safeParse({ op: "dissolve", effectiveFrom: "2024-02-29", committeeId: 3 }).success).toBe(true);
  });

  it("takes today in Vietnam, 7 hours ahead of UTC", () => {
    expect(todayInVietnam(new Date("2025-06-30T18:30:00Z"))).toBe("2025-07-01");
    expect(todayInVietnam(new Date("2025-06-30T16:30:00Z"))).toBe("2025-06-30");
  });
});
