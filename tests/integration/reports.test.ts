import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import type { Viewer } from "@/lib/auth/session";
import { saveReportDetailsSpec } from "@/lib/reports/details";
import { formatPercentOfPlan } from "@/lib/progress";
import type { ReportFormat } from "@/lib/reports/types";
import { seedDemo } from "../../prisma/seed/index";
import { docxParagraphs, docxTables, pdfPages, squash } from "../unit/reports-files";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let ids: Record<string, number>;
let term2020: number;
let getReviewReport: typeof import("@/lib/reports/queries").getReviewReport;
let renderReport: typeof import("@/lib/reports/render").renderReport;
let reportFileName: typeof import("@/lib/reports/render").reportFileName;
let getDashboard: typeof import("@/lib/dashboard/queries").getDashboard;
let progressPayload: typeof import("@/lib/api/progress").progressPayload;

const viewer = (scope: string): Viewer => ({
  userId: 1, username: "probe", displayName: "Probe", role: "VIEWER", scopeCommitteeId: ids[scope]!, scopeCommitteeName: scope, locale: "vi", totpEnabled: false,
});
const ISSUED_ON = new Date("2026-11-22T02:00:00Z");
const SUMMARY_VI = "Đạt và vượt 6/10 chỉ tiêu; 3/10 chỉ tiêu đang trong lộ trình thực hiện; 1 chỉ tiêu có nguy cơ không đạt (đạt 66,67%)";
const SUMMARY_EN = "Achieved or exceeded 6 of 10 targets; 3 of 10 on track; 1 at risk (at 66.67%)";

beforeAll(async () => {
  await seedDemo(t.db);
  ids = Object.fromEntries((await t.db.committee.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));
  term2020 = (await t.db.term.findFirstOrThrow({ where: { startYear: 2020 } })).id;
  // lib/db reads DATABASE_URL on first use: point it at this file's database.
  process.env.DATABASE_URL = t.url;
  ({ getReviewReport } = await import("@/lib/reports/queries"));
  ({ renderReport, reportFileName } = await import("@/lib/reports/render"));
  ({ getDashboard } = await import("@/lib/dashboard/queries"));
  ({ progressPayload } = await import("@/lib/api/progress"));
});

const blocReview = (locale: "vi" | "en", year = 2022) =>
  getReviewReport(viewer("AP"), { committeeId: ids["AP-KCQDN"]!, termId: term2020, year, kind: null, locale, issuedOn: ISSUED_ON });

