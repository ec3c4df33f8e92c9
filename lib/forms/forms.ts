// The Central Organization Commission's statistical forms (Hướng dẫn 11-HD/BTCTW of 13/12/2021) that this
// installation prints. Each form's rows are data (DataElement.formCode/formRow/formOrder/formIndent, with the
// identities as sumOfId/sumSign/sumGroup/carriedFromId; headings and rows of another form as StatFormLine), so a
// revised form changes the catalogue, not this file; here are
// only what the catalogue cannot say: the form's number and title.
export interface StatForm {
  /** DataElement.formCode of its rows. */
  code: string;
  /** "1-BTCTW", printed as "Biểu số 1-BTCTW". */
  number: string;
  /** The title as printed, in capitals, before the period ("… NĂM 2025"). */
  title: string;
  /** "criteria": rows of criteria, this year against last (Biểu 1, 2, 3); "types": organizations and members by type
   * of grassroots counted from the committee tree (Biểu 5, lib/forms/types-form.ts); "groups": members by group with
   * of which women and share, in two panels (Biểu 4, lib/forms/groups-form.ts). */
  layout: "criteria" | "types" | "groups";
}

export const STAT_FORMS: readonly StatForm[] = [
  { code: "1", number: "1-BTCTW", title: "THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN", layout: "criteria" },
  { code: "2", number: "2-BTCTW", title: "THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP", layout: "criteria" },
  // The public template's title cell repeats Biểu 2's ("ĐẢNG VIÊN MỚI KẾT NẠP"), a slip: its rows are every member at the period's end.
  { code: "3", number: "3-BTCTW", title: "THỐNG KÊ ĐẢNG VIÊN", layout: "criteria" },
  { code: "4", number: "4-BTCTW", title: "THỐNG KÊ ĐẢNG VIÊN CHIA THEO DÂN TỘC VÀ TRONG CÁC TÔN GIÁO", layout: "groups" },
  { code: "5", number: "5-BTCTW", title: "THỐNG KÊ TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN TRONG CÁC LOẠI HÌNH CƠ SỞ", layout: "types" },
];

export const STAT_FORM_CODES = STAT_FORMS.map((f) => f.code) as [string, ...string[]];

export function statForm(code: string): StatForm | null {
  return STAT_FORMS.find((f) => f.code === code) ?? null;
}

/** The layout every form shares (btctw-forms.md "Layout common to every form"). */
export const FORM_TEXT = {
  board: "BAN TỔ CHỨC",
  criterion: "Tiêu chí",
  done: "Thực hiện",
  current: "Kỳ này",
  previous: "Cùng kỳ năm trước",
  percent: "(%) kỳ này so với cùng kỳ năm trước",
  numbering: ["1", "2", "3", "4 = 2 × 100 / 3"],
  preparer: "NGƯỜI LẬP BIỂU",
  preparerHint: "(Ký, ghi rõ họ và tên; số điện thoại di động và cố định liên hệ)",
  head: "TRƯỞNG BAN",
  headHint: "(Ký, đóng dấu, ghi rõ họ và tên)",
} as const;
