import { describe, expect, it } from "vitest";
import { headingsBefore, type FormLine } from "./lines";

const line = (formOrder: number, label: string, extra: Partial<FormLine> = {}): FormLine =>
  ({ formCode: "3", formOrder, label, indent: 0, sameAs: null, sumFrom: null, ...extra });

describe("the lines the entry form shows above a form's rows", () => {
  it("shows headings, another form's row named as entered there, and a sum of another form's rows; not what only prints", () => {
    const lines = [
      line(1, "I. Đảng viên trong danh sách có đến cuối kỳ báo cáo", { sameAs: { formCode: "1", row: "D - Đảng viên trong danh sách cuối kỳ báo cáo" } }),
      line(2, "Trong đó: - Nữ", { indent: 1, sumFrom: "4" }),
      line(9, "II. Phân tích đội ngũ đảng viên"),
      line(38, "- Tuổi bình quân", { indent: 1 }),
    ];
    const rows = [{ id: 10, formCode: "3", formOrder: 3 }, { id: 11, formCode: "3", formOrder: 11 }, { id: 12, formCode: "3", formOrder: 40 }];
    expect(Object.fromEntries(headingsBefore(rows, lines))).toEqual({
      10: [
        "I. Đảng viên trong danh sách có đến cuối kỳ báo cáo (= “D - Đảng viên trong danh sách cuối kỳ báo cáo”, Biểu số 1-BTCTW)",
        "Trong đó: - Nữ (= cộng các dòng của Biểu số 4-BTCTW, nhập ở đó)",
      ],
      11: ["II. Phân tích đội ngũ đảng viên"],
    });
  });
});
