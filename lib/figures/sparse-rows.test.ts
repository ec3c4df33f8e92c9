import { describe, expect, it } from "vitest";
import { sparseView } from "./sparse-rows";
import type { FormElement } from "./types";

const el = (id: number, extra: Partial<FormElement> = {}): FormElement => ({
  id, code: `E${id}`, name: `E${id}`, unit: "đảng viên", groupCode: "FORM_4", indent: 1, valueType: "COUNT", partOfId: null,
  classificationLevel: null, levelCapPercent: null, sumOfId: null, sumSign: null, carriedFromId: null, blankIsZero: true, ...extra,
});

// 30 groups (ids 1–30), each followed by its women (101–130); a heading on the first group and on group 21.
const LIST = Array.from({ length: 30 }, (_, i) => [
  el(i + 1, i === 0 ? { headings: ["I. Dân tộc"] } : i === 20 ? { headings: ["II. Tôn giáo"] } : {}),
  el(101 + i, { partOfId: i + 1, indent: 2 }),
]).flat();

describe("the entry form's view of a long breakdown most units leave empty (Biểu 4)", () => {
  it("shows the rows with a value and their pairs, the headings of rows left out moving to the next row shown", () => {
    const view = sparseView(LIST, false, (e) => [1, 104, 22].includes(e.id));
    expect(view.shown.map((e) => e.id)).toEqual([1, 101, 4, 104, 22, 122]);
    expect(view.shown.map((e) => e.headings ?? [])).toEqual([["I. Dân tộc"], [], [], [], ["II. Tôn giáo"], []]);
    expect(view.hidden).toBe(54);
  });

  it("shows every row once opened, and a short group whole", () => {
    expect(sparseView(LIST, true, () => false)).toEqual({ shown: LIST, hidden: 0 });
    const short = LIST.slice(0, 10);
    expect(sparseView(short, false, () => false)).toEqual({ shown: short, hidden: 0 });
    expect(sparseView(LIST, false, () => false)).toEqual({ shown: [], hidden: 60 });
  });
});
