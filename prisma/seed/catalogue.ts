// The standard catalogue of data elements and indicators. Classification levels are data elements (not
// code) because the rules that define them changed during the 2020–2025 term.
import type { Aggregation, EntryLevel, ValueType } from "@/lib/generated/prisma/enums";

export interface DataElementSeed {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  valueType: ValueType;
  aggregation?: Aggregation;
  /** Where it is entered (schema.prisma EntryLevel); ANY when left out. */
  entryLevel?: EntryLevel;
  groupCode: string;
  partOf?: string;
  /** 1 = excellent … 4 = not completed: the mutually exclusive levels of the whole (see schema.prisma). */
  classificationLevel?: number;
  /** On a whole: level 1 should not exceed this % of level 2 (a warning; 20 under 124-QĐ/TW). */
  levelCapPercent?: number;
  /** Checks against past years: a change from the year before beyond this % asks for an explanation. */
  maxYearChangePercent?: number;
  /** Its row on an Organization Commission statistical form (lib/forms/forms.ts), in the form's own words. */
  form?: { code: string; row: string; order: number; indent?: number };
  /** A term of that element's sum, with this sign (an identity of the form: B = 1 + 2 + 3, D = A + B − C). */
  sumOf?: string;
  sumSign?: 1 | -1;
  /** This year's value is last year's value of that element (Biểu 1: A = last year's D). */
  carriedFrom?: string;
}

// Members are counted where they belong, in the Party cells; a committee above sees its cells' total.
const member = { unitVi: "đảng viên", unitEn: "members", valueType: "COUNT", entryLevel: "LEAF" } as const;
const org = { unitVi: "tổ chức", unitEn: "organizations", valueType: "COUNT" } as const;

const f1 = (order: number, row: string, indent = 0) => ({ code: "1", row, order, indent });
const form1 = { ...member, groupCode: "FORM_1" };

/**
 * Biểu số 1-BTCTW (Hướng dẫn 11-HD/BTCTW), rows A to D. Its row "1. Kết nạp" is MEMBERS_ADMITTED and its row D
 * is MEMBERS_TOTAL: the targets and the form count the same members. Entered by the Party cells, like every
 * member count; listed after the catalogue's older elements so their ids and order stay as they were.
 */
