// The demo committee tree: a province; the Party Committee of provincial Party agencies (est. 10 Feb 2025,
// 12 grassroots organizations, ~800 members); a bloc of agencies and enterprises (22 grassroots units and
// 25 cells); five district committees whose grassroots units are not modelled, so they enter their own
// totals (the lowest level the demo has, and so where those figures belong).
import type { CommitteeKind, GrassrootsType } from "@/lib/generated/prisma/enums";

export interface CommitteeSeed {
  code: string;
  name: string;
  nameEn: string;
  kind: CommitteeKind;
  parent?: string;
  validFrom: string;
  /** Relative size, used to spread yearly totals over units. */
  weight: number;
  /** Biểu 5's type of grassroots (grassroots committees and cells only). */
  grassrootsType?: GrassrootsType;
  /** An ended unit: the end date, the unit that carries on its history and the parent it had until then. */
  ended?: { validTo: string; successor: string; formerParent: string };
}

export const PROVINCE = "AP";
/** The 21 grassroots organizations of the provincial Party agencies before the 2025 reorganization. */
export const FORMER_AGENCIES = "AP-KCQ";
/** The date they were merged into the 12 of the agencies' committee, which was established that day. */
export const AGENCIES_REORGANIZED = "2025-02-10";
export const AGENCIES = "AP-CQD";
export const BLOC = "AP-KCQDN";

const committees: CommitteeSeed[] = [
  { code: PROVINCE, name: "Đảng bộ tỉnh An Phú", nameEn: "An Phu Provincial Party Committee", kind: "PROVINCIAL", validFrom: "1997-01-01", weight: 0 },
  { code: AGENCIES, name: "Đảng bộ các cơ quan Đảng tỉnh", nameEn: "Party Committee of Provincial Party Agencies", kind: "UPPER_GRASSROOTS", parent: PROVINCE, validFrom: "2025-02-10", weight: 0 },
  { code: BLOC, name: "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", nameEn: "Party Committee of the Provincial Agencies and Enterprises Bloc", kind: "UPPER_GRASSROOTS", parent: PROVINCE, validFrom: "2008-06-01", weight: 0 },
];

function add(parent: string, code: string, name: string, nameEn: string, kind: CommitteeKind, weight: number, validFrom: string) {
  committees.push({ code, name, nameEn, kind, parent, validFrom, weight });
}

// Agencies' committee: 12 grassroots organizations; three of them are committees with cells beneath.
const agencyUnits: [string, string, number, [string, string, number][]][] = [
  ["Đảng bộ Văn phòng Tỉnh ủy", "Provincial Party Office", 0, [
    ["Chi bộ Phòng Tổng hợp", "General Affairs cell", 42], ["Chi bộ Phòng Hành chính - Lưu trữ", "Administration and Archives cell", 38],
    ["Chi bộ Phòng Quản trị - Tài vụ", "Facilities and Finance cell", 45]]],
  ["Chi bộ Ban Tổ chức Tỉnh ủy", "Organization Board cell", 48, []],
  ["Chi bộ Ban Tuyên giáo và Dân vận Tỉnh ủy", "Propaganda, Education and Mass Mobilization Board cell", 52, []],
  ["Chi bộ Ủy ban Kiểm tra Tỉnh ủy", "Inspection Commission cell", 36, []],
  ["Chi bộ Ban Nội chính Tỉnh ủy", "Internal Affairs Board cell", 28, []],
  ["Chi bộ Ban Chính sách, chiến lược Tỉnh ủy", "Policy and Strategy Board cell", 24, []],
  ["Đảng bộ Báo và Phát thanh, Truyền hình An Phú", "An Phu Newspaper, Radio and Television", 0, [
    ["Chi bộ Ban Thời sự", "News Desk cell", 61], ["Chi bộ Ban Biên tập điện tử", "Online Desk cell", 57], ["Chi bộ Kỹ thuật", "Engineering cell", 49]]],
  ["Đảng bộ Trường Chính trị tỉnh", "Provincial School of Politics", 0, [
    ["Chi bộ Khoa Lý luận cơ sở", "Foundations Faculty cell", 44], ["Chi bộ Phòng Đào tạo", "Training Office cell", 40]]],
  ["Chi bộ Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Office of the National Assembly Delegation and People's Council cell", 54, []],
  ["Chi bộ Ủy ban MTTQ Việt Nam tỉnh", "Fatherland Front Committee cell", 63, []],
  ["Chi bộ Hội Nông dân tỉnh", "Farmers' Union cell", 39, []],
  ["Chi bộ Tỉnh đoàn", "Provincial Youth Union cell", 35, []],
];
agencyUnits.forEach(([name, nameEn, weight, cells], i) => {
  const code = `${AGENCIES}-${String(i + 1).padStart(2, "0")}`;
  add(AGENCIES, code, name, nameEn, cells.length ? "GRASSROOTS" : "GRASSROOTS_CELL", weight, "2025-02-10");
  cells.forEach(([cellName, cellEn, w], j) => add(code, `${code}-${j + 1}`, cellName, cellEn, "CELL", w, "2025-02-10"));
});

