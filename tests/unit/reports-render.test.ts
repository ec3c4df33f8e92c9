import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReportModel } from "@/lib/reports/model";
import { renderReport } from "@/lib/reports/render";
import type { ReportModel } from "@/lib/reports/types";
import { docxParagraphs, docxTables, pdfPages, squash, zipEntry } from "./reports-files";
import { blocSource, ISSUED_ON, PROVINCE } from "./reports-fixture";

let vi: ReportModel;
let en: ReportModel;
beforeAll(() => {
  const options = { kind: "MID_TERM" as const, issuedOn: ISSUED_ON, parent: PROVINCE, province: PROVINCE };
  vi = buildReportModel(blocSource(), { ...options, locale: "vi" });
  en = buildReportModel(blocSource(), { ...options, locale: "en" });
});

describe("the Word document", () => {
  it("has the Party document's heading, title, summary and results table", async () => {
    const file = await renderReport(vi, "docx");
    const paragraphs = await docxParagraphs(file);
    for (const line of ["ĐẢNG BỘ TỈNH AN PHÚ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số      -BC/ĐU",
      "An Phú, ngày 22 tháng 11 năm 2026", "BÁO CÁO", vi.subtitle, `${vi.summary}.`]) {
      expect(paragraphs).toContain(line);
    }
    const [heading, results, signature] = await docxTables(file);
    expect(heading).toEqual([
      ["ĐẢNG BỘ TỈNH AN PHÚ ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH *", "ĐẢNG CỘNG SẢN VIỆT NAM"],
      ["Số      -BC/ĐU", "An Phú, ngày 22 tháng 11 năm 2026"],
    ]);
    expect(results![0]).toEqual(["TT", "Chỉ tiêu", "Kế hoạch", "Kết quả đến năm 2022", "Tỉ lệ so với kế hoạch", "Đánh giá", "Ghi chú"]);
    expect(results![2]).toEqual(["2", "Kết nạp 700 đảng viên mới trong nhiệm kỳ", "700 đảng viên", "547/700", "78,14%", "Đúng tiến độ", ""]);
    expect(results).toHaveLength(6);
    expect(signature!.flat().join(" ")).toContain("T/M ĐẢNG ỦY BÍ THƯ");
    expect(paragraphs.some((p) => p.startsWith("- Chỉ tiêu 1: Hằng năm có từ 95% đảng viên") && p.includes("Cần đạt từ 95% trở lên mỗi năm trong 3 năm còn lại."))).toBe(true);
  });

  it("is laid out per the guideline: A4, margins 20/20/30/15 mm, Times New Roman 14 pt, Party line bold underlined, date italic", async () => {
    const file = await renderReport(vi, "docx");
    const xml = await zipEntry(file, "word/document.xml");
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain("<w:titlePg/>");
    expect(xml).toMatch(/<w:b\/>(?:<w:bCs\/>)?<w:sz w:val="30"\/><w:szCs w:val="30"\/><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">ĐẢNG CỘNG SẢN VIỆT NAM</);
    expect(xml).toMatch(/<w:i\/>(?:<w:iCs\/>)?<w:sz w:val="28"\/><w:szCs w:val="28"\/><\/w:rPr><w:t xml:space="preserve">An Phú, ngày 22 tháng 11 năm 2026</);
    const styles = await zipEntry(file, "word/styles.xml");
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/);
    // The page number sits in the header of pages after the first.
    expect(await zipEntry(file, "word/header1.xml")).toContain("PAGE");
  });

  it("has an English version", async () => {
    const paragraphs = await docxParagraphs(await renderReport(en, "docx"));
    for (const line of ["COMMUNIST PARTY OF VIETNAM", "An Phu, 22 November 2026", "REPORT", "Achieved or exceeded 1 of 5 targets; 1 of 5 on track; 1 at risk; 2 behind schedule (the lowest at 20%); 2022 figures are provisional (20/22 units)."]) {
      expect(paragraphs).toContain(line);
    }
  });
});

