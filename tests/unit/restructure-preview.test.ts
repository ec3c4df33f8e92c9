import { describe, expect, it } from "vitest";
import { headlineChange, previewCounts, totalDelta } from "@/lib/committees/restructure/preview-words";

const unit = (id: number, name: string) => ({ id, code: `C${id}`, name });
const change = (element: string, year: number, before: string | null, after: string | null) => ({ element, nameVi: element, nameEn: element, year, before, after });

describe("restructuring preview in people's words", () => {
  it("counts the units that change, the accounts that move and the committees above whose totals change", () => {
    const counts = previewCounts({
      units: [{ unit: unit(5, "Chi bộ A"), change: "moved" }, { unit: unit(6, "Chi bộ B"), change: "moved" }],
      accounts: [
        { id: 1, username: "canbo.a", displayName: "A", from: unit(5, "Chi bộ A"), to: unit(9, "Đảng bộ mới") },
        { id: 2, username: "canbo.b", displayName: "B", from: unit(6, "Chi bộ B"), to: null },
      ],
      totals: [
        { unit: unit(2, "Đảng bộ cũ"), rows: 220, changed: [change("MEMBERS_TOTAL", 2025, "806", "720")] },
        { unit: unit(1, "Đảng bộ tỉnh"), rows: 400, changed: [] },
      ],
    });
    expect(counts).toEqual({ units: 2, accounts: 1, totals: 1 });
  });

  it("names the latest year's largest change first, with its signed difference", () => {
    const changes = [change("MEMBERS_ADMITTED", 2024, "30", "25"), change("MEMBERS_ADMITTED", 2025, "31", "28"), change("MEMBERS_TOTAL", 2025, "806", "720")];
    const first = headlineChange(changes)!;
    expect([first.element, first.year, totalDelta(first)]).toEqual(["MEMBERS_TOTAL", 2025, -86]);
    expect(totalDelta(change("MEMBERS_TOTAL", 2025, null, "12"))).toBe(12);
    expect(headlineChange([])).toBeNull();
  });
});
