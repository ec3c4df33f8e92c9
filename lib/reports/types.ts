// The review report as plain data: built once from the dashboard's numbers (model.ts), then rendered three
// ways (docx.ts, xlsx.ts, pdf.ts), so the Word, Excel and PDF files can never disagree with each other.
import type { Locale } from "@/lib/i18n/locales";
import type { ProgressStatus } from "@/lib/progress";

/** Sơ kết giữa nhiệm kỳ (mid-term review) or Tổng kết nhiệm kỳ (term-end review). */
export type ReviewKind = "MID_TERM" | "TERM_END";
export const REPORT_FORMATS = ["docx", "xlsx", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The heading block of a Party document (Hướng dẫn 36-HD/VPTW): issuer on the left, the Party on the right. */
export interface DocumentHeader {
  /** The body directly above the issuer, in capitals ("ĐẢNG BỘ TỈNH AN PHÚ"); null at the top of the tree. */
  superior: string | null;
  /** The issuing body, in capitals ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH"). */
  issuer: string;
  party: string;
  /** The number and symbol, number left blank for the office to fill: "Số      -BC/ĐU". */
  number: string;
  placeDate: string;
}

/** One row of the results table, every cell already written as the dashboard writes it. */
export interface ResultRow {
  no: string;
  target: string;
  plan: string;
  result: string;
  percent: string;
  status: string;
  note: string;
  statusCode: ProgressStatus;
}

/** A target not achieved or at risk: a short paragraph with its value, gap and needed pace. */
export interface TargetNote {
  heading: string;
  text: string;
}

/** A key task or breakthrough with its latest assessment. */
export interface TaskItem {
  heading: string;
  status: string;
  assessment: string | null;
}

/** One year of one target, behind the results table (XLSX second sheet): raw numbers, not rounded. */
export interface YearFigure {
  no: string;
  target: string;
  unit: string;
  year: number;
  value: number | null;
  expected: number | null;
  met: string;
  reporting: number | null;
  expectedUnits: number | null;
}

export interface ReportModel {
  locale: Locale;
  kind: ReviewKind;
  /** File name without extension: "bao-cao-so-ket-AP-KCQDN-2022". */
  fileBase: string;
  /** Document properties (title, subject) and the XLSX sheet's heading. */
  committeeName: string;
  header: DocumentHeader;
  title: string;
  subtitle: string;
  intro: string;
  summary: string;
  sections: { results: string; notes: string; tasks: string; data: string };
  tableCaption: string;
  columns: { no: string; target: string; plan: string; result: string; percent: string; status: string; note: string };
  rows: ResultRow[];
  /** Name of the spreadsheet's first sheet (the results table). */
  resultsSheet: string;
  /** Paragraphs of section II; `notesEmpty` when every target is achieved or on track. */
  notes: TargetNote[];
  notesEmpty: string;
  tasks: TaskItem[];
  tasksEmpty: string;
  completeness: string[];
  yearly: { sheet: string; columns: string[]; rows: YearFigure[] };
  /** `name`: the signer's name under the space for the signature, when typed before the download. */
  signature: { recipientsTitle: string; recipients: string[]; onBehalf: string; signer: string; name: string | null };
}