const FORM_1: DataElementSeed[] = [
  { code: "MEMBERS_START", nameVi: "Đảng viên đầu năm (cuối kỳ trước chuyển sang)", nameEn: "Members at the start of the year", ...form1,
    form: f1(1, "A - Tổng số đảng viên cuối kỳ trước chuyển sang"), sumOf: "MEMBERS_TOTAL", carriedFrom: "MEMBERS_TOTAL" },
  { code: "MEMBERS_INCREASE", nameVi: "Đảng viên tăng trong năm", nameEn: "Members joined during the year", ...form1,
    form: f1(2, "B - Đảng viên tăng trong kỳ"), sumOf: "MEMBERS_TOTAL" },
  { code: "MEMBERS_TRANSFERRED_IN", nameVi: "Đảng viên chuyển đến", nameEn: "Members transferred in", ...form1,
    form: f1(4, "2. Chuyển đến", 1), sumOf: "MEMBERS_INCREASE" },
  { code: "MEMBERS_IN_OTHER_PROVINCE", nameVi: "Đảng viên từ tỉnh khác chuyển đến", nameEn: "Transferred in from another province", ...form1,
    form: f1(5, "a. Tỉnh khác chuyển đến", 2), sumOf: "MEMBERS_TRANSFERRED_IN" },
  { code: "MEMBERS_IN_OTHER_DISTRICT", nameVi: "Đảng viên từ huyện khác trong tỉnh chuyển đến", nameEn: "Transferred in from another district of the province", ...form1,
    form: f1(6, "b. Huyện khác trong tỉnh chuyển đến", 2), sumOf: "MEMBERS_TRANSFERRED_IN" },
  { code: "MEMBERS_REINSTATED", nameVi: "Đảng viên được phục hồi đảng tịch", nameEn: "Members reinstated", ...form1,
    form: f1(7, "3. Phục hồi đảng tịch", 1), sumOf: "MEMBERS_INCREASE" },
  { code: "MEMBERS_DECREASE", nameVi: "Đảng viên giảm trong năm", nameEn: "Members who left during the year", ...form1,
    form: f1(8, "C - Đảng viên giảm trong kỳ"), sumOf: "MEMBERS_TOTAL", sumSign: -1 },
  { code: "MEMBERS_DIED", nameVi: "Đảng viên từ trần", nameEn: "Members deceased", ...form1,
    form: f1(9, "1. Từ trần", 1), sumOf: "MEMBERS_DECREASE" },
  { code: "MEMBERS_EXPELLED", nameVi: "Đảng viên bị khai trừ", nameEn: "Members expelled", ...form1,
    form: f1(10, "2. Khai trừ", 1), sumOf: "MEMBERS_DECREASE" },
  { code: "MEMBERS_STRUCK_OFF", nameVi: "Đảng viên bị xóa tên", nameEn: "Members struck off the roll", ...form1,
    form: f1(11, "3. Xóa tên", 1), sumOf: "MEMBERS_DECREASE" },
  { code: "MEMBERS_STRUCK_OFF_PROBATIONARY", nameVi: "Đảng viên dự bị bị xóa tên", nameEn: "Probationary members struck off", ...form1,
    form: f1(12, "Trong đó: Đảng viên dự bị", 2), partOf: "MEMBERS_STRUCK_OFF" },
  { code: "MEMBERS_RESIGNED", nameVi: "Đảng viên xin ra khỏi Đảng", nameEn: "Members who resigned from the Party", ...form1,
    form: f1(13, "4. Xin ra khỏi Đảng", 1), sumOf: "MEMBERS_DECREASE" },
  { code: "MEMBERS_TRANSFERRED_OUT", nameVi: "Đảng viên chuyển đi", nameEn: "Members transferred out", ...form1,
    form: f1(14, "5. Chuyển đi", 1), sumOf: "MEMBERS_DECREASE" },
  { code: "MEMBERS_OUT_OTHER_PROVINCE", nameVi: "Đảng viên chuyển đi tỉnh khác", nameEn: "Transferred out to another province", ...form1,
    form: f1(15, "a. Chuyển đi tỉnh khác", 2), sumOf: "MEMBERS_TRANSFERRED_OUT" },
  { code: "MEMBERS_OUT_OTHER_DISTRICT", nameVi: "Đảng viên chuyển đi huyện khác trong tỉnh", nameEn: "Transferred out to another district of the province", ...form1,
    form: f1(16, "b. Chuyển đi huyện khác trong tỉnh", 2), sumOf: "MEMBERS_TRANSFERRED_OUT" },
];

