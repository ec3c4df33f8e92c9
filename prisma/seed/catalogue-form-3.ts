// Biểu số 3-BTCTW (Hướng dẫn 11-HD/BTCTW), the members at the period's end by group, rows as the form prints them.
// Its total is Biểu 1's row D (MEMBERS_TOTAL, a line of the form: entered once, so Biểu 1's end = Biểu 3's total
// holds by construction). The occupations (a. working + b. retired), the age bands, the years of joining and the
// schooling levels each break that total down on their own (sumGroup); the working members' occupations add up to
// "a." and the enterprise rows to theirs (sumOf). The other rows are "of which" rows (partOf): women, probationary,
// ethnic minority…, and the professional level, scientific title and political theory, which members without one
// are not listed under. Kept apart from catalogue.ts so each form's rows read as one list.
import type { DataElementSeed, FormLineSeed } from "./catalogue";
import { ETHNIC_GROUPS, RELIGIONS } from "./form-4";

// Facts Biểu 4 breaks down, printed from it (entered once, so the two forms never disagree): the women are every ethnic
// group's women; the ethnic minorities every group but Kinh and "Quốc tịch gốc nước ngoài" (foreign-born citizens are
// no ethnic minority); the religious members every religion's.
const ethnic = ETHNIC_GROUPS.map(([code]) => `ETHNIC_${code}`);
const minorities = ethnic.filter((code) => code !== "ETHNIC_KINH" && code !== "ETHNIC_FOREIGN_ORIGIN");

const f3 = (order: number, row: string, indent = 1) => ({ code: "3", row, order, indent });
const form3 = { unitVi: "đảng viên", unitEn: "members", valueType: "COUNT", entryLevel: "LEAF", groupCode: "FORM_3" } as const;
const members = { partOf: "MEMBERS_TOTAL" } as const;
const occupation = { sumOf: "MEMBERS_TOTAL", sumGroup: "OCCUPATION" } as const;
const working = { sumOf: "MEM_WORKING" } as const;
const age = { sumOf: "MEMBERS_TOTAL", sumGroup: "AGE" } as const;
const joined = { sumOf: "MEMBERS_TOTAL", sumGroup: "JOINED" } as const;
const schooling = { sumOf: "MEMBERS_TOTAL", sumGroup: "SCHOOLING" } as const;

