// The standard catalogue of data elements and indicators. Classification levels are data elements (not
// code) because the rules that define them changed during the 2020–2025 term.
import type { Aggregation, EntryLevel, ValueType } from "@/lib/generated/prisma/enums";
import { FORM_3, FORM_3_LINES } from "./catalogue-form-3";
import { FORM_4, FORM_4_LINES } from "./form-4";

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
  /** The breakdown of its whole it belongs to, when the whole has several (Biểu 2's occupation, age, schooling). */
  sumGroup?: string;
  /** This year's value is last year's value of that element (Biểu 1: A = last year's D). */
  carriedFrom?: string;
  /** A row of a long breakdown most units leave empty: empty reads as 0 once a row of it is entered (Biểu 4). */
  blankIsZero?: boolean;
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

const f2 = (order: number, row: string, indent = 1) => ({ code: "2", row, order, indent });
const form2 = { ...member, groupCode: "FORM_2" };
const admitted = { partOf: "MEMBERS_ADMITTED" } as const;
const occupation = { sumOf: "MEMBERS_ADMITTED", sumGroup: "OCCUPATION" } as const;
const age = { sumOf: "MEMBERS_ADMITTED", sumGroup: "AGE" } as const;
const schooling = { sumOf: "MEMBERS_ADMITTED", sumGroup: "SCHOOLING" } as const;

/**
 * Biểu số 2-BTCTW (Hướng dẫn 11-HD/BTCTW), the new members admitted by group, rows as the form prints them. Its
 * total is Biểu 1's "1. Kết nạp" (MEMBERS_ADMITTED, a line of the form: entered once); the occupations, the age
 * bands and the schooling levels each break that total down on their own (sumGroup), the other rows are "of
 * which" rows of it (professional level and title: members without one are not listed, so they only stay under
 * it). Headings, the average age and the organizations counted are FORM_LINES.
 */
