import { describe, expect, it } from "vitest";
import { contentDisposition, fileNameFromDisposition, reviewHref } from "@/lib/reports/download";
import { documentDateParts, issuingBody, placeOf, superiorTitle } from "@/lib/reports/issuer";
import { buildReportModel, reviewKindFor } from "@/lib/reports/model";
import { escapeFormula } from "@/lib/reports/spreadsheet";
import { summarizeTargets, summarySentence } from "@/lib/progress";
import { blocSource, ISSUED_ON, PROVINCE } from "./reports-fixture";

const model = (locale: "vi" | "en", kind: "MID_TERM" | "TERM_END" = "MID_TERM") =>
  buildReportModel(blocSource(), { locale, kind, issuedOn: ISSUED_ON, parent: PROVINCE, province: PROVINCE });

describe("the issuing body in a Party document's heading", () => {
  it("is the committee's executive body, with its symbol", () => {
    expect(issuingBody({ name: "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", nameEn: null, kind: "UPPER_GRASSROOTS" }))
      .toMatchObject({ name: "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", symbol: "ĐU", signsAs: "ĐẢNG ỦY" });
    expect(issuingBody({ name: "Đảng bộ các cơ quan Đảng tỉnh", nameEn: null, kind: "UPPER_GRASSROOTS" }).name).toBe("Đảng ủy các cơ quan Đảng tỉnh");
    expect(issuingBody(PROVINCE)).toMatchObject({ name: "Tỉnh ủy An Phú", symbol: "TU", signsAs: "TỈNH ỦY" });
    expect(issuingBody({ name: "Đảng bộ huyện Đông Sơn", nameEn: null, kind: "DISTRICT" })).toMatchObject({ name: "Huyện ủy Đông Sơn", symbol: "HU" });
    expect(issuingBody({ name: "Chi bộ Sở Tư pháp", nameEn: null, kind: "GRASSROOTS_CELL" })).toMatchObject({ name: "Chi bộ Sở Tư pháp", symbol: "CB", signsAs: "CHI BỘ" });
  });

  it("names the superior body in capitals and the place from the province", () => {
    expect(superiorTitle(PROVINCE, "vi")).toBe("ĐẢNG BỘ TỈNH AN PHÚ");
    expect(superiorTitle(PROVINCE, "en")).toBe("AN PHU PROVINCIAL PARTY COMMITTEE");
    expect(superiorTitle(null, "vi")).toBeNull();
    expect(placeOf(PROVINCE, "vi")).toBe("An Phú");
    expect(placeOf(PROVINCE, "en")).toBe("An Phu");
    expect(placeOf({ name: "Đảng bộ thành phố Đà Nẵng", nameEn: null, kind: "PROVINCIAL" }, "en")).toBe("Da Nang");
  });

  it("dates in Vietnam's time zone, with a leading 0 for days below 10 and for January and February", () => {
    expect(documentDateParts(new Date("2026-02-05T03:00:00Z"), "vi")).toEqual({ day: "05", month: "02", year: "2026" });
    expect(documentDateParts(new Date("2026-11-21T20:00:00Z"), "vi")).toEqual({ day: "22", month: "11", year: "2026" });
    expect(documentDateParts(new Date("2026-02-05T03:00:00Z"), "en")).toEqual({ day: "5", month: "February", year: "2026" });
  });
});