export const FORM_3: DataElementSeed[] = [
  { code: "MEM_PROBATIONARY", nameVi: "Đảng viên dự bị", nameEn: "Members: probationary", ...form3, ...members, form: f3(3, "- Dự bị") },
  { code: "MEM_YOUTH_UNION", nameVi: "Đảng viên là đoàn viên Đoàn TNCS Hồ Chí Minh", nameEn: "Members: Youth Union members", ...form3, ...members, form: f3(6, "- Đoàn viên Đoàn TNCS Hồ Chí Minh") },
  { code: "MEM_PRIVATE_OWNER", nameVi: "Đảng viên là chủ doanh nghiệp tư nhân", nameEn: "Members: private business owners", ...form3, ...members, form: f3(7, "- Chủ doanh nghiệp tư nhân") },
  { code: "MEM_FOREIGN_SPOUSE", nameVi: "Đảng viên có quan hệ hôn nhân với người nước ngoài", nameEn: "Members: married to a foreigner", ...form3, ...members, form: f3(8, "- Có quan hệ hôn nhân với người nước ngoài") },
  { code: "MEM_WORKING", nameVi: "Đảng viên đang làm việc và công tác", nameEn: "Members in work", ...form3, ...occupation, form: f3(11, "a. Đảng viên đang làm việc và công tác", 0) },
  { code: "MEM_OCC_STATE", nameVi: "Đảng viên: cán bộ, công chức cơ quan Nhà nước từ cấp huyện trở lên", nameEn: "Members: state civil servants (district level and above)", ...form3, ...working, form: f3(12, "- Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên") },
  { code: "MEM_OCC_PARTY", nameVi: "Đảng viên: cán bộ, công chức cơ quan Đảng, MTTQ, đoàn thể từ cấp huyện trở lên", nameEn: "Members: Party, Front and mass-organization staff (district level and above)", ...form3, ...working, form: f3(13, "- Cán bộ, công chức cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội tính từ cấp huyện trở lên") },
  { code: "MEM_OCC_COMMUNE", nameVi: "Đảng viên: cán bộ, công chức, người hoạt động không chuyên trách cấp xã", nameEn: "Members: commune staff", ...form3, ...working, form: f3(14, "- Cán bộ, công chức; người hoạt động không chuyên trách ở xã, phường, thị trấn") },
  { code: "MEM_OCC_VILLAGE", nameVi: "Đảng viên: người hoạt động không chuyên trách thôn, tổ dân phố", nameEn: "Members: village and neighbourhood part-time staff", ...form3, ...working, form: f3(15, "- Người hoạt động không chuyên trách thôn, tổ dân phố, bản (ấp, khóm)") },
  { code: "MEM_OCC_PUBLIC_SERVICE", nameVi: "Đảng viên: viên chức đơn vị sự nghiệp công lập", nameEn: "Members: public service employees", ...form3, ...working, form: f3(16, "- Viên chức trong các đơn vị sự nghiệp công lập") },
  { code: "MEM_OCC_PRIVATE_SERVICE", nameVi: "Đảng viên: người lao động đơn vị sự nghiệp ngoài công lập", nameEn: "Members: non-public service employees", ...form3, ...working, form: f3(17, "- Người lao động trong các đơn vị sự nghiệp ngoài công lập") },
  { code: "MEM_OCC_ENTERPRISE", nameVi: "Đảng viên: lãnh đạo, quản lý và lao động trong doanh nghiệp", nameEn: "Members: enterprise managers and workers", ...form3, ...working, form: f3(18, "- Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:") },
  { code: "MEM_OCC_ENTERPRISE_MANAGER", nameVi: "Đảng viên: người lãnh đạo, quản lý doanh nghiệp", nameEn: "Members: enterprise managers", ...form3, sumOf: "MEM_OCC_ENTERPRISE", form: f3(19, "+ Người lãnh đạo, quản lý doanh nghiệp", 2) },
  { code: "MEM_OCC_ENTERPRISE_STAFF", nameVi: "Đảng viên: nhân viên, người gián tiếp sản xuất", nameEn: "Members: enterprise office staff", ...form3, sumOf: "MEM_OCC_ENTERPRISE", form: f3(20, "+ Nhân viên, người gián tiếp sản xuất", 2) },
  { code: "MEM_OCC_ENTERPRISE_WORKER", nameVi: "Đảng viên: công nhân, lao động trực tiếp sản xuất", nameEn: "Members: enterprise production workers", ...form3, sumOf: "MEM_OCC_ENTERPRISE", form: f3(21, "+ Công nhân, lao động trực tiếp sản xuất", 2) },
  { code: "MEM_OCC_FARMING", nameVi: "Đảng viên: người làm nông, lâm, ngư nghiệp", nameEn: "Members: farmers, foresters, fishers", ...form3, ...working, form: f3(22, "- Người làm nông, lâm, ngư nghiệp") },
  { code: "MEM_OCC_ARMED", nameVi: "Đảng viên: sỹ quan, chiến sỹ quân đội và công an", nameEn: "Members: armed forces and police", ...form3, ...working, form: f3(23, "- Sỹ quan, chiến sỹ quân đội và công an (lực lượng vũ trang)") },
  { code: "MEM_OCC_STUDENT", nameVi: "Đảng viên: sinh viên", nameEn: "Members: university students", ...form3, ...working, form: f3(24, "- Sinh viên") },
  { code: "MEM_OCC_PUPIL", nameVi: "Đảng viên: học sinh", nameEn: "Members: school pupils", ...form3, ...working, form: f3(25, "- Học sinh") },
  { code: "MEM_OCC_OTHER", nameVi: "Đảng viên: nghề nghiệp khác (lao động hợp đồng, tự do…)", nameEn: "Members: other occupations", ...form3, ...working, form: f3(26, "- Khác (lao động hợp đồng, tự do…)") },
  { code: "MEM_RETIRED", nameVi: "Đảng viên đã nghỉ hưu và nghỉ công tác", nameEn: "Members retired", ...form3, ...occupation, form: f3(27, "b. Đảng viên đã nghỉ hưu và nghỉ công tác", 0) },
  { code: "MEM_EXEMPT", nameVi: "Đảng viên được miễn công tác và sinh hoạt đảng", nameEn: "Members exempted from Party work and meetings", ...form3, partOf: "MEM_RETIRED", form: f3(28, "Trong đó: Được miễn công tác và sinh hoạt đảng") },
  { code: "MEM_AGE_18_30", nameVi: "Đảng viên từ 18 đến 30 tuổi", nameEn: "Members aged 18–30", ...form3, ...age, form: f3(30, "- Từ 18 - 30 tuổi") },
  { code: "MEM_AGE_31_35", nameVi: "Đảng viên từ 31 đến 35 tuổi", nameEn: "Members aged 31–35", ...form3, ...age, form: f3(31, "- Từ 31 - 35 tuổi") },
  { code: "MEM_AGE_36_40", nameVi: "Đảng viên từ 36 đến 40 tuổi", nameEn: "Members aged 36–40", ...form3, ...age, form: f3(32, "- Từ 36 - 40 tuổi") },
  { code: "MEM_AGE_41_45", nameVi: "Đảng viên từ 41 đến 45 tuổi", nameEn: "Members aged 41–45", ...form3, ...age, form: f3(33, "- Từ 41 - 45 tuổi") },
  { code: "MEM_AGE_46_50", nameVi: "Đảng viên từ 46 đến 50 tuổi", nameEn: "Members aged 46–50", ...form3, ...age, form: f3(34, "- Từ 46 - 50 tuổi") },
  { code: "MEM_AGE_51_55", nameVi: "Đảng viên từ 51 đến 55 tuổi", nameEn: "Members aged 51–55", ...form3, ...age, form: f3(35, "- Từ 51 - 55 tuổi") },
  { code: "MEM_AGE_56_60", nameVi: "Đảng viên từ 56 đến 60 tuổi", nameEn: "Members aged 56–60", ...form3, ...age, form: f3(36, "- Từ 56 - 60 tuổi") },
  { code: "MEM_AGE_OVER_60", nameVi: "Đảng viên trên 60 tuổi", nameEn: "Members over 60", ...form3, ...age, form: f3(37, "- Trên 60 tuổi") },
  { code: "MEM_JOINED_BEFORE_1945", nameVi: "Đảng viên vào Đảng trước 19/8/1945", nameEn: "Members who joined before 19 Aug 1945", ...form3, ...joined, form: f3(40, "- Trước 19/8/1945") },
  { code: "MEM_JOINED_1945_1954", nameVi: "Đảng viên vào Đảng từ 19/8/1945 đến 20/7/1954", nameEn: "Members who joined 19 Aug 1945 – 20 Jul 1954", ...form3, ...joined, form: f3(41, "- Từ 19/8/1945 đến 20/7/1954") },
  { code: "MEM_JOINED_1954_1975", nameVi: "Đảng viên vào Đảng từ 21/7/1954 đến 30/4/1975", nameEn: "Members who joined 21 Jul 1954 – 30 Apr 1975", ...form3, ...joined, form: f3(42, "- Từ 21/7/1954 đến 30/4/1975") },
  { code: "MEM_JOINED_SINCE_1975", nameVi: "Đảng viên vào Đảng từ 01/5/1975 đến nay", nameEn: "Members who joined since 1 May 1975", ...form3, ...joined, form: f3(43, "- Từ 01/5/1975 đến nay") },
  { code: "MEM_EDU_LITERATE", nameVi: "Đảng viên biết đọc, biết viết chữ quốc ngữ", nameEn: "Members' schooling: literate", ...form3, ...schooling, form: f3(45, "- Biết đọc, biết viết chữ quốc ngữ") },
  { code: "MEM_EDU_PRIMARY", nameVi: "Đảng viên trình độ tiểu học", nameEn: "Members' schooling: primary", ...form3, ...schooling, form: f3(46, "- Tiểu học") },
  { code: "MEM_EDU_LOWER_SECONDARY", nameVi: "Đảng viên trình độ trung học cơ sở", nameEn: "Members' schooling: lower secondary", ...form3, ...schooling, form: f3(47, "- Trung học cơ sở") },
  { code: "MEM_EDU_UPPER_SECONDARY", nameVi: "Đảng viên trình độ trung học phổ thông", nameEn: "Members' schooling: upper secondary", ...form3, ...schooling, form: f3(48, "- Trung học phổ thông") },
  { code: "MEM_PRO_VOCATIONAL", nameVi: "Đảng viên: công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp", nameEn: "Members: vocational training", ...form3, ...members, form: f3(50, "- Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp") },
  { code: "MEM_PRO_INTERMEDIATE", nameVi: "Đảng viên: trung cấp chuyên môn", nameEn: "Members: intermediate diploma", ...form3, ...members, form: f3(51, "- Trung cấp") },
  { code: "MEM_PRO_COLLEGE", nameVi: "Đảng viên: cao đẳng", nameEn: "Members: college degree", ...form3, ...members, form: f3(52, "- Cao đẳng") },
  { code: "MEM_PRO_UNIVERSITY", nameVi: "Đảng viên: đại học", nameEn: "Members: university degree", ...form3, ...members, form: f3(53, "- Đại học") },
  { code: "MEM_PRO_MASTER", nameVi: "Đảng viên: thạc sỹ", nameEn: "Members: master's degree", ...form3, ...members, form: f3(54, "- Thạc sỹ") },
  { code: "MEM_PRO_DOCTOR", nameVi: "Đảng viên: tiến sỹ", nameEn: "Members: doctorate", ...form3, ...members, form: f3(55, "- Tiến sỹ") },
  { code: "MEM_ASSOC_PROFESSOR", nameVi: "Đảng viên: phó giáo sư", nameEn: "Members: associate professors", ...form3, ...members, form: f3(57, "- Phó Giáo sư") },
  { code: "MEM_PROFESSOR", nameVi: "Đảng viên: giáo sư", nameEn: "Members: professors", ...form3, ...members, form: f3(58, "- Giáo sư") },
  { code: "MEM_THEORY_ELEMENTARY", nameVi: "Đảng viên: lý luận chính trị sơ cấp", nameEn: "Members: elementary political theory", ...form3, ...members, form: f3(60, "- Sơ cấp") },
  { code: "MEM_THEORY_INTERMEDIATE", nameVi: "Đảng viên: lý luận chính trị trung cấp", nameEn: "Members: intermediate political theory", ...form3, ...members, form: f3(61, "- Trung cấp") },
  { code: "MEM_THEORY_ADVANCED", nameVi: "Đảng viên: lý luận chính trị cao cấp, cử nhân", nameEn: "Members: advanced political theory or bachelor's", ...form3, ...members, form: f3(62, "- Cao cấp, cử nhân") },
];

