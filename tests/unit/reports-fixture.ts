// A small review built the way getDashboard builds one (indicator values → evaluateTarget), without a
// database, for the pure report tests; not a test file itself.
import { evaluateTarget, type Evaluation } from "@/lib/dashboard/evaluate";
import type { IndicatorDef, TargetDef } from "@/lib/dashboard/types";
import type { ReportSource } from "@/lib/reports/model";

const unit = (unitVi: string, unitEn: string, code: string): IndicatorDef =>
  ({ id: code.length, code, nameVi: code, nameEn: code, unitVi, unitEn, scale: unitVi === "%" ? 100 : 1, numerator: [1], denominator: unitVi === "%" ? [2] : [], whole: unitVi !== "%" });
const members = unit("đảng viên", "members", "MEMBERS_ADMITTED");
const rate = unit("%", "%", "RATE");
const count = unit("cuộc", "inspections", "INSPECTIONS");

let nextId = 1;
function target(over: Partial<TargetDef> & Pick<TargetDef, "kind" | "titleVi">): TargetDef {
  const id = nextId++;
  return {
    id, position: id, category: "TARGET", titleEn: over.titleVi, comparator: "GTE", targetValue: null, baselineValue: null,
    baselineYear: null, deadlineYear: null, indicator: null, assessments: [], ...over,
  };
}

const full = { reporting: 37, expected: 37 };
const values = (byYear: Record<number, number | null>, completeness: Record<number, { reporting: number; expected: number }> = {}) =>
  Object.entries(byYear).map(([year, value]) => ({ year: Number(year), value, completeness: completeness[Number(year)] ?? full }));

/** The bloc's mid-term picture in five targets and a task, reviewed in 2022 of 2020–2025. */
export function blocSource(reviewYear = 2022): ReportSource {
  nextId = 1;
  const term = { name: "2020–2025", startYear: 2020, endYear: 2025 };
  const list: [TargetDef, ReturnType<typeof values>][] = [
    [target({ kind: "ANNUAL_RATE", titleVi: "Hằng năm có từ 95% đảng viên hoàn thành tốt nhiệm vụ trở lên", titleEn: "Annually at least 95% of members rated well or better", indicator: rate, targetValue: 95 }),
      values({ 2020: 96.10208816705337, 2021: 94.80136208853575, 2022: 97.00996677740864 })],
    [target({ kind: "TERM_CUMULATIVE", titleVi: "Kết nạp 700 đảng viên mới trong nhiệm kỳ", titleEn: "Admit 700 new members during the term", indicator: members, targetValue: 700 }),
      values({ 2020: 172, 2021: 181, 2022: 194 })],
    [target({ kind: "LEVEL_BY_DEADLINE", titleVi: "Đến năm 2025, 90% hồ sơ công việc được xử lý trên môi trường mạng", titleEn: "By 2025, 90% of work records handled online", indicator: rate, targetValue: 90, baselineValue: 40, baselineYear: 2020, deadlineYear: 2025 }),
      values({ 2020: 40, 2021: 45, 2022: 48 }, { 2022: { reporting: 20, expected: 22 } })],
    [target({ kind: "TERM_CUMULATIVE", titleVi: "=HYPERLINK(\"http://x\") Thực hiện 150 cuộc kiểm tra, giám sát", titleEn: "+Carry out 150 inspections", indicator: count, targetValue: 150 }),
      values({ 2020: 10, 2021: null, 2022: 20 })],
    [target({ kind: "ANNUAL_RATE", titleVi: "Hằng năm tỉ lệ đảng viên không hoàn thành nhiệm vụ không quá 2%", titleEn: "Annually at most 2% of members rated as not completing tasks", indicator: rate, targetValue: 2, comparator: "LTE" }),
      values({ 2020: 0.9, 2021: 1.59, 2022: 0.71 })],
    [target({ kind: "QUALITATIVE", category: "KEY_TASK", position: 1, titleVi: "Nâng cao năng lực lãnh đạo của tổ chức đảng trong doanh nghiệp", titleEn: "Strengthen Party leadership in enterprises",
      assessments: [{ year: 2022, result: "ON_TRACK", note: "Sơ kết giữa nhiệm kỳ: 11 tổ chức đảng mới trong doanh nghiệp ngoài nhà nước." }] }), []],
  ];
  const years = [2020, 2021, 2022, 2023, 2024, 2025];
  const evaluations = new Map<number, Evaluation>(
    list.map(([t, v]) => [t.id, evaluateTarget(t, years.map((year) => v.find((x) => x.year === year) ?? { year, value: null }), term, reviewYear, true)]),
  );
  return {
    committee: { code: "AP-KCQDN", name: "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", nameEn: "Party Committee of the Provincial Agencies and Enterprises Bloc", kind: "UPPER_GRASSROOTS" },
    term,
    resolution: { title: "Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh lần thứ V, nhiệm kỳ 2020–2025", number: "05-NQ/ĐH", adoptedOn: new Date("2020-06-12") },
    targets: list.map(([t]) => t),
    evaluations,
    reviewYear,
  };
}

export const PROVINCE = { name: "Đảng bộ tỉnh An Phú", nameEn: "An Phu Provincial Party Committee", kind: "PROVINCIAL" };
/** 22 November 2026, 09:00 in Vietnam. */
export const ISSUED_ON = new Date("2026-11-22T02:00:00Z");
