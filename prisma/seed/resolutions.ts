// Demo terms, resolutions and their targets, in the order each resolution numbers them.
import type { AssessmentResult, Comparator, TargetCategory, TargetKind } from "@/lib/generated/prisma/enums";
import { AGENCIES, BLOC, PROVINCE } from "./tree";

export const TERMS = [
  { name: "2020–2025", startYear: 2020, endYear: 2025, isCurrent: false },
  { name: "2025–2030", startYear: 2025, endYear: 2030, isCurrent: true },
];

export interface TargetSeed {
  category?: TargetCategory;
  kind: TargetKind;
  titleVi: string;
  titleEn: string;
  indicator?: string;
  comparator?: Comparator;
  targetValue?: number;
  baselineValue?: number;
  baselineYear?: number;
  deadlineYear?: number;
  assessments?: { year: number; result: AssessmentResult; note: string }[];
}

export interface ResolutionSeed {
  committee: string;
  term: string;
  title: string;
  number: string;
  adoptedOn: string;
  targets: TargetSeed[];
}

const qualitative = (category: TargetCategory, titleVi: string, titleEn: string, assessments: TargetSeed["assessments"] = []): TargetSeed =>
  ({ category, kind: "QUALITATIVE", titleVi, titleEn, assessments });

export const RESOLUTIONS: ResolutionSeed[] = [
  {
    committee: AGENCIES,
    term: "2025–2030",
    title: "Nghị quyết Đại hội đại biểu Đảng bộ các cơ quan Đảng tỉnh lần thứ I, nhiệm kỳ 2025–2030",
    number: "01-NQ/ĐH",
    adoptedOn: "2025-07-18",
    targets: [
      { kind: "ANNUAL_RATE", indicator: "RATE_MEMBERS_GOOD_PLUS", targetValue: 95, titleVi: "Hằng năm có từ 95% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên", titleEn: "Annually at least 95% of members rated as completing tasks well or better" },
      { kind: "ANNUAL_RATE", indicator: "RATE_ORGS_GOOD_PLUS", targetValue: 100, titleVi: "Hằng năm 100% tổ chức đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên", titleEn: "Annually 100% of Party organizations rated well or better" },
      { kind: "LEVEL_BY_DEADLINE", indicator: "RATE_ORGS_4GOOD", targetValue: 100, baselineValue: 80, baselineYear: 2025, deadlineYear: 2030, titleVi: "Đến năm 2030, 100% tổ chức đảng đạt tiêu chuẩn chi bộ \"4 tốt\", đảng bộ cơ sở \"4 tốt\"", titleEn: "By 2030, 100% of organizations meet the \"4-good\" cell / grassroots committee standard" },
      { kind: "LEVEL_BY_DEADLINE", indicator: "RATE_ORGS_DIGITAL", targetValue: 100, baselineValue: 55, baselineYear: 2025, deadlineYear: 2030, titleVi: "Đến năm 2030, 100% tổ chức đảng, cán bộ, đảng viên ứng dụng chuyển đổi số", titleEn: "By 2030, 100% of organizations, cadres and members apply digital transformation" },
      { kind: "LEVEL_BY_DEADLINE", indicator: "RATE_RECORDS_ONLINE", targetValue: 100, baselineValue: 62, baselineYear: 2025, deadlineYear: 2030, titleVi: "Đến năm 2030, 100% hồ sơ công việc được xử lý trên môi trường mạng", titleEn: "By 2030, 100% of work records handled online" },
      { kind: "TERM_CUMULATIVE", indicator: "MEMBERS_ADMITTED", targetValue: 150, titleVi: "Kết nạp 150 đảng viên mới trong nhiệm kỳ", titleEn: "Admit 150 new members during the term" },
      { kind: "ANNUAL_RATE", indicator: "RATE_MEMBERS_NOT_COMPLETED", comparator: "LTE", targetValue: 1, titleVi: "Hằng năm tỉ lệ đảng viên không hoàn thành nhiệm vụ không quá 1%", titleEn: "Annually no more than 1% of members rated as not completing tasks" },
      { kind: "ANNUAL_RATE", indicator: "RATE_MEMBERS_EXCELLENT", targetValue: 10, titleVi: "Hằng năm có từ 10% đảng viên hoàn thành xuất sắc nhiệm vụ", titleEn: "Annually at least 10% of members rated excellent" },
      { kind: "TERM_CUMULATIVE", indicator: "CADRES_TRAINED", targetValue: 120, titleVi: "Đào tạo lý luận chính trị cho 120 cán bộ trong nhiệm kỳ", titleEn: "Train 120 cadres in political theory during the term" },
      { kind: "TERM_CUMULATIVE", indicator: "INSPECTIONS", targetValue: 60, titleVi: "Thực hiện 60 cuộc kiểm tra, giám sát trong nhiệm kỳ", titleEn: "Carry out 60 inspections and supervisions during the term" },
      { kind: "LEVEL_BY_DEADLINE", indicator: "MEMBERS_TOTAL", targetValue: 900, baselineValue: 806, baselineYear: 2025, deadlineYear: 2030, titleVi: "Đến năm 2030, Đảng bộ có 900 đảng viên", titleEn: "By 2030, the Party Committee has 900 members" },
      qualitative("BREAKTHROUGH", "Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan Đảng", "Push digital transformation in the work of Party agencies",
        [{ year: 2025, result: "ON_TRACK", note: "Đã triển khai hệ thống văn bản điện tử tới 12/12 tổ chức cơ sở đảng." }]),
      qualitative("BREAKTHROUGH", "Nâng cao chất lượng sinh hoạt chi bộ", "Raise the quality of Party cell meetings",
        [{ year: 2025, result: "ACHIEVED", note: "100% chi bộ sinh hoạt chuyên đề ít nhất một lần mỗi quý." }]),
      qualitative("BREAKTHROUGH", "Xây dựng đội ngũ cán bộ các cơ quan Đảng chuyên nghiệp, tinh gọn", "Build a professional, streamlined staff of Party agencies"),
    ],
  },
  {
    committee: BLOC,
    term: "2020–2025",
    title: "Nghị quyết Đại hội đại biểu Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh lần thứ V, nhiệm kỳ 2020–2025",
    number: "05-NQ/ĐH",
    adoptedOn: "2020-06-12",
    targets: [
      { kind: "ANNUAL_RATE", indicator: "RATE_MEMBERS_GOOD_PLUS", targetValue: 95, titleVi: "Hằng năm có từ 95% đảng viên hoàn thành tốt nhiệm vụ trở lên", titleEn: "Annually at least 95% of members rated well or better" },
      { kind: "ANNUAL_RATE", indicator: "RATE_ORGS_GOOD_PLUS", targetValue: 90, titleVi: "Hằng năm có từ 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", titleEn: "Annually at least 90% of grassroots organizations rated well or better" },
      { kind: "TERM_CUMULATIVE", indicator: "MEMBERS_ADMITTED", targetValue: 700, titleVi: "Kết nạp 700 đảng viên mới trong nhiệm kỳ", titleEn: "Admit 700 new members during the term" },
      { kind: "TERM_CUMULATIVE", indicator: "ORGS_NEW_NONSTATE", targetValue: 10, titleVi: "Thành lập mới 10 tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước", titleEn: "Set up 10 Party organizations in non-state enterprises" },
      { kind: "ANNUAL_RATE", indicator: "RATE_ORGS_4GOOD", targetValue: 80, titleVi: "Hằng năm có từ 80% chi bộ đạt tiêu chuẩn \"4 tốt\"", titleEn: "Annually at least 80% of cells meet the \"4-good\" standard" },
      { kind: "ANNUAL_RATE", indicator: "RATE_MEMBERS_NOT_COMPLETED", comparator: "LTE", targetValue: 2, titleVi: "Hằng năm tỉ lệ đảng viên không hoàn thành nhiệm vụ không quá 2%", titleEn: "Annually at most 2% of members rated as not completing tasks" },
      { kind: "TERM_CUMULATIVE", indicator: "CELL_CONGRESSES", targetValue: 300, titleVi: "Tổ chức thành công đại hội 300 chi bộ", titleEn: "Hold 300 cell congresses successfully" },
      { kind: "LEVEL_BY_DEADLINE", indicator: "RATE_RECORDS_ONLINE", targetValue: 90, baselineValue: 40, baselineYear: 2020, deadlineYear: 2025, titleVi: "Đến năm 2025, 90% hồ sơ công việc được xử lý trên môi trường mạng", titleEn: "By 2025, 90% of work records handled online" },
      { kind: "TERM_CUMULATIVE", indicator: "CADRES_TRAINED", targetValue: 200, titleVi: "Đào tạo lý luận chính trị cho 200 cán bộ", titleEn: "Train 200 cadres in political theory" },
      { kind: "TERM_CUMULATIVE", indicator: "INSPECTIONS", targetValue: 150, titleVi: "Thực hiện 150 cuộc kiểm tra, giám sát", titleEn: "Carry out 150 inspections and supervisions" },
      qualitative("KEY_TASK", "Nâng cao năng lực lãnh đạo của tổ chức đảng trong doanh nghiệp", "Strengthen Party leadership in enterprises",
        [{ year: 2022, result: "ON_TRACK", note: "Sơ kết giữa nhiệm kỳ: 11 tổ chức đảng mới trong doanh nghiệp ngoài nhà nước." }]),
    ],
  },
  {
    committee: PROVINCE,
    term: "2020–2025",
    title: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh An Phú lần thứ XVII, nhiệm kỳ 2020–2025",
    number: "17-NQ/ĐH",
    adoptedOn: "2020-10-15",
    targets: [
      { kind: "TERM_CUMULATIVE", indicator: "MEMBERS_ADMITTED", targetValue: 4003, titleVi: "Kết nạp 4.003 đảng viên mới trong nhiệm kỳ", titleEn: "Admit 4,003 new members during the term" },
      { kind: "TERM_CUMULATIVE", indicator: "ORGS_NEW_NONSTATE", targetValue: 10, titleVi: "Thành lập mới 10 tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước", titleEn: "Set up 10 Party organizations in non-state enterprises" },
      { kind: "TERM_CUMULATIVE", indicator: "STAFF_CUT", targetValue: 2550, titleVi: "Tinh giản 2.550 biên chế", titleEn: "Cut 2,550 staffing positions" },
      { kind: "ANNUAL_RATE", indicator: "RATE_MEMBERS_GOOD_PLUS", targetValue: 90, titleVi: "Hằng năm có từ 90% đảng viên hoàn thành tốt nhiệm vụ trở lên", titleEn: "Annually at least 90% of members rated well or better" },
      { kind: "ANNUAL_RATE", indicator: "RATE_ORGS_GOOD_PLUS", targetValue: 90, titleVi: "Hằng năm có từ 90% tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", titleEn: "Annually at least 90% of Party organizations rated well or better" },
      qualitative("BREAKTHROUGH", "Cải cách hành chính trong các cơ quan Đảng", "Administrative reform in Party agencies",
        [{ year: 2022, result: "ACHIEVED", note: "Hoàn thành sắp xếp bộ máy theo Nghị quyết 18-NQ/TW." }]),
    ],
  },
];