describe("the workbook", () => {
  it("has the results table and the yearly figures, numbers as numbers, formulas escaped", async () => {
    const file = await renderReport(vi, "xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Kết quả", "Số liệu theo năm"]);
    const results = workbook.getWorksheet("Kết quả")!;
    const rows = results.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows.flat()).toContain(`${vi.summary}.`);
    expect(rows).toContainEqual(["2", "Kết nạp 700 đảng viên mới trong nhiệm kỳ", "700 đảng viên", "547/700", "78,14%", "Đúng tiến độ", ""]);
    // A title starting with "=" stays text: apostrophe first, and no cell of the workbook is a formula.
    expect(rows.flat()).toContain("'=HYPERLINK(\"http://x\") Thực hiện 150 cuộc kiểm tra, giám sát");
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
    expect(await zipEntry(file, "xl/worksheets/sheet1.xml")).not.toContain("<f>");

    const yearly = workbook.getWorksheet("Số liệu theo năm")!;
    expect(yearly.getRow(1).values).toEqual([undefined, "TT", "Chỉ tiêu", "Đơn vị tính", "Năm", "Giá trị", "Mức cần đạt", "Đạt", "Đơn vị đã nộp", "Tổng số đơn vị"]);
    const admissions = yearly.getSheetValues().filter((r) => Array.isArray(r) && r[1] === "2").map((r) => (r as unknown[]).slice(3, 10));
    expect(admissions).toEqual([
      ["đảng viên", 2020, 172, 700 / 6, "Đạt", 37, 37], ["đảng viên", 2021, 181, 700 / 6, "Đạt", 37, 37], ["đảng viên", 2022, 194, 700 / 6, "Đạt", 37, 37],
    ].map(([, ...rest]) => ["đảng viên", ...rest]));
    const rate = yearly.getSheetValues().find((r) => Array.isArray(r) && r[1] === "1" && r[4] === 2021) as unknown[];
    expect(rate[5]).toBe(94.80136208853575);
    expect(rate[7]).toBe("Không đạt");
  });

  it("has an English version", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReport(en, "xlsx")) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Results", "Yearly figures"]);
    const rows = workbook.getWorksheet("Results")!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows).toContainEqual(["2", "Admit 700 new members during the term", "700 members", "547/700", "78.14%", "On track", ""]);
    expect(rows.flat()).toContain("'+Carry out 150 inspections");
  });
});

describe("the PDF", () => {
  it("prints the heading, summary and table with an embedded Times-compatible font", async () => {
    const file = await renderReport(vi, "pdf");
    const pages = await pdfPages(file);
    const text = squash(pages.join("\n"));
    for (const line of ["ĐẢNG BỘ TỈNH AN PHÚ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "-BC/ĐU",
      "An Phú, ngày 22 tháng 11 năm 2026", "BÁO CÁO", vi.subtitle, `${vi.summary}.`, "Kết nạp 700 đảng viên mới trong nhiệm kỳ",
      "547/700", "78,14%", "Đúng tiến độ", "T/M ĐẢNG ỦY"]) {
      expect(text).toContain(squash(line));
    }
    // Page numbers from page 2 on (drawn last, so last in the page's text).
    expect(pages[0]).not.toMatch(/\n1\s*$/);
    expect(pages[1]).toMatch(/\n2\s*$/);
    // The font travels inside the file: no machine needs Times New Roman or the internet to print it.
    const raw = file.toString("latin1");
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos-Bold/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it("has an English version", async () => {
    const text = squash((await pdfPages(await renderReport(en, "pdf"))).join("\n"));
    for (const line of ["COMMUNIST PARTY OF VIETNAM", "REPORT", "Achieved or exceeded 1 of 5 targets; 1 of 5 on track; 1 at risk; 2 behind schedule (the lowest at 20%); 2022 figures are provisional (20/22 units).", "547/700", "78.14%"]) {
      expect(text).toContain(squash(line));
    }
  });

  it("keeps the signature with the report's last paragraph, wherever the page ends", async () => {
    // Notes of different lengths move the end of the text down the page, line by line, across a page break.
    for (const model of [en, vi]) {
      for (let extra = 0; extra < 16; extra++) {
        const notes = [...model.notes, ...Array.from({ length: extra }, (_, i) => ({ heading: `Note ${i + 1}`, text: "A line of text that pads the page. ".repeat(3) }))];
        const pages = (await pdfPages(await renderReport({ ...model, notes }, "pdf"))).map(squash);
        const signed = pages.findIndex((p) => p.includes(squash(model.signature.onBehalf)));
        expect(signed, `${model.locale}, ${extra} notes more`).toBeGreaterThan(-1);
        expect(pages[signed], `${model.locale}, ${extra} notes more: the last paragraph is on the signature's page`).toContain(squash(model.completeness.at(-1)!));
      }
    }
  }, 120_000);

  it("prints the number and the signer typed before the download", async () => {
    const options = { kind: "MID_TERM" as const, issuedOn: ISSUED_ON, parent: PROVINCE, province: PROVINCE, details: { number: "25", signer: "Nguyễn Văn Bình" } };
    const signed = buildReportModel(blocSource(), { ...options, locale: "vi" });
    expect(signed.header.number).toBe("Số 25-BC/ĐU");
    const text = squash((await pdfPages(await renderReport(signed, "pdf"))).join("\n"));
    expect(text).toContain(squash("Số 25-BC/ĐU"));
    expect(text).toContain(squash("BÍ THƯ Nguyễn Văn Bình"));
    const paragraphs = await docxParagraphs(await renderReport(signed, "docx"));
    expect(paragraphs).toContain("Số 25-BC/ĐU");
    expect(paragraphs).toContain("Nguyễn Văn Bình");
    expect(vi.header.number).toBe("Số      -BC/ĐU");
  });
});
