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
}

// Members are counted where they belong, in the Party cells; a committee above sees its cells' total.
const member = { unitVi: "đảng viên", unitEn: "members", valueType: "COUNT", entryLevel: "LEAF" } as const;
const org = { unitVi: "tổ chức", unitEn: "organizations", valueType: "COUNT" } as const;

export const DATA_ELEMENTS: DataElementSeed[] = [
  { code: "MEMBERS_TOTAL", nameVi: "Tổng số đảng viên cuối năm", nameEn: "Members at year end", ...member, groupCode: "MEMBERS", maxYearChangePercent: 20 },
  { code: "MEMBERS_ASSESSED", nameVi: "Đảng viên được đánh giá, xếp loại", nameEn: "Members assessed", ...member, groupCode: "MEMBERS", partOf: "MEMBERS_TOTAL", levelCapPercent: 20 },
  { code: "MEMBERS_EXCELLENT", nameVi: "Đảng viên hoàn thành xuất sắc nhiệm vụ", nameEn: "Members rated excellent", ...member, groupCode: "MEMBERS", partOf: "MEMBERS_ASSESSED", classificationLevel: 1 },
  { code: "MEMBERS_GOOD", nameVi: "Đảng viên hoàn thành tốt nhiệm vụ", nameEn: "Members rated good", ...member, groupCode: "MEMBERS", partOf: "MEMBERS_ASSESSED", classificationLevel: 2 },
  { code: "MEMBERS_COMPLETED", nameVi: "Đảng viên hoàn thành nhiệm vụ", nameEn: "Members rated completed", ...member, groupCode: "MEMBERS", partOf: "MEMBERS_ASSESSED", classificationLevel: 3 },
  { code: "MEMBERS_NOT_COMPLETED", nameVi: "Đảng viên không hoàn thành nhiệm vụ", nameEn: "Members rated not completed", ...member, groupCode: "MEMBERS", partOf: "MEMBERS_ASSESSED", classificationLevel: 4 },
  { code: "MEMBERS_ADMITTED", nameVi: "Đảng viên mới được kết nạp", nameEn: "New members admitted", ...member, groupCode: "ADMISSIONS" },
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