export const DATA_ELEMENTS: DataElementSeed[] = [
  { code: "MEMBERS_TOTAL", nameVi: "Tổng số đảng viên cuối năm", nameEn: "Members at year end", ...member, groupCode: "MEMBERS", maxYearChangePercent: 20,
    form: f1(17, "D - Đảng viên trong danh sách cuối kỳ báo cáo") },
  { code: "MEMBERS_ASSESSED", nameVi: "Đảng viên được đánh giá, xếp loại", nameEn: "Members assessed", ...member, groupCode: "MEMBERS", partOf: "MEMBERS_TOTAL", levelCapPercent: 20 },
  { code: "MEMBERS_EXCELLENT", nameVi: "Đảng viên hoàn thành xuất sắc nhiệm vụ", nameEn: "Members rated excellent", ...member, groupCode: "MEMBERS", partOf: "MEMBERS_ASSESSED", classificationLevel: 1 },
  { code: "MEMBERS_GOOD", nameVi: "Đảng viên hoàn thành tốt nhiệm vụ", nameEn: "Members rated good", ...member, groupCode: "MEMBERS", partOf: "MEMBERS_ASSESSED", classificationLevel: 2 },
  { code: "MEMBERS_COMPLETED", nameVi: "Đảng viên hoàn thành nhiệm vụ", nameEn: "Members rated completed", ...member, groupCode: "MEMBERS", partOf: "MEMBERS_ASSESSED", classificationLevel: 3 },
  { code: "MEMBERS_NOT_COMPLETED", nameVi: "Đảng viên không hoàn thành nhiệm vụ", nameEn: "Members rated not completed", ...member, groupCode: "MEMBERS", partOf: "MEMBERS_ASSESSED", classificationLevel: 4 },
  { code: "MEMBERS_ADMITTED", nameVi: "Đảng viên mới được kết nạp", nameEn: "New members admitted", ...member, groupCode: "ADMISSIONS",
    form: f1(3, "1. Kết nạp", 1), sumOf: "MEMBERS_INCREASE" },
  { code: "ORGS_ASSESSED", nameVi: "Tổ chức đảng được đánh giá, xếp loại", nameEn: "Party organizations assessed", ...org, groupCode: "ORGANIZATIONS" },
  { code: "ORGS_EXCELLENT", nameVi: "Tổ chức đảng hoàn thành xuất sắc nhiệm vụ", nameEn: "Organizations rated excellent", ...org, groupCode: "ORGANIZATIONS", partOf: "ORGS_ASSESSED", classificationLevel: 1 },
  { code: "ORGS_GOOD", nameVi: "Tổ chức đảng hoàn thành tốt nhiệm vụ", nameEn: "Organizations rated good", ...org, groupCode: "ORGANIZATIONS", partOf: "ORGS_ASSESSED", classificationLevel: 2 },
  { code: "ORGS_COMPLETED", nameVi: "Tổ chức đảng hoàn thành nhiệm vụ", nameEn: "Organizations rated completed", ...org, groupCode: "ORGANIZATIONS", partOf: "ORGS_ASSESSED", classificationLevel: 3 },
  { code: "ORGS_NOT_COMPLETED", nameVi: "Tổ chức đảng không hoàn thành nhiệm vụ", nameEn: "Organizations rated not completed", ...org, groupCode: "ORGANIZATIONS", partOf: "ORGS_ASSESSED", classificationLevel: 4 },
  { code: "ORGS_4GOOD", nameVi: "Tổ chức đảng đạt tiêu chuẩn \"4 tốt\"", nameEn: "Organizations meeting the \"4-good\" standard", ...org, groupCode: "ORGANIZATIONS", partOf: "ORGS_ASSESSED" },
  { code: "ORGS_THEMATIC_MEETINGS", nameVi: "Tổ chức đảng sinh hoạt chuyên đề ít nhất một lần mỗi quý", nameEn: "Organizations holding a thematic meeting every quarter", ...org, groupCode: "ORGANIZATIONS", partOf: "ORGS_ASSESSED" },
  { code: "ORGS_NEW_NONSTATE", nameVi: "Tổ chức đảng thành lập mới trong doanh nghiệp ngoài khu vực nhà nước", nameEn: "New Party organizations in non-state enterprises", ...org, groupCode: "ORGANIZATIONS" },
  { code: "CELL_CONGRESSES", nameVi: "Đại hội chi bộ đã tổ chức", nameEn: "Cell congresses held", unitVi: "đại hội", unitEn: "congresses", valueType: "COUNT", groupCode: "ORGANIZATIONS" },
  { code: "ORGS_DIGITAL", nameVi: "Tổ chức đảng ứng dụng chuyển đổi số", nameEn: "Organizations applying digital transformation", ...org, groupCode: "DIGITAL", partOf: "ORGS_ASSESSED" },
  { code: "RECORDS_TOTAL", nameVi: "Hồ sơ công việc phát sinh", nameEn: "Work records", unitVi: "hồ sơ", unitEn: "records", valueType: "COUNT", groupCode: "DIGITAL" },
  { code: "RECORDS_ONLINE", nameVi: "Hồ sơ công việc xử lý trên môi trường mạng", nameEn: "Work records handled online", unitVi: "hồ sơ", unitEn: "records", valueType: "COUNT", groupCode: "DIGITAL", partOf: "RECORDS_TOTAL" },
  { code: "CADRES_TRAINED", nameVi: "Cán bộ được đào tạo lý luận chính trị", nameEn: "Cadres trained in political theory", unitVi: "cán bộ", unitEn: "cadres", valueType: "COUNT", groupCode: "CADRES" },
  { code: "STAFF_CUT", nameVi: "Biên chế được tinh giản", nameEn: "Staffing positions cut", unitVi: "biên chế", unitEn: "positions", valueType: "COUNT", groupCode: "CADRES", entryLevel: "OWNER" },
  { code: "INSPECTIONS", nameVi: "Cuộc kiểm tra, giám sát", nameEn: "Inspections and supervisions", unitVi: "cuộc", unitEn: "inspections", valueType: "COUNT", groupCode: "INSPECTION" },
  ...FORM_1,
];

export interface IndicatorSeed {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  scale: number;
  numerator: string[];
  denominator?: string[];
}

const rate = { unitVi: "%", unitEn: "%", scale: 100 } as const;

