// Demo accounts. Printed by `npm start` on an embedded database; never created on a real server unless asked.
import type { Role } from "@/lib/generated/prisma/enums";
import { AGENCIES, BLOC, PROVINCE } from "./tree";

export const DEMO_PASSWORD = "ChiTieu@2026";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  scope: string;
  description: string;
  password: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin", displayName: "Quản trị hệ thống", role: "ADMIN", scope: PROVINCE, description: "administrator (whole province)", password: DEMO_PASSWORD },
  { username: "lanhdao.cqd", displayName: "Nguyễn Văn Bình, Bí thư Đảng ủy các cơ quan Đảng tỉnh", role: "APPROVER", scope: AGENCIES, description: "leader of the agencies' Party committee", password: DEMO_PASSWORD },
  { username: "canbo.vpty", displayName: "Trần Thị Lan, Văn phòng Tỉnh ủy", role: "EDITOR", scope: `${AGENCIES}-01`, description: "grassroots staff, Provincial Party Office", password: DEMO_PASSWORD },
  // Editors of two grassroots units of the agencies' committee that have no resolution of their own: they set up
  // their 2025–2030 resolutions (one per browser test project, so the two projects never share data).
  { username: "canbo.cqd02", displayName: "Đỗ Thị Hà, Chi bộ Ban Tổ chức Tỉnh ủy", role: "EDITOR", scope: `${AGENCIES}-02`, description: "grassroots staff, Organization Board cell", password: DEMO_PASSWORD },
  { username: "canbo.cqd03", displayName: "Vũ Văn Nam, Chi bộ Ban Tuyên giáo và Dân vận Tỉnh ủy", role: "EDITOR", scope: `${AGENCIES}-03`, description: "grassroots staff, Propaganda Board cell", password: DEMO_PASSWORD },
  { username: "canbo.khoi", displayName: "Lê Minh Tuấn, Đảng ủy Khối", role: "EDITOR", scope: BLOC, description: "staff of the agencies and enterprises bloc", password: DEMO_PASSWORD },
];