describe("the bloc's mid-term review of 2020–2025 at 2022", () => {
  it("has the dashboard's numbers: the same summary sentence and % of plan for every target", async () => {
    const model = (await blocReview("vi"))!;
    const payload = progressPayload((await getDashboard(viewer("AP"), ids["AP-KCQDN"]!, term2020, 2022))!);
    expect(model.kind).toBe("MID_TERM");
    expect(model.summary).toBe(SUMMARY_VI);
    expect(model.summary).toBe(payload.summary!.sentence.vi);
    const scored = payload.targets.filter((x) => x.category === "TARGET");
    expect(model.rows.map((r) => r.percent)).toEqual(scored.map((x) => (x.percentOfPlan === null ? "—" : formatPercentOfPlan(x.percentOfPlan, "vi"))));
    expect(model.rows.map((r) => r.statusCode)).toEqual(scored.map((x) => x.status));
    expect(model.rows[2]).toMatchObject({ no: "3", target: "Kết nạp 700 đảng viên mới trong nhiệm kỳ", result: "547/700", percent: "78,14%", status: "Đúng tiến độ" });
    expect(model.notes.map((n) => n.heading)).toEqual(["Chỉ tiêu 1: Hằng năm có từ 95% đảng viên hoàn thành tốt nhiệm vụ trở lên (Có nguy cơ)"]);
    expect(model.completeness).toContain("Chỉ tiêu 7: chưa có số liệu năm 2020, 2021.");
  });

  it("is a Word document with the Party heading, the summary sentence and the results table", async () => {
    const model = (await blocReview("vi"))!;
    const file = await renderReport(model, "docx");
    expect(reportFileName(model, "docx")).toBe("bao-cao-so-ket-AP-KCQDN-2022.docx");
    const paragraphs = await docxParagraphs(file);
    for (const line of ["ĐẢNG BỘ TỈNH AN PHÚ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số      -BC/ĐU",
      "An Phú, ngày 22 tháng 11 năm 2026", "BÁO CÁO",
      "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh lần thứ V, nhiệm kỳ 2020–2025",
      `${SUMMARY_VI}.`]) {
      expect(paragraphs).toContain(line);
    }
    const results = (await docxTables(file))[1]!;
    expect(results).toHaveLength(11);
    expect(results[3]).toEqual(["3", "Kết nạp 700 đảng viên mới trong nhiệm kỳ", "700 đảng viên", "547/700", "78,14%", "Đúng tiến độ", ""]);
    expect(results[1]).toEqual(["1", "Hằng năm có từ 95% đảng viên hoàn thành tốt nhiệm vụ trở lên", "từ 95% trở lên mỗi năm", "97,01% (năm 2022)", "66,67%", "Có nguy cơ",
      "2/3 năm đạt; năm không đạt: 2021 (94,8%)"]);
    expect(results[7]).toEqual(["7", "Tổ chức thành công đại hội 300 chi bộ", "300 đại hội", "304/300", "101,33%", "Vượt", "Chưa có số liệu năm 2020, 2021"]);
  });

  it("is a workbook with the same table and the yearly figures behind it", async () => {
    const model = (await blocReview("vi"))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReport(model, "xlsx")) as unknown as ExcelJS.Buffer);
    const rows = workbook.getWorksheet("Kết quả")!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows.flat()).toContain(`${SUMMARY_VI}.`);
    expect(rows).toContainEqual(["3", "Kết nạp 700 đảng viên mới trong nhiệm kỳ", "700 đảng viên", "547/700", "78,14%", "Đúng tiến độ", ""]);
    const yearly = workbook.getWorksheet("Số liệu theo năm")!.getSheetValues().filter((r) => Array.isArray(r) && r[1] === "3") as unknown[][];
    expect(yearly.map((r) => [r[4], r[5], r[7], r[8], r[9]])).toEqual([[2020, 172, "Đạt", 37, 37], [2021, 181, "Đạt", 37, 37], [2022, 194, "Đạt", 37, 37]]);
    expect(yearly.reduce((sum, r) => sum + (r[5] as number), 0)).toBe(547);
  });

  it("is a PDF with the same heading, summary and numbers", async () => {
    const model = (await blocReview("vi"))!;
    const text = squash((await pdfPages(await renderReport(model, "pdf"))).join("\n"));
    for (const line of ["ĐẢNG BỘ TỈNH AN PHÚ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "An Phú, ngày 22 tháng 11 năm 2026",
      "BÁO CÁO", `${SUMMARY_VI}.`, "547/700", "78,14%", "Có nguy cơ"]) {
      expect(text).toContain(squash(line));
    }
  });

  it("has English versions of all three files", async () => {
    const model = (await blocReview("en"))!;
    expect(model.summary).toBe(SUMMARY_EN);
    expect(reportFileName(model, "pdf")).toBe("mid-term-review-AP-KCQDN-2022.pdf");
    const paragraphs = await docxParagraphs(await renderReport(model, "docx"));
    expect(paragraphs).toEqual(expect.arrayContaining(["AN PHU PROVINCIAL PARTY COMMITTEE", "COMMUNIST PARTY OF VIETNAM", "An Phu, 22 November 2026", "REPORT", `${SUMMARY_EN}.`]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReport(model, "xlsx")) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet("Results")!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : [])))
      .toContainEqual(["3", "Admit 700 new members during the term", "700 members", "547/700", "78.14%", "On track", ""]);
    const text = squash((await pdfPages(await renderReport(model, "pdf"))).join("\n"));
    expect(text).toContain(squash(`${SUMMARY_EN}.`));
    expect(text).toContain(squash("547/700"));
  });
});

