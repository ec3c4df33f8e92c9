// The types of grassroots of Biểu số 5-BTCTW ("Thống kê tổ chức đảng và đảng viên trong các loại hình cơ sở"), in the
// form's order. A type is set on a grassroots organization (đảng bộ cơ sở, chi bộ cơ sở); its cells are of its type.
import type { GrassrootsType } from "@/lib/generated/prisma/enums";

export const GRASSROOTS_TYPES = [
  "COMMUNE", "WARD", "TOWNSHIP", "PARTY_AGENCY", "STATE_AGENCY", "PUBLIC_SERVICE", "NON_PUBLIC_SERVICE", "ARMY", "POLICE",
  "STATE_ENTERPRISE_FULL", "STATE_ENTERPRISE_MAJORITY", "STATE_ENTERPRISE_MINORITY",
  "JOINT_STOCK", "PRIVATE_ENTERPRISE", "LIMITED_LIABILITY", "PARTNERSHIP", "FOREIGN_INVESTED", "FOREIGN_OWNED",
  "COOPERATIVE", "OVERSEAS", "OTHER",
] as const satisfies readonly GrassrootsType[];

/** The kinds that carry a type of their own (a cell under a grassroots committee takes its committee's). */
export const TYPED_KINDS = ["GRASSROOTS", "GRASSROOTS_CELL"] as const;

/**
 * Biểu 5's rows as the template words them: each counts the organizations of its types. Rows with rows below
 * them sum those (6 = a + b; 9 = a + b + c); "Trong đó" rows count part of the row above (100% foreign-owned
 * enterprises are foreign-invested ones). The last row is "Cộng (1+….+11)".
 */
export interface TypeRow { label: string; indent: number; bold: boolean; italic?: boolean; types: readonly GrassrootsType[] }

const ENTERPRISES_STATE = ["STATE_ENTERPRISE_FULL", "STATE_ENTERPRISE_MAJORITY", "STATE_ENTERPRISE_MINORITY"] as const;
const ENTERPRISES_PRIVATE = ["JOINT_STOCK", "PRIVATE_ENTERPRISE", "LIMITED_LIABILITY", "PARTNERSHIP", "FOREIGN_INVESTED", "FOREIGN_OWNED"] as const;

export const FORM_5_ROWS: readonly TypeRow[] = [
  { label: "1. Xã", indent: 0, bold: true, types: ["COMMUNE"] },
  { label: "2. Phường", indent: 0, bold: true, types: ["WARD"] },
  { label: "3. Thị trấn", indent: 0, bold: true, types: ["TOWNSHIP"] },
  { label: "4. Cơ quan Đảng, MTTQ, đoàn thể CT-XH", indent: 0, bold: true, types: ["PARTY_AGENCY"] },
  { label: "5. Cơ quan Nhà nước", indent: 0, bold: true, types: ["STATE_AGENCY"] },
  { label: "6. Đơn vị sự nghiệp, gồm:", indent: 0, bold: true, types: ["PUBLIC_SERVICE", "NON_PUBLIC_SERVICE"] },
  { label: "a) Công lập", indent: 1, bold: false, italic: true, types: ["PUBLIC_SERVICE"] },
  { label: "b) Ngoài công lập", indent: 1, bold: false, italic: true, types: ["NON_PUBLIC_SERVICE"] },
  { label: "7. Quân đội", indent: 0, bold: true, types: ["ARMY"] },
  { label: "8. Công an", indent: 0, bold: true, types: ["POLICE"] },
  { label: "9. Doanh nghiệp và hợp tác xã", indent: 0, bold: true, types: [...ENTERPRISES_STATE, ...ENTERPRISES_PRIVATE, "COOPERATIVE"] },
  { label: "a) Doanh nghiệp có vốn Nhà nước", indent: 1, bold: false, italic: true, types: ENTERPRISES_STATE },
  { label: "- Nhà nước nắm giữ 100% vốn điều lệ", indent: 2, bold: false, types: ["STATE_ENTERPRISE_FULL"] },
  { label: "- Nhà nước nắm giữ từ 50% vốn điều lệ trở lên", indent: 2, bold: false, types: ["STATE_ENTERPRISE_MAJORITY"] },
  { label: "- Nhà nước nắm giữ dưới 50% vốn điều lệ", indent: 2, bold: false, types: ["STATE_ENTERPRISE_MINORITY"] },
  { label: "b) Doanh nghiệp ngoài khu vực Nhà nước", indent: 1, bold: false, italic: true, types: ENTERPRISES_PRIVATE },
  { label: "- Công ty Cổ phần", indent: 2, bold: false, types: ["JOINT_STOCK"] },
  { label: "- Doanh nghiệp tư nhân", indent: 2, bold: false, types: ["PRIVATE_ENTERPRISE"] },
  { label: "- Công ty trách nhiệm hữu hạn", indent: 2, bold: false, types: ["LIMITED_LIABILITY"] },
  { label: "- Công ty hợp danh", indent: 2, bold: false, types: ["PARTNERSHIP"] },
  { label: "- Doanh nghiệp có vốn nước ngoài", indent: 2, bold: false, types: ["FOREIGN_INVESTED", "FOREIGN_OWNED"] },
  { label: "Trong đó: Doanh nghiệp 100% vốn NN", indent: 3, bold: false, types: ["FOREIGN_OWNED"] },
  { label: "c) Hợp tác xã", indent: 1, bold: false, italic: true, types: ["COOPERATIVE"] },
  { label: "10. Tổ chức cơ sở đảng ở ngoài nước", indent: 0, bold: true, types: ["OVERSEAS"] },
  { label: "11. Loại hình cơ sở khác*", indent: 0, bold: true, types: ["OTHER"] },
  { label: "Cộng (1+….+11)", indent: 0, bold: true, types: GRASSROOTS_TYPES },
];