export const FORM_3_LINES: FormLineSeed[] = [
  { form: "3", order: 1, label: "I. Đảng viên trong danh sách có đến cuối kỳ báo cáo", element: "MEMBERS_TOTAL" },
  { form: "3", order: 2, label: "Trong đó: - Nữ", indent: 1, sumOf: ethnic.map((code) => `${code}_WOMEN`) },
  { form: "3", order: 4, label: "- Dân tộc thiểu số", indent: 1, sumOf: minorities },
  { form: "3", order: 5, label: "- Người theo tôn giáo", indent: 1, sumOf: RELIGIONS.map(([code]) => `RELIGION_${code}`) },
  { form: "3", order: 9, label: "II. Phân tích đội ngũ đảng viên" },
  { form: "3", order: 10, label: "1. Nghề nghiệp" },
  { form: "3", order: 29, label: "2. Tuổi đời:" },
  // An average is not summed up the tree, and no unit enters its members' ages: printed without a value (as Biểu 2).
  { form: "3", order: 38, label: "- Tuổi bình quân", indent: 1 },
  { form: "3", order: 39, label: "3. Thời gian kết nạp vào Đảng" },
  { form: "3", order: 44, label: "4. Trình độ giáo dục phổ thông" },
  { form: "3", order: 49, label: "5. Trình độ chuyên môn nghiệp vụ" },
  { form: "3", order: 56, label: "6. Chức danh khoa học" },
  { form: "3", order: 59, label: "7. Trình độ lý luận chính trị" },
];