describe("which review, for whom", () => {
  it("is the term-end review in the term's last year", async () => {
    const model = (await blocReview("vi", 2025))!;
    expect(model.kind).toBe("TERM_END");
    expect(model.subtitle).toMatch(/^Tổng kết nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu/);
    expect(reportFileName(model, "docx")).toBe("bao-cao-tong-ket-AP-KCQDN-2025.docx");
  });

  it("heads the agencies' committee's report with the province above it", async () => {
    const model = (await getReviewReport(viewer("AP-CQD"), { committeeId: ids["AP-CQD"]!, termId: null, year: null, kind: null, locale: "vi", issuedOn: ISSUED_ON }))!;
    expect(model.header.superior).toBe("ĐẢNG BỘ TỈNH AN PHÚ");
    expect(model.header.issuer).toBe("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH");
    // The data section states the review year's reporting rate: 2025 has no calendar, so no "on time"; 2026 has one,
    // and the seeded submissions (15 November) are on time.
    expect(model.completeness).toContain("Năm 2025: 20/20 đơn vị đã nộp.");
    const year2026 = (await getReviewReport(viewer("AP-CQD"), { committeeId: ids["AP-CQD"]!, termId: null, year: 2026, kind: null, locale: "vi", issuedOn: ISSUED_ON }))!;
    expect(year2026.completeness).toContainEqual(expect.stringMatching(/^Năm 2026: (\d+)\/20 đơn vị nộp đúng hạn \(\1\/20 đơn vị đã nộp\)\.$/));
    expect(model.rows).toHaveLength(11);
    expect(model.tasks).toHaveLength(3);
  });

  it("finds nothing outside the viewer's subtree, nor for a unit that works to its parent's resolution", async () => {
    const request = { termId: term2020, year: 2022, kind: null, locale: "vi" as const };
    expect(await getReviewReport(viewer("AP-CQD"), { ...request, committeeId: ids["AP-KCQDN"]! })).toBeNull();
    expect(await getReviewReport(viewer("AP"), { ...request, committeeId: ids["AP-KCQDN-01"]! })).toBeNull();
  });

  // How long they take is measured by bench/ (docs/performance.md), not here.
  it("generates the demo committees' reports in every format, each a file of its kind", async () => {
    const cases = [
      ["AP-KCQDN", term2020, 2022],
      ["AP-CQD", null, null],
    ] as const;
    const signature = { docx: "PK", xlsx: "PK", pdf: "%PDF-" } satisfies Record<ReportFormat, string>;
    for (const [code, termId, year] of cases) {
      const model = (await getReviewReport(viewer("AP"), { committeeId: ids[code]!, termId, year, kind: null, locale: "vi" }))!;
      for (const format of ["docx", "xlsx", "pdf"] as ReportFormat[]) {
        const file = Buffer.from(await renderReport(model, format));
        expect(file.subarray(0, signature[format].length).toString("latin1"), `${code} ${format}`).toBe(signature[format]);
      }
    }
  });
});

describe("the report's number and signer", () => {
  const editor = () => ({ ...viewer("AP-KCQDN"), role: "EDITOR" as const, userId: ids.__editor! });
  beforeAll(async () => {
    ids.__editor = (await t.db.user.findUniqueOrThrow({ where: { username: "canbo.khoi" } })).id;
  });

  it("are kept per committee, audited, and printed in the next report of that committee", async () => {
    const saved = await runAction(saveReportDetailsSpec, editor(), { committeeId: ids["AP-KCQDN"], number: " 25 ", signer: "Nguyễn Văn Bình" }, t.db);
    expect(saved).toEqual({ ok: true, data: { changed: true } });
    const model = (await blocReview("vi"))!;
    expect(model.header.number).toBe("Số 25-BC/ĐU");
    expect(model.signature.name).toBe("Nguyễn Văn Bình");
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "report.details" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ committeeId: ids["AP-KCQDN"], actorId: ids.__editor, after: { number: "25", signerName: "Nguyễn Văn Bình" } });
    // Another committee's report keeps its own (none yet).
    const agencies = (await getReviewReport(viewer("AP"), { committeeId: ids["AP-CQD"]!, termId: null, year: null, kind: null, locale: "vi", issuedOn: ISSUED_ON }))!;
    expect(agencies.header.number).toBe("Số      -BC/ĐU");
    // The same details again write nothing.
    expect(await runAction(saveReportDetailsSpec, editor(), { committeeId: ids["AP-KCQDN"], number: "25", signer: "Nguyễn Văn Bình" }, t.db)).toEqual({ ok: true, data: { changed: false } });
    expect(await t.db.auditEvent.count({ where: { action: "report.details" } })).toBe(1);
  });

  it("refuses a malformed number or a committee outside the caller's subtree, and changes nothing", async () => {
    const bad = await runAction(saveReportDetailsSpec, editor(), { committeeId: ids["AP-KCQDN"], number: "25<b>", signer: "" }, t.db);
    expect(bad).toMatchObject({ ok: false, error: { code: "INVALID" } });
    const outside = await runAction(saveReportDetailsSpec, editor(), { committeeId: ids["AP-CQD"], number: "9", signer: "" }, t.db);
    expect(outside).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await t.db.reportDetails.findMany({ select: { committeeId: true, number: true } })).toEqual([{ committeeId: ids["AP-KCQDN"], number: "25" }]);
  });
});