export const INDICATORS: IndicatorSeed[] = [
  { code: "RATE_MEMBERS_GOOD_PLUS", nameVi: "Tỉ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", nameEn: "Members rated good or better", ...rate, numerator: ["MEMBERS_EXCELLENT", "MEMBERS_GOOD"], denominator: ["MEMBERS_ASSESSED"] },
  { code: "RATE_MEMBERS_EXCELLENT", nameVi: "Tỉ lệ đảng viên hoàn thành xuất sắc nhiệm vụ", nameEn: "Members rated excellent", ...rate, numerator: ["MEMBERS_EXCELLENT"], denominator: ["MEMBERS_ASSESSED"] },
  { code: "RATE_MEMBERS_NOT_COMPLETED", nameVi: "Tỉ lệ đảng viên không hoàn thành nhiệm vụ", nameEn: "Members rated not completed", ...rate, numerator: ["MEMBERS_NOT_COMPLETED"], denominator: ["MEMBERS_ASSESSED"] },
  { code: "RATE_ORGS_GOOD_PLUS", nameVi: "Tỉ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", nameEn: "Organizations rated good or better", ...rate, numerator: ["ORGS_EXCELLENT", "ORGS_GOOD"], denominator: ["ORGS_ASSESSED"] },
  { code: "RATE_ORGS_4GOOD", nameVi: "Tỉ lệ tổ chức đảng đạt \"4 tốt\"", nameEn: "Organizations meeting \"4-good\"", ...rate, numerator: ["ORGS_4GOOD"], denominator: ["ORGS_ASSESSED"] },
  { code: "RATE_ORGS_DIGITAL", nameVi: "Tỉ lệ tổ chức đảng ứng dụng chuyển đổi số", nameEn: "Organizations applying digital transformation", ...rate, numerator: ["ORGS_DIGITAL"], denominator: ["ORGS_ASSESSED"] },
  { code: "RATE_ORGS_THEMATIC_MEETINGS", nameVi: "Tỉ lệ tổ chức đảng sinh hoạt chuyên đề ít nhất một lần mỗi quý", nameEn: "Organizations holding a thematic meeting every quarter", ...rate, numerator: ["ORGS_THEMATIC_MEETINGS"], denominator: ["ORGS_ASSESSED"] },
  { code: "RATE_RECORDS_ONLINE", nameVi: "Tỉ lệ hồ sơ công việc xử lý trên môi trường mạng", nameEn: "Work records handled online", ...rate, numerator: ["RECORDS_ONLINE"], denominator: ["RECORDS_TOTAL"] },
  { code: "MEMBERS_TOTAL", nameVi: "Tổng số đảng viên", nameEn: "Members", unitVi: "đảng viên", unitEn: "members", scale: 1, numerator: ["MEMBERS_TOTAL"] },
  { code: "MEMBERS_ADMITTED", nameVi: "Số đảng viên mới kết nạp", nameEn: "New members admitted", unitVi: "đảng viên", unitEn: "members", scale: 1, numerator: ["MEMBERS_ADMITTED"] },
  { code: "ORGS_NEW_NONSTATE", nameVi: "Số tổ chức đảng thành lập mới trong doanh nghiệp ngoài nhà nước", nameEn: "New organizations in non-state enterprises", unitVi: "tổ chức", unitEn: "organizations", scale: 1, numerator: ["ORGS_NEW_NONSTATE"] },
  { code: "CELL_CONGRESSES", nameVi: "Số đại hội chi bộ đã tổ chức", nameEn: "Cell congresses held", unitVi: "đại hội", unitEn: "congresses", scale: 1, numerator: ["CELL_CONGRESSES"] },
  { code: "CADRES_TRAINED", nameVi: "Số cán bộ được đào tạo lý luận chính trị", nameEn: "Cadres trained in political theory", unitVi: "cán bộ", unitEn: "cadres", scale: 1, numerator: ["CADRES_TRAINED"] },
  { code: "STAFF_CUT", nameVi: "Số biên chế được tinh giản", nameEn: "Staffing positions cut", unitVi: "biên chế", unitEn: "positions", scale: 1, numerator: ["STAFF_CUT"] },
  { code: "INSPECTIONS", nameVi: "Số cuộc kiểm tra, giám sát", nameEn: "Inspections and supervisions", unitVi: "cuộc", unitEn: "inspections", scale: 1, numerator: ["INSPECTIONS"] },
];