const FORM_2: DataElementSeed[] = [
  { code: "ADM_ETHNIC_MINORITY", nameVi: "Đảng viên mới kết nạp là người dân tộc thiểu số", nameEn: "Admitted: ethnic minority", ...form2, ...admitted, form: f2(2, "- Dân tộc thiểu số") },
  { code: "ADM_YOUTH_UNION", nameVi: "Đảng viên mới kết nạp là đoàn viên Đoàn TNCS Hồ Chí Minh", nameEn: "Admitted: Youth Union members", ...form2, ...admitted, form: f2(3, "- Đoàn viên Đoàn TNCS Hồ Chí Minh") },
  { code: "ADM_PRIVATE_OWNER", nameVi: "Đảng viên mới kết nạp là chủ doanh nghiệp tư nhân", nameEn: "Admitted: private business owners", ...form2, ...admitted, form: f2(4, "- Chủ doanh nghiệp tư nhân") },
  { code: "ADM_FAMILY_PLANNING", nameVi: "Đảng viên mới kết nạp từng vi phạm chính sách KHHGĐ", nameEn: "Admitted: having breached the family-planning policy", ...form2, ...admitted, form: f2(5, "- Quần chúng vi phạm chính sách KHHGĐ") },
  { code: "ADM_FOREIGN_SPOUSE", nameVi: "Đảng viên mới kết nạp có quan hệ hôn nhân với người nước ngoài", nameEn: "Admitted: married to a foreigner", ...form2, ...admitted, form: f2(6, "- Có quan hệ hôn nhân với người nước ngoài") },
  { code: "ADM_READMITTED", nameVi: "Đảng viên được kết nạp lại", nameEn: "Admitted again", ...form2, ...admitted, form: f2(7, "- Kết nạp lại") },
  { code: "ADM_OCC_STATE", nameVi: "Kết nạp: cán bộ, công chức cơ quan Nhà nước từ cấp huyện trở lên", nameEn: "Admitted: state civil servants (district level and above)", ...form2, ...occupation, form: f2(10, "- Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên") },
  { code: "ADM_OCC_PARTY", nameVi: "Kết nạp: cán bộ, công chức cơ quan Đảng, MTTQ, đoàn thể từ cấp huyện trở lên", nameEn: "Admitted: Party, Front and mass-organization staff (district level and above)", ...form2, ...occupation, form: f2(11, "- Cán bộ, công chức cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội tính từ cấp huyện trở lên") },
  { code: "ADM_OCC_COMMUNE", nameVi: "Kết nạp: cán bộ, công chức, người hoạt động không chuyên trách cấp xã", nameEn: "Admitted: commune staff", ...form2, ...occupation, form: f2(12, "- Cán bộ, công chức; người hoạt động không chuyên trách ở xã, phường, thị trấn") },
  { code: "ADM_OCC_VILLAGE", nameVi: "Kết nạp: người hoạt động không chuyên trách thôn, tổ dân phố", nameEn: "Admitted: village and neighbourhood part-time staff", ...form2, ...occupation, form: f2(13, "- Người hoạt động không chuyên trách thôn, tổ dân phố, bản (ấp, khóm)") },
  { code: "ADM_OCC_PUBLIC_SERVICE", nameVi: "Kết nạp: viên chức đơn vị sự nghiệp công lập", nameEn: "Admitted: public service employees", ...form2, ...occupation, form: f2(14, "- Viên chức trong các đơn vị sự nghiệp công lập") },
  { code: "ADM_OCC_PRIVATE_SERVICE", nameVi: "Kết nạp: người lao động đơn vị sự nghiệp ngoài công lập", nameEn: "Admitted: non-public service employees", ...form2, ...occupation, form: f2(15, "- Người lao động trong các đơn vị sự nghiệp ngoài công lập") },
  { code: "ADM_OCC_ENTERPRISE", nameVi: "Kết nạp: lãnh đạo, quản lý và lao động trong doanh nghiệp", nameEn: "Admitted: enterprise managers and workers", ...form2, ...occupation, form: f2(16, "- Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:") },
  { code: "ADM_OCC_ENTERPRISE_MANAGER", nameVi: "Kết nạp: người lãnh đạo, quản lý doanh nghiệp", nameEn: "Admitted: enterprise managers", ...form2, sumOf: "ADM_OCC_ENTERPRISE", form: f2(17, "+ Người lãnh đạo, quản lý doanh nghiệp", 2) },
  { code: "ADM_OCC_ENTERPRISE_STAFF", nameVi: "Kết nạp: nhân viên, người gián tiếp sản xuất", nameEn: "Admitted: enterprise office staff", ...form2, sumOf: "ADM_OCC_ENTERPRISE", form: f2(18, "+ Nhân viên, người gián tiếp sản xuất", 2) },
  { code: "ADM_OCC_ENTERPRISE_WORKER", nameVi: "Kết nạp: công nhân, lao động trực tiếp sản xuất", nameEn: "Admitted: enterprise production workers", ...form2, sumOf: "ADM_OCC_ENTERPRISE", form: f2(19, "+ Công nhân, lao động trực tiếp sản xuất", 2) },
  { code: "ADM_OCC_FARMING", nameVi: "Kết nạp: người làm nông, lâm, ngư nghiệp", nameEn: "Admitted: farmers, foresters, fishers", ...form2, ...occupation, form: f2(20, "- Người làm nông, lâm, ngư nghiệp") },
  { code: "ADM_OCC_ARMED", nameVi: "Kết nạp: sỹ quan, chiến sỹ quân đội và công an", nameEn: "Admitted: armed forces and police", ...form2, ...occupation, form: f2(21, "- Sỹ quan, chiến sỹ quân đội và công an (lực lượng vũ trang)") },
  { code: "ADM_OCC_STUDENT", nameVi: "Kết nạp: sinh viên", nameEn: "Admitted: university students", ...form2, ...occupation, form: f2(22, "- Sinh viên") },
  { code: "ADM_OCC_PUPIL", nameVi: "Kết nạp: học sinh", nameEn: "Admitted: school pupils", ...form2, ...occupation, form: f2(23, "- Học sinh") },
  { code: "ADM_OCC_OTHER", nameVi: "Kết nạp: nghề nghiệp khác (lao động hợp đồng, tự do…)", nameEn: "Admitted: other occupations", ...form2, ...occupation, form: f2(24, "- Khác (lao động hợp đồng, tự do…)") },
  { code: "ADM_AGE_18_30", nameVi: "Kết nạp: từ 18 đến 30 tuổi", nameEn: "Admitted: aged 18–30", ...form2, ...age, form: f2(26, "- Từ 18 - 30 tuổi") },
  { code: "ADM_AGE_31_35", nameVi: "Kết nạp: từ 31 đến 35 tuổi", nameEn: "Admitted: aged 31–35", ...form2, ...age, form: f2(27, "- Từ 31 - 35 tuổi") },
  { code: "ADM_AGE_36_40", nameVi: "Kết nạp: từ 36 đến 40 tuổi", nameEn: "Admitted: aged 36–40", ...form2, ...age, form: f2(28, "- Từ 36 - 40 tuổi") },
  { code: "ADM_AGE_41_45", nameVi: "Kết nạp: từ 41 đến 45 tuổi", nameEn: "Admitted: aged 41–45", ...form2, ...age, form: f2(29, "- Từ 41 - 45 tuổi") },
  { code: "ADM_AGE_46_50", nameVi: "Kết nạp: từ 46 đến 50 tuổi", nameEn: "Admitted: aged 46–50", ...form2, ...age, form: f2(30, "- Từ 46 - 50 tuổi") },
  { code: "ADM_AGE_51_55", nameVi: "Kết nạp: từ 51 đến 55 tuổi", nameEn: "Admitted: aged 51–55", ...form2, ...age, form: f2(31, "- Từ 51 - 55 tuổi") },
  { code: "ADM_AGE_56_60", nameVi: "Kết nạp: từ 56 đến 60 tuổi", nameEn: "Admitted: aged 56–60", ...form2, ...age, form: f2(32, "- Từ 56 - 60 tuổi") },
  { code: "ADM_AGE_OVER_60", nameVi: "Kết nạp: trên 60 tuổi", nameEn: "Admitted: over 60", ...form2, ...age, form: f2(33, "- Trên 60 tuổi") },
  { code: "ADM_EDU_LITERATE", nameVi: "Kết nạp: biết đọc, biết viết chữ quốc ngữ", nameEn: "Admitted schooling: literate", ...form2, ...schooling, form: f2(36, "- Biết đọc, biết viết chữ quốc ngữ") },
  { code: "ADM_EDU_PRIMARY", nameVi: "Kết nạp: tiểu học", nameEn: "Admitted schooling: primary", ...form2, ...schooling, form: f2(37, "- Tiểu học") },
  { code: "ADM_EDU_LOWER_SECONDARY", nameVi: "Kết nạp: trung học cơ sở", nameEn: "Admitted schooling: lower secondary", ...form2, ...schooling, form: f2(38, "- Trung học cơ sở") },
  { code: "ADM_EDU_UPPER_SECONDARY", nameVi: "Kết nạp: trung học phổ thông", nameEn: "Admitted schooling: upper secondary", ...form2, ...schooling, form: f2(39, "- Trung học phổ thông") },
  { code: "ADM_PRO_VOCATIONAL", nameVi: "Kết nạp: công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp", nameEn: "Admitted: vocational training", ...form2, ...admitted, form: f2(41, "- Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp") },
  { code: "ADM_PRO_INTERMEDIATE", nameVi: "Kết nạp: trung cấp", nameEn: "Admitted: intermediate diploma", ...form2, ...admitted, form: f2(42, "- Trung cấp") },
  { code: "ADM_PRO_COLLEGE", nameVi: "Kết nạp: cao đẳng", nameEn: "Admitted: college degree", ...form2, ...admitted, form: f2(43, "- Cao đẳng") },
  { code: "ADM_PRO_UNIVERSITY", nameVi: "Kết nạp: đại học", nameEn: "Admitted: university degree", ...form2, ...admitted, form: f2(44, "- Đại học") },
  { code: "ADM_PRO_MASTER", nameVi: "Kết nạp: thạc sỹ", nameEn: "Admitted: master's degree", ...form2, ...admitted, form: f2(45, "- Thạc sỹ") },
  { code: "ADM_PRO_DOCTOR", nameVi: "Kết nạp: tiến sỹ", nameEn: "Admitted: doctorate", ...form2, ...admitted, form: f2(46, "- Tiến sỹ") },
  { code: "ADM_ASSOC_PROFESSOR", nameVi: "Kết nạp: phó giáo sư", nameEn: "Admitted: associate professors", ...form2, ...admitted, form: f2(48, "- Phó Giáo sư") },
  { code: "ADM_PROFESSOR", nameVi: "Kết nạp: giáo sư", nameEn: "Admitted: professors", ...form2, ...admitted, form: f2(49, "- Giáo sư") },
];