describe("the review report model", () => {
  it("is a mid-term review before the term's last year and a term-end review from it", () => {
    expect(reviewKindFor({ startYear: 2020, endYear: 2025 }, 2022)).toBe("MID_TERM");
    expect(reviewKindFor({ startYear: 2020, endYear: 2025 }, 2025)).toBe("TERM_END");
  });

  it("carries the Party document's heading, title and file name", () => {
    const vi = model("vi");
    expect(vi.header).toEqual({
      superior: "ĐẢNG BỘ TỈNH AN PHÚ",
      issuer: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
      party: "ĐẢNG CỘNG SẢN VIỆT NAM",
      number: "Số      -BC/ĐU",
      placeDate: "An Phú, ngày 22 tháng 11 năm 2026",
    });
    expect(vi.title).toBe("BÁO CÁO");
    expect(vi.subtitle).toBe("Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh lần thứ V, nhiệm kỳ 2020–2025");
    expect(vi.fileBase).toBe("bao-cao-so-ket-AP-KCQDN-2022");
    expect(vi.intro).toContain("(số 05-NQ/ĐH, ngày 12/06/2020)");
    expect(vi.signature.onBehalf).toBe("T/M ĐẢNG ỦY");
    expect(vi.signature.recipients[0]).toBe("- Tỉnh ủy An Phú (để báo cáo),");

    const end = model("vi", "TERM_END");
    expect(end.subtitle).toMatch(/^Tổng kết nhiệm kỳ thực hiện Nghị quyết Đại hội/);
    expect(end.fileBase).toBe("bao-cao-tong-ket-AP-KCQDN-2022");
  });

  it("writes the summary sentence and every number as the dashboard does", () => {
    const source = blocSource();
    const vi = model("vi");
    const scored = source.targets.filter((t) => t.category === "TARGET").map((t) => source.evaluations.get(t.id)!.progress);
    expect(vi.summary).toBe(summarySentence(summarizeTargets(scored), "vi"));
    expect(vi.rows).toHaveLength(5);
    expect(vi.rows[1]).toMatchObject({ no: "2", plan: "700 đảng viên", result: "547/700", percent: "78,14%", status: "Đúng tiến độ" });
    expect(vi.rows[0]).toMatchObject({ plan: "từ 95% trở lên mỗi năm", result: "97,01% (năm 2022)", percent: "66,67%", status: "Có nguy cơ", note: "2/3 năm đạt; năm không đạt: 2021 (94,8%)" });
    expect(vi.rows[2]).toMatchObject({ plan: "90% vào năm 2025", status: "Chậm tiến độ (tạm tính)", note: "Năm 2022: 20/22 đơn vị đã nộp" });
    expect(vi.rows[4]).toMatchObject({ plan: "không quá 2% mỗi năm", status: "Đạt", note: "3/3 năm đạt" });
  });

  it("explains each target missed or at risk with its value, gap and needed pace", () => {
    const vi = model("vi");
    expect(vi.notes.map((n) => n.heading)).toEqual([
      "Chỉ tiêu 1: Hằng năm có từ 95% đảng viên hoàn thành tốt nhiệm vụ trở lên (Có nguy cơ)",
      "Chỉ tiêu 3: Đến năm 2025, 90% hồ sơ công việc được xử lý trên môi trường mạng (Chậm tiến độ)",
      "Chỉ tiêu 4: =HYPERLINK(\"http://x\") Thực hiện 150 cuộc kiểm tra, giám sát (Chậm tiến độ)",
    ]);
    expect(vi.notes[0]!.text).toBe("Đạt ngưỡng 95% ở 2/3 năm (66,67%); năm không đạt: 2021 (94,8%, thiếu 0,2 điểm phần trăm). Năm 2022: 97,01%. Cần đạt từ 95% trở lên mỗi năm trong 3 năm còn lại.");
    expect(vi.notes[1]!.text).toContain("còn thiếu 42 điểm phần trăm");
    expect(vi.notes[2]!.text).toBe("Đến năm 2022: 30/150, đạt 20% kế hoạch nhiệm kỳ (theo lộ trình cần đạt 75 cuộc); còn thiếu 120 cuộc so với kế hoạch. Cần bình quân 40 cuộc/năm trong 3 năm còn lại.");
    expect(vi.tasks).toEqual([{
      heading: "Nhiệm vụ trọng tâm 1: Nâng cao năng lực lãnh đạo của tổ chức đảng trong doanh nghiệp",
      status: "Đúng tiến độ",
      assessment: "Đánh giá năm 2022: Sơ kết giữa nhiệm kỳ: 11 tổ chức đảng mới trong doanh nghiệp ngoài nhà nước.",
    }]);
    expect(vi.completeness).toContain("Chỉ tiêu 3: năm 2022: 20/22 đơn vị đã nộp.");
    expect(vi.completeness).toContain("Chỉ tiêu 4: chưa có số liệu năm 2021.");
  });

  it("keeps the yearly figures behind each target unrounded", () => {
    const admissions = model("vi").yearly.rows.filter((r) => r.no === "2");
    expect(admissions.map((r) => [r.year, r.value, r.met, r.reporting, r.expectedUnits])).toEqual([
      [2020, 172, "Đạt", 37, 37], [2021, 181, "Đạt", 37, 37], [2022, 194, "Đạt", 37, 37],
    ]);
    expect(admissions[0]!.expected).toBeCloseTo(700 / 6, 10);
  });

  it("has an English version", () => {
    const en = model("en");
    expect(en.header).toEqual({
      superior: "AN PHU PROVINCIAL PARTY COMMITTEE",
      issuer: "PARTY COMMITTEE OF THE PROVINCIAL AGENCIES AND ENTERPRISES BLOC",
      party: "COMMUNIST PARTY OF VIETNAM",
      number: "No.      -BC/ĐU",
      placeDate: "An Phu, 22 November 2026",
    });
    expect(en.title).toBe("REPORT");
    expect(en.subtitle).toBe("Mid-term review of the implementation of the congress resolution for the 2020–2025 term");
    expect(en.fileBase).toBe("mid-term-review-AP-KCQDN-2022");
    expect(en.summary).toBe("Achieved or exceeded 1 of 5 targets; 1 of 5 on track; 1 at risk; 2 behind schedule (the lowest at 20%); 2022 figures are provisional (20/22 units)");
    expect(en.rows[1]).toMatchObject({ result: "547/700", percent: "78.14%", status: "On track" });
    expect(en.notes[0]!.text).toContain("missed in 2021 (94.8%, 0.2 percentage points short)");
  });
});

describe("spreadsheet formula escaping", () => {
  it("stores text that would start a formula as text", () => {
    for (const text of ["=SUM(A1:A9)", "+1", "-5", "@cmd", "\t=1", "\r=1"]) expect(escapeFormula(text)).toBe(`'${text}`);
    for (const text of ["547/700", "78,14%", "", "—", "a=b"]) expect(escapeFormula(text)).toBe(text);
  });
});

describe("download links and file names", () => {
  it("round-trips a file name through Content-Disposition", () => {
    const header = contentDisposition("bao-cao-so-ket-AP-KCQDN-2022.docx");
    expect(header).toBe("attachment; filename=\"bao-cao-so-ket-AP-KCQDN-2022.docx\"; filename*=UTF-8''bao-cao-so-ket-AP-KCQDN-2022.docx");
    expect(fileNameFromDisposition(header)).toBe("bao-cao-so-ket-AP-KCQDN-2022.docx");
    expect(fileNameFromDisposition(contentDisposition("báo cáo.pdf"))).toBe("báo cáo.pdf");
    expect(fileNameFromDisposition(null)).toBeNull();
  });

  it("links to the route with the dashboard's filters", () => {
    expect(reviewHref({ committee: 3, term: 1, year: 2022, format: "docx", kind: "mid", lang: "en" }))
      .toBe("/api/reports/review?committee=3&term=1&year=2022&format=docx&kind=mid&lang=en");
  });
});
