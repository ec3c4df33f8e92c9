// The review as a Word document laid out as Hướng dẫn 36-HD/VPTW asks of a Party document: A4, margins
// top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 14 pt; the issuer top left with the asterisk
// below it, "ĐẢNG CỘNG SẢN VIỆT NAM" top right in bold underlined capitals, the number and symbol left blank
// for the office, the place and date in italics, the type and title centred, page numbers from page 2.
import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
} from "docx";
import { HEADER_LEFT_SHARE, MARGIN_MM, PAGE_MM, PAGE_NUMBER_TOP_MM, RESULT_COLUMN_SHARES, SIZE, TEXT_WIDTH_MM, isEmphasized, partySize } from "./layout";
import type { ReportModel } from "./types";

const FONT = "Times New Roman";
const PT = 2; // docx sizes are half-points
/** Millimetres to twips, rounded (A4 = 11906 × 16838, as Word writes it). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const TEXT_WIDTH = twip(TEXT_WIDTH_MM);
const COLUMNS = RESULT_COLUMN_SHARES.slice(0, -1).map((share) => Math.round(share * TEXT_WIDTH));
/** The last column takes what rounding left, so the columns add up to the text width exactly. */
const COLUMN_WIDTHS = [...COLUMNS, TEXT_WIDTH - COLUMNS.reduce((a, b) => a + b, 0)];
const HEADER_LEFT = Math.round(TEXT_WIDTH * HEADER_LEFT_SHARE);

interface RunStyle { bold?: boolean; italics?: boolean; size?: number; underline?: boolean }

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text, font: FONT, size: (style.size ?? SIZE.body) * PT, bold: style.bold, italics: style.italics,
    underline: style.underline ? {} : undefined,
  });
}

function centred(children: TextRun[], after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after }, children });
}

/** Body text: justified, first line indented 1 cm, 6 pt after, as reports are typed. */
function body(children: TextRun[], keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext,
    indent: { firstLine: twip(10) },
    spacing: { before: 0, after: 120, line: 300 },
    children,
  });
}

function sectionHeading(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: twip(10) },
    spacing: { before: 120, after: 120 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

function cell(children: Paragraph[], width: number, options: { header?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: options.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
    children,
  });
}

function tableText(text: string, align: "left" | "center", style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    children: [run(text, { size: SIZE.table, ...style })],
  });
}

function documentHeading(model: ReportModel): Table {
  const { header } = model;
  const left = [
    ...(header.superior ? [centred([run(header.superior)])] : []),
    centred([run(header.issuer, { bold: true })]),
    centred([run("*", { bold: true })]),
  ];
  const right = [centred([run(header.party, { bold: true, size: partySize(model.locale), underline: true })])];
  // No cell padding, so the issuer's and the Party's lines get the whole column (as in a typed document).
  const noBorder = (children: Paragraph[], width: number) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { left: 0, right: 0 }, children });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, TEXT_WIDTH - HEADER_LEFT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [noBorder(left, HEADER_LEFT), noBorder(right, TEXT_WIDTH - HEADER_LEFT)] }),
      new TableRow({
        children: [
          noBorder([centred([run(header.number)])], HEADER_LEFT),
          noBorder([centred([run(header.placeDate, { italics: true })])], TEXT_WIDTH - HEADER_LEFT),
        ],
      }),
    ],
  });
}

function resultsTable(model: ReportModel): Table {
  const c = model.columns;
  const headers = [c.no, c.target, c.plan, c.result, c.percent, c.status, c.note];
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell([tableText(h, "center", { bold: true })], COLUMN_WIDTHS[i]!, { header: true })),
      }),
      ...model.rows.map((r) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([tableText(r.no, "center")], COLUMN_WIDTHS[0]!),
            cell([tableText(r.target, "left")], COLUMN_WIDTHS[1]!),
            cell([tableText(r.plan, "center")], COLUMN_WIDTHS[2]!),
            cell([tableText(r.result, "center")], COLUMN_WIDTHS[3]!),
            cell([tableText(r.percent, "center")], COLUMN_WIDTHS[4]!),
            cell([tableText(r.status, "center", { bold: isEmphasized(r.statusCode) })], COLUMN_WIDTHS[5]!),
            cell([tableText(r.note, "left", { size: SIZE.tableNote })], COLUMN_WIDTHS[6]!),
          ],
        }),
      ),
    ],
  });
}

function signature(model: ReportModel): Table {
  const { signature: s } = model;
  const left = [
    new Paragraph({ children: [run(s.recipientsTitle, { bold: true, italics: true, size: SIZE.table })] }),
    ...s.recipients.map((r) => new Paragraph({ children: [run(r, { size: SIZE.recipients })] })),
  ];
  const right = [
    centred([run(s.onBehalf, { bold: true })]), centred([run(s.signer, { bold: true })]),
    // Room for the handwritten signature and the seal, then the name.
    ...(s.name ? [centred([run("")], 1200), centred([run(s.name, { bold: true })])] : []),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, TEXT_WIDTH - HEADER_LEFT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, HEADER_LEFT), cell(right, TEXT_WIDTH - HEADER_LEFT)] })],
  });
}

export async function renderDocx(model: ReportModel): Promise<Buffer> {
  const children = [
    documentHeading(model),
    new Paragraph({ spacing: { before: 240, after: 0 }, alignment: AlignmentType.CENTER, children: [run(model.title, { bold: true, size: SIZE.title })] }),
    centred([run(model.subtitle, { bold: true })]),
    centred([run("-----")], 240),
    body([run(model.intro)]),
    sectionHeading(model.sections.results),
    body([run(`${model.summary}.`, { bold: true })]),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 60, after: 120 }, keepNext: true, children: [run(model.tableCaption, { italics: true, size: SIZE.caption })] }),
    resultsTable(model),
    sectionHeading(model.sections.notes),
    ...(model.notes.length === 0
      ? [body([run(model.notesEmpty)])]
      : model.notes.map((n) => body([run("- "), run(`${n.heading}.`, { bold: true }), run(` ${n.text}`)]))),
    sectionHeading(model.sections.tasks),
    ...(model.tasks.length === 0
      ? [body([run(model.tasksEmpty)])]
      : model.tasks.map((task) => body([run("- "), run(task.heading, { bold: true }), run(` (${task.status}). ${task.assessment ?? ""}`)]))),
    sectionHeading(model.sections.data),
    // The last paragraph goes with the signature: a signature never starts a page alone.
    ...model.completeness.map((p, i) => body([run(p)], i === model.completeness.length - 1)),
    new Paragraph({ spacing: { before: 240, after: 0 }, keepNext: true, children: [] }),
    signature(model),
  ];
  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.body * PT })] })],
  });
  const doc = new Document({
    creator: "Chỉ tiêu",
    title: `${model.title} ${model.subtitle}`,
    subject: model.committeeName,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body * PT } } } },
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: twip(PAGE_MM.width), height: twip(PAGE_MM.height) },
          margin: {
            top: twip(MARGIN_MM.top), bottom: twip(MARGIN_MM.bottom), left: twip(MARGIN_MM.left), right: twip(MARGIN_MM.right),
            header: twip(PAGE_NUMBER_TOP_MM), footer: twip(PAGE_NUMBER_TOP_MM),
          },
        },
      },
      // Party documents number pages from the second one, at the top centre.
      headers: { default: pageNumber, first: new Header({ children: [] }) },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}