/** A line of a form that is not one of its criteria (schema.prisma StatFormLine). */
export interface FormLineSeed {
  form: string;
  order: number;
  label: string;
  indent?: number;
  /** Prints this element (another form's row, entered once). */
  element?: string;
  /** Counts the organizations of this kind in force at the year's end, … */
  countKind?: "GRASSROOTS" | "GRASSROOTS_CELL" | "CELL";
  /** … only those whose subtree has a value above 0 of this element. */
  countIf?: string;
  /** Prints the sum of these elements (a fact another form breaks down, entered once there). */
  sumOf?: string[];
}

export const FORM_LINES: FormLineSeed[] = [
  { form: "2", order: 1, label: "I. Tổng số đảng viên mới kết nạp", element: "MEMBERS_ADMITTED" },
  { form: "2", order: 8, label: "II. Phân tích đảng viên mới kết nạp" },
  { form: "2", order: 9, label: "1. Nghề nghiệp" },
  { form: "2", order: 25, label: "2. Tuổi đời:" },
  // An average is not summed up the tree, and no unit enters its members' ages: printed without a value.
  { form: "2", order: 34, label: "- Tuổi bình quân", indent: 1 },
  { form: "2", order: 35, label: "3. Trình độ giáo dục phổ thông" },
  { form: "2", order: 40, label: "4. Trình độ chuyên môn nghiệp vụ" },
  { form: "2", order: 47, label: "5. Chức danh khoa học" },
  { form: "2", order: 50, label: "III. Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo" },
  { form: "2", order: 51, label: "1. Đảng bộ cơ sở", indent: 1, countKind: "GRASSROOTS" },
  { form: "2", order: 52, label: "Trong đó: + Có kết nạp đảng viên", indent: 2, countKind: "GRASSROOTS", countIf: "MEMBERS_ADMITTED" },
  // Whether an organization has anyone left to admit is not in the tree or the figures: printed without a value.
  { form: "2", order: 53, label: "+ Không còn quần chúng", indent: 2 },
  { form: "2", order: 54, label: "2. Chi bộ cơ sở", indent: 1, countKind: "GRASSROOTS_CELL" },
  { form: "2", order: 55, label: "Trong đó: + Có kết nạp đảng viên", indent: 2, countKind: "GRASSROOTS_CELL", countIf: "MEMBERS_ADMITTED" },
  { form: "2", order: 56, label: "+ Không còn quần chúng", indent: 2 },
  ...FORM_3_LINES,
  ...FORM_4_LINES,
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
  ...FORM_2,
  ...FORM_3,
  ...FORM_4,
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
