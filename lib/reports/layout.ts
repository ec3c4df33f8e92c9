// The page both printable renderers (docx.ts, pdf.ts) lay out, in one place so Word and PDF look alike:
// A4 and the margins of Hướng dẫn 36-HD/VPTW (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm).
export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const TEXT_WIDTH_MM = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right;
/** Where page numbers sit, from page 2 on: top centre, inside the top margin. */
export const PAGE_NUMBER_TOP_MM = 10;

/** Point sizes: Times New Roman 14 for the body; the guideline's 15–16 for "ĐẢNG CỘNG SẢN VIỆT NAM" and the type. */
export const SIZE = { body: 14, party: 15, title: 16, caption: 13, table: 12, tableNote: 11, recipients: 11 } as const;

/**
 * Share of the text width of each results column: No., target, plan, result, % of plan, status, note. The plan
 * column fits "10 organizations" and the % column "101,33%" on one line at 12 pt.
 */
export const RESULT_COLUMN_SHARES = [0.055, 0.28, 0.155, 0.13, 0.11, 0.12, 0.15] as const;
/**
 * Share of the text width of the heading's left column (issuer, number) and of the recipients' list: wide
 * enough for "ĐẢNG ỦY KHỐI CÁC CƠ QUAN" on one line at 14 pt bold, leaving the right column room for
 * "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt.
 */
export const HEADER_LEFT_SHARE = 0.48;

/** "COMMUNIST PARTY OF VIETNAM" is longer than its Vietnamese: one point smaller keeps it on one line. */
export function partySize(locale: string): number {
  return locale === "en" ? SIZE.party - 1 : SIZE.party;
}

/** Statuses the table prints in bold: the ones a reader must not miss (at risk, off track, missed, no data). */
export function isEmphasized(status: string): boolean {
  return !["ACHIEVED", "EXCEEDED", "ON_TRACK"].includes(status);
}