// Before 10 Feb 2025 the province's Party agencies had 21 grassroots organizations directly under the province;
// that day they were merged into the 12 above. Each ended unit hangs under the unit that carries on its history
// (its reporting parent), so the 12 show a 2020–2025 trend made of their predecessors' figures; the dated links
// keep the parent they really had. [name, English name, weight, successor number 1–12]
const formerAgencyUnits: [string, string, number, number][] = [
  ["Đảng bộ Văn phòng Tỉnh ủy", "Provincial Party Office (until 2025)", 96, 1],
  ["Chi bộ Nhà khách Tỉnh ủy", "Provincial Party Guesthouse cell", 14, 1],
  ["Chi bộ Ban Tổ chức Tỉnh ủy", "Organization Board cell (until 2025)", 38, 2],
  ["Chi bộ Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh", "Cadres' Health Care Board cell", 9, 2],
  ["Chi bộ Ban Tuyên giáo Tỉnh ủy", "Propaganda and Education Board cell", 30, 3],
  ["Chi bộ Ban Dân vận Tỉnh ủy", "Mass Mobilization Board cell", 18, 3],
  ["Chi bộ Ủy ban Kiểm tra Tỉnh ủy", "Inspection Commission cell (until 2025)", 31, 4],
  ["Chi bộ Ban Nội chính Tỉnh ủy", "Internal Affairs Board cell (until 2025)", 20, 5],
  ["Chi bộ Văn phòng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "Anti-Corruption Steering Committee Office cell", 12, 5],
  ["Chi bộ Ban Kinh tế Tỉnh ủy", "Economic Board cell", 17, 6],
  ["Đảng bộ Báo An Phú", "An Phu Newspaper", 58, 7],
  ["Đảng bộ Đài Phát thanh và Truyền hình An Phú", "An Phu Radio and Television", 74, 7],
  ["Đảng bộ Trường Chính trị tỉnh", "Provincial School of Politics (until 2025)", 70, 8],
  ["Chi bộ Văn phòng Đoàn ĐBQH tỉnh", "Office of the National Assembly Delegation cell", 19, 9],
  ["Chi bộ Văn phòng HĐND tỉnh", "Office of the People's Council cell", 27, 9],
  ["Chi bộ Ủy ban MTTQ Việt Nam tỉnh", "Fatherland Front Committee cell (until 2025)", 24, 10],
  ["Chi bộ Liên đoàn Lao động tỉnh", "Labour Federation cell", 15, 10],
  ["Chi bộ Hội Liên hiệp Phụ nữ tỉnh", "Women's Union cell", 11, 10],
  ["Chi bộ Hội Cựu chiến binh tỉnh", "Veterans' Association cell", 8, 10],
  ["Chi bộ Hội Nông dân tỉnh", "Farmers' Union cell (until 2025)", 30, 11],
  ["Chi bộ Tỉnh đoàn", "Provincial Youth Union cell (until 2025)", 26, 12],
];
formerAgencyUnits.forEach(([name, nameEn, weight, successor], i) => {
  const successorCode = `${AGENCIES}-${String(successor).padStart(2, "0")}`;
  committees.push({
    code: `${FORMER_AGENCIES}-${String(i + 1).padStart(2, "0")}`, name, nameEn, parent: successorCode, validFrom: "2010-01-01", weight,
    kind: name.startsWith("Đảng bộ") ? "GRASSROOTS" : "GRASSROOTS_CELL",
    ended: { validTo: AGENCIES_REORGANIZED, successor: successorCode, formerParent: PROVINCE },
  });
});

// The bloc: 10 grassroots committees with cells, 12 grassroots cells.
const blocCommittees: [string, string, number][] = [
  ["Sở Tài chính", "Department of Finance", 3], ["Sở Y tế", "Department of Health", 3],
  ["Sở Giáo dục và Đào tạo", "Department of Education and Training", 3],
  ["Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", 3],
  ["Sở Xây dựng", "Department of Construction", 2], ["Công ty Điện lực An Phú", "An Phu Power Company", 3],
  ["Công ty Cổ phần Cấp nước An Phú", "An Phu Water Supply JSC", 2], ["Bệnh viện Đa khoa tỉnh", "Provincial General Hospital", 2],
  ["Trường Đại học An Phú", "An Phu University", 2], ["Ngân hàng Nông nghiệp chi nhánh An Phú", "Agribank An Phu Branch", 2],
];
const blocCells: [string, string][] = [
  ["Sở Tư pháp", "Department of Justice"], ["Sở Nội vụ", "Department of Home Affairs"],
  ["Sở Công Thương", "Department of Industry and Trade"], ["Sở Khoa học và Công nghệ", "Department of Science and Technology"],
  ["Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism"], ["Thanh tra tỉnh", "Provincial Inspectorate"],
  ["Kho bạc Nhà nước khu vực", "Regional State Treasury"], ["Thống kê tỉnh", "Provincial Statistics Office"],
  ["Công ty TNHH MTV Xổ số kiến thiết", "Lottery Company"], ["Công ty Cổ phần Môi trường đô thị", "Urban Environment JSC"],
  ["Liên minh Hợp tác xã tỉnh", "Cooperative Alliance"], ["Hội Chữ thập đỏ tỉnh", "Red Cross Society"],
];
const cellNames = ["Chi bộ Văn phòng", "Chi bộ Phòng Nghiệp vụ 1", "Chi bộ Phòng Nghiệp vụ 2"];
const cellNamesEn = ["Office cell", "Division 1 cell", "Division 2 cell"];
blocCommittees.forEach(([name, nameEn, cellCount], i) => {
  const code = `${BLOC}-${String(i + 1).padStart(2, "0")}`;
  add(BLOC, code, `Đảng bộ ${name}`, nameEn, "GRASSROOTS", 0, "2010-01-01");
  for (let j = 0; j < cellCount; j++) {
    add(code, `${code}-${j + 1}`, cellNames[j]!, `${nameEn}: ${cellNamesEn[j]}`, "CELL", 60 + ((i * 7 + j * 13) % 50), "2010-01-01");
  }
});
blocCells.forEach(([name, nameEn], i) => {
  add(BLOC, `${BLOC}-${String(blocCommittees.length + i + 1).padStart(2, "0")}`, `Chi bộ ${name}`, nameEn, "GRASSROOTS_CELL", 40 + ((i * 11) % 45), "2010-01-01");
});

// Districts (abolished on 1 July 2025 by the national reform; their history is restated by the restructuring feature).
const districts: [string, string, number][] = [
  ["Đảng bộ thành phố An Phú", "An Phu City Party Committee", 14], ["Đảng bộ huyện Đông Sơn", "Dong Son District Party Committee", 10],
  ["Đảng bộ huyện Tây Hòa", "Tay Hoa District Party Committee", 9], ["Đảng bộ huyện Bắc Bình", "Bac Binh District Party Committee", 8],
  ["Đảng bộ huyện Nam Giang", "Nam Giang District Party Committee", 7],
];
districts.forEach(([name, nameEn, weight], i) => add(PROVINCE, `${PROVINCE}-H${i + 1}`, name, nameEn, "DISTRICT", weight, "1997-01-01"));

// Types of grassroots (Biểu 5-BTCTW) by name: the Party boards, the Front and the mass organizations are "cơ quan
// Đảng, MTTQ, đoàn thể"; the press and the school are public service units; the People's Council's office, the
// departments and offices are state agencies; the companies by who owns them.
const TYPE_BY_NAME: [RegExp, GrassrootsType][] = [
  [/Báo|Phát thanh|Trường|Bệnh viện/, "PUBLIC_SERVICE"],
  [/Văn phòng (Đoàn ĐBQH|HĐND)|Sở |Thanh tra|Kho bạc|Thống kê/, "STATE_AGENCY"],
  [/Điện lực|Xổ số|Ngân hàng/, "STATE_ENTERPRISE_FULL"],
  [/Cấp nước/, "STATE_ENTERPRISE_MAJORITY"],
  [/Cổ phần Môi trường/, "JOINT_STOCK"],
  [/Hợp tác xã|Chữ thập đỏ/, "OTHER"],
  [/Tỉnh ủy|Ban Bảo vệ|Ban Chỉ đạo|MTTQ|Hội |Tỉnh đoàn|Liên đoàn/, "PARTY_AGENCY"],
];
for (const c of committees) {
  if (c.kind === "GRASSROOTS" || c.kind === "GRASSROOTS_CELL") c.grassrootsType = TYPE_BY_NAME.find(([name]) => name.test(c.name))?.[1];
}

export const COMMITTEES: readonly CommitteeSeed[] = committees;

/** Units of a group whose members are counted there (cells, grassroots cells, lump districts). */
export function memberUnits(group: string): CommitteeSeed[] {
  return committees.filter((c) => c.weight > 0 && isIn(c, group));
}

/** Party organizations of a group that are classified each year (every grassroots-level unit). */
export function organizationUnits(group: string): CommitteeSeed[] {
  return committees.filter((c) => ["GRASSROOTS", "GRASSROOTS_CELL", "CELL"].includes(c.kind) && isIn(c, group));
}

/** Grassroots-level committees of a group (they report training and inspections). */
export function grassrootsUnits(group: string): CommitteeSeed[] {
  return committees.filter((c) => ["GRASSROOTS", "GRASSROOTS_CELL"].includes(c.kind) && isIn(c, group));
}

function isIn(c: CommitteeSeed, group: string): boolean {
  return c.code.startsWith(`${group}-`);
}
