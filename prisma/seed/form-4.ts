// Biểu số 4-BTCTW (Hướng dẫn 11-HD/BTCTW): the members at year end by ethnic group and by religion, each row with
// its women ("Trong đó: nữ"). The rows are the template's (thanhvu16/quan_ly_can_bo mau-bao-cao-excel/4test): the 54
// ethnic groups in its order, "Dân tộc khác" and "Quốc tịch gốc nước ngoài", then seven religions; names as in the
// official list of Vietnam's ethnic groups where the template misspells them ("Gia lai" → Gia-rai, "M.Nông" → Mnông).
// Every row is collected: a province lumping its small groups into "khác" would lose them for the level above.
// A unit types only the groups it has (blankIsZero): the ethnic groups are a breakdown of Biểu 1's row D
// (MEMBERS_TOTAL) that must add up to it; the religions are parts of it (the template has no "no religion" row, so
// they need not add up); each row's women never exceed it.
import type { DataElementSeed, FormLineSeed } from "./catalogue";

/** Element code suffix and the row as the form prints it. */
export const ETHNIC_GROUPS: readonly [string, string][] = [
  ["KINH", "Kinh"], ["TAY", "Tày"], ["THAI", "Thái"], ["HOA", "Hoa"], ["KHMER", "Khơ-me"], ["MUONG", "Mường"], ["NUNG", "Nùng"],
  ["MONG", "Mông"], ["DAO", "Dao"], ["GIA_RAI", "Gia-rai"], ["E_DE", "Ê-đê"], ["NGAI", "Ngái"], ["BA_NA", "Ba-na"], ["XO_DANG", "Xơ-đăng"],
  ["SAN_CHAY", "Sán Chay"], ["CO_HO", "Cơ-ho"], ["CHAM", "Chăm"], ["SAN_DIU", "Sán Dìu"], ["HRE", "Hrê"], ["MNONG", "Mnông"],
  ["RAGLAI", "Raglai"], ["XTIENG", "Xtiêng"], ["BRU_VAN_KIEU", "Bru - Vân Kiều"], ["THO", "Thổ"], ["GIAY", "Giáy"], ["CO_TU", "Cơ-tu"],
  ["GIE_TRIENG", "Giẻ-Triêng"], ["MA", "Mạ"], ["KHO_MU", "Khơ-mú"], ["CO", "Co"], ["TA_OI", "Tà-ôi"], ["CHO_RO", "Chơ-ro"],
  ["KHANG", "Kháng"], ["XINH_MUN", "Xinh-mun"], ["HA_NHI", "Hà Nhì"], ["CHU_RU", "Chu-ru"], ["LAO", "Lào"], ["LA_CHI", "La Chí"],
  ["LA_HA", "La Ha"], ["PHU_LA", "Phù Lá"], ["LA_HU", "La Hủ"], ["LU", "Lự"], ["LO_LO", "Lô Lô"], ["CHUT", "Chứt"], ["MANG", "Mảng"],
  ["PA_THEN", "Pà Thẻn"], ["CO_LAO", "Cờ Lao"], ["CONG", "Cống"], ["BO_Y", "Bố Y"], ["SI_LA", "Si La"], ["PU_PEO", "Pu Péo"],
  ["BRAU", "Brâu"], ["O_DU", "Ơ Đu"], ["RO_MAM", "Rơ-măm"], ["OTHER", "Dân tộc khác"], ["FOREIGN_ORIGIN", "Quốc tịch gốc nước ngoài"],
];

export const RELIGIONS: readonly [string, string, string][] = [
  ["BUDDHISM", "Phật giáo", "Buddhism"], ["CATHOLIC", "Công giáo", "Catholicism"], ["HOA_HAO", "Phật giáo Hòa Hảo", "Hòa Hảo Buddhism"],
  ["CAO_DAI", "Cao Đài", "Cao Đài"], ["PROTESTANT", "Tin Lành", "Protestantism"], ["ISLAM", "Hồi giáo", "Islam"], ["OTHER", "Đạo khác", "Other religions"],
];

export const ETHNIC_HEADING = "I. Đảng viên chia theo dân tộc";
export const RELIGION_HEADING = "II. Đảng viên chia theo tôn giáo";
/** A row's women, as the entry form and the review name it (the printed form has them in its column 4). */
export const WOMEN_ROW = (row: string) => `${row}: trong đó nữ`;

const form4 = { unitVi: "đảng viên", unitEn: "members", valueType: "COUNT", entryLevel: "LEAF", groupCode: "FORM_4", blankIsZero: true } as const;
const f4 = (order: number, row: string, indent: number) => ({ code: "4", row, order, indent });

/** Each row (a total at an even place, its women right after it) and the form's two headings between them. */
function build() {
  const elements: DataElementSeed[] = [];
  const lines: FormLineSeed[] = [{ form: "4", order: 1, label: ETHNIC_HEADING }];
  let order = 2;
  const row = (code: string, label: string, nameVi: string, nameEn: string, whole: { sumOf: string; sumGroup: string } | { partOf: string }) => {
    elements.push({ code, nameVi, nameEn, ...form4, ...whole, form: f4(order, label, 1) });
    elements.push({ code: `${code}_WOMEN`, nameVi: `${nameVi}: nữ`, nameEn: `${nameEn}: women`, ...form4, partOf: code, form: f4(order + 1, WOMEN_ROW(label), 2) });
    order += 2;
  };
  for (const [code, name] of ETHNIC_GROUPS) {
    const [vi, en] = code === "OTHER" ? ["Đảng viên thuộc dân tộc khác", "Members of other ethnic groups"]
      : code === "FOREIGN_ORIGIN" ? ["Đảng viên quốc tịch gốc nước ngoài", "Members of foreign origin"]
      : [`Đảng viên người dân tộc ${name}`, `Members: ${name} ethnic group`];
    row(`ETHNIC_${code}`, name, vi, en, { sumOf: "MEMBERS_TOTAL", sumGroup: "ETHNIC" });
  }
  lines.push({ form: "4", order: order++, label: RELIGION_HEADING });
  for (const [code, name, en] of RELIGIONS) {
    row(`RELIGION_${code}`, name, code === "OTHER" ? "Đảng viên theo đạo khác" : `Đảng viên theo ${name}`, `Members: ${en}`, { partOf: "MEMBERS_TOTAL" });
  }
  return { elements, lines };
}

const built = build();
export const FORM_4: DataElementSeed[] = built.elements;
export const FORM_4_LINES: FormLineSeed[] = built.lines;
