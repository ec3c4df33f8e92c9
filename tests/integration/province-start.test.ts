// The whole start of a real province on an empty database, each step through the files users load: `npm run setup`'s
// installation → a generated 3,000-unit tree file → an accounts file → an account activated with its code → a
// resolution file for a grassroots committee deep in the tree → a figures file for three of its Party cells → the
// progress API's numbers for that committee, worked out by hand from the file, as the district's clerk reads them.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { activateAccount } from "@/lib/accounts/activation";
import { createApiTokenSpec } from "@/lib/accounts/api-tokens";
import { runAction } from "@/lib/auth/action";
import { importAccounts } from "@/lib/accounts/import-accounts";
import { readSessionAccountRow, type Viewer } from "@/lib/auth/account";
import { verifySignIn } from "@/lib/auth/sign-in";
import { readTreeRecords } from "@/lib/committees/tree-file/columns";
import { renderTreeCsv } from "@/lib/committees/tree-file/export-tree";
import { importTree } from "@/lib/committees/tree-file/import-tree";
import { findRollupDrift } from "@/lib/figures/rollup";
import { reportingRate } from "@/lib/figures/reporting-rate";
import { readImportFile } from "@/lib/imports/files";
import { importFigures } from "@/lib/imports/import-figures";
import { readRecords } from "@/lib/imports/records";
import { readSheets, writeXlsxSheets } from "@/lib/imports/table";
import { importResolution, RESOLUTION_COLUMNS, TARGET_COLUMNS } from "@/lib/targets/resolution-file";
import { generateTreeRows } from "../../bench/lib/tree-file";
import { setUpInstallation } from "../../prisma/seed/installation";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let getDashboard: typeof import("@/lib/dashboard/queries").getDashboard;
let progressPayload: typeof import("@/lib/api/progress").progressPayload;
let progressRoute: (request: Request) => Promise<Response>;

const SET_UP = new Date("2026-01-05T02:00:00Z");
const NOW = new Date("2028-01-20T03:00:00Z");
const DAY = 86_400_000;
const PASSWORD = "Mat-khau-quan-tri-2026";
/** The grassroots committee deep in the tree (province → district 2 → commune 4), its district, and a commune elsewhere. */
const DEEP = "BP-D02-G004";
const DISTRICT = "BP-D02";
const OUTSIDE = "BP-D03-G001";
const CELLS = [`${DEEP}-C1`, `${DEEP}-C2`, `${DEEP}-C3`];

/** The figures file, per cell: admissions 2026 and 2027, and the 2027 assessment of its members. */
const FIGURES: Record<string, { admitted: [number, number]; total: number; assessed: number; excellent: number; good: number }> = {
  [CELLS[0]!]: { admitted: [4, 6], total: 32, assessed: 30, excellent: 4, good: 23 },
  [CELLS[1]!]: { admitted: [3, 2], total: 26, assessed: 25, excellent: 3, good: 20 },
  [CELLS[2]!]: { admitted: [5, 4], total: 41, assessed: 40, excellent: 5, good: 31 },
};
const ADMISSIONS_PLAN = 60;
const RATE_PLAN = 90;

async function* bytes(data: string) {
  yield Buffer.from(data, "utf8");
}

/** The session row of a signed-in account: what every request of the API reads as its viewer. */
async function sessionViewer(username: string, password: string): Promise<Viewer> {
  const signedIn = await verifySignIn(t.db, { username, password }, "10.0.2.1");
  const account = await readSessionAccountRow(t.sql, { uid: signedIn.id, sv: signedIn.sessionVersion, sid: randomUUID() }, []);
  if (!account) throw new Error(`no session for ${username}`);
  return account.viewer;
}

/** GET /api/v1/progress?committee=…&year=… for a viewer: the route's own loader and payload. */
async function progress(viewer: Viewer, committeeId: number, year: number) {
  const dashboard = await getDashboard(viewer, committeeId, null, year);
  return dashboard && progressPayload(dashboard, await reportingRate(t.sql, dashboard.committee.id, dashboard.reviewYear));
}

const idOf = async (code: string) => (await t.db.committee.findUniqueOrThrow({ where: { code } })).id;

beforeAll(async () => {
  process.env.DATABASE_URL = t.url;
  ({ getDashboard } = await import("@/lib/dashboard/queries"));
  ({ progressPayload } = await import("@/lib/api/progress"));
  progressRoute = (await import("@/app/api/v1/progress/route")).GET;
});

describe("the start of a province on an empty database", () => {
  it("goes from setup through the tree, accounts, resolution and figures files to the progress of a committee deep in the tree", async () => {
    // 1. Setup, as `npm run setup` runs it: catalogue, the term, the root committee, the first administrator.
    expect(await t.db.committee.count()).toBe(0);
    const setup = await setUpInstallation(t.db, {
      terms: ["2020-2025", "2025-2030"], root: { code: "BP", name: "Đảng bộ tỉnh Bình Phú", kind: "PROVINCIAL" },
      admin: { username: "quantri", displayName: "Quản trị Tỉnh ủy", password: PASSWORD },
    }, SET_UP);
    expect(setup).toMatchObject({ changed: true, terms: ["2020–2025", "2025–2030"], root: "BP", admin: "quantri" });
    const admin = await sessionViewer("quantri", PASSWORD);
    expect(admin).toMatchObject({ role: "ADMIN", scopeCommitteeId: await idOf("BP") });

    // 2. The tree: 3,000 units in one CSV file, as the export writes it (BOM, `;`, CRLF).
    const csv = renderTreeCsv(generateTreeRows(3000, "BP", "BP"), "vi");
    const read = readTreeRecords(await readRecords(Readable.from([Buffer.from(csv)]), "csv"));
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const tree = await importTree(t.db, read.rows, { actor: admin, now: new Date(SET_UP.getTime() + DAY), source: "cay-to-chuc.csv" });
    expect(tree).toMatchObject({ issues: [], created: 3000, applied: true });
    expect(await t.db.committee.count()).toBe(3001);
    const lineage = await t.sql<{ code: string }>`
      SELECT a."code" FROM "CommitteeClosure" cc JOIN "Committee" a ON a."id" = cc."ancestorId"
      WHERE cc."descendantId" = ${await idOf(CELLS[0]!)}::int ORDER BY cc."depth"`;
    expect(lineage.map((r) => r.code)).toEqual([CELLS[0], DEEP, DISTRICT, "BP"]);
    // The commune has six Party cells: three will report, three will not.
    expect(await t.db.committee.count({ where: { parent: { code: DEEP } } })).toBe(6);

    // 3. Accounts from an XLSX file; the district's clerk activates hers with the code handed out.
    const accountsFile = await writeXlsxSheets([{ name: "Tai khoan", header: ["username", "display_name", "role", "committee_code"], rows: [
      ["canbo.huyen2", "Nguyễn Thị Hoa", "Cán bộ nhập liệu", DISTRICT],
      ["lanhdao.xa24", "Trần Văn Bình", "APPROVER", DEEP],
      ["xem.huyen3", "Lê Văn Cường", "VIEWER", "BP-D03"],
    ] }]);
    const sheet = (await readSheets(accountsFile, "xlsx"))![0]!;
    const accounts = await importAccounts(t.db, sheet, { actor: admin, dryRun: false, days: 14, now: new Date(SET_UP.getTime() + 2 * DAY), source: "tai-khoan.xlsx" });
    expect(accounts.errors).toEqual([]);
    expect(accounts.accounts.map((a) => [a.username, a.role, a.committeeCode])).toEqual([
      ["canbo.huyen2", "EDITOR", DISTRICT], ["lanhdao.xa24", "APPROVER", DEEP], ["xem.huyen3", "VIEWER", "BP-D03"],
    ]);
    const code = accounts.accounts.find((a) => a.username === "canbo.huyen2")!.code!;
    const clerkPassword = "Mat-khau-huyen-2-2026";
    await activateAccount(t.db, { username: "canbo.huyen2", code, newPassword: clerkPassword, confirmPassword: clerkPassword }, "10.0.2.2", new Date(SET_UP.getTime() + 3 * DAY));
    const clerk = await sessionViewer("canbo.huyen2", clerkPassword);
    expect(clerk).toMatchObject({ role: "EDITOR", scopeCommitteeId: await idOf(DISTRICT), mustChangePassword: false });

    // 4. The commune's resolution for 2025–2030 from an XLSX file, loaded by the province's administrator.
    const termId = (await t.db.term.findFirstOrThrow({ where: { name: "2025–2030" } })).id;
    const resolutionFile = await writeXlsxSheets([
      { name: "resolution", header: [...RESOLUTION_COLUMNS], rows: [["Nghị quyết Đại hội Đảng bộ xã 2.4 nhiệm kỳ 2025–2030", "01-NQ/ĐH", "15/07/2025"]] },
      { name: "targets", header: [...TARGET_COLUMNS], rows: [
        ["TARGET", 1, "TERM_CUMULATIVE", "MEMBERS_ADMITTED", "≥", ADMISSIONS_PLAN, null, null, null, "Kết nạp 60 đảng viên mới trong nhiệm kỳ", "Admit 60 new members over the term"],
        ["TARGET", 2, "ANNUAL_RATE", "RATE_MEMBERS_GOOD_PLUS", "≥", RATE_PLAN, null, null, null, "Hằng năm từ 90% đảng viên hoàn thành tốt nhiệm vụ trở lên", "Each year at least 90% of members rated good or better"],
      ] },
    ]);
    const resolution = await importResolution(t.db, (await readSheets(resolutionFile, "xlsx"))!, {
      actor: admin, committeeId: await idOf(DEEP), termId, locale: "vi", source: "nghi-quyet-xa-2-4.xlsx", dryRun: false,
    });
    expect(resolution).toMatchObject({ errors: [], targets: 2 });
    expect(resolution.resolutionId).not.toBeNull();

    // 5. Figures for three of the commune's cells from a CSV file, loaded by the district's clerk.
    const lines = ["committee_code;element_code;year;value"];
    for (const [cell, f] of Object.entries(FIGURES)) {
      lines.push(`${cell};MEMBERS_ADMITTED;2026;${f.admitted[0]}`, `${cell};MEMBERS_ADMITTED;2027;${f.admitted[1]}`, `${cell};MEMBERS_TOTAL;2027;${f.total}`,
        `${cell};MEMBERS_ASSESSED;2027;${f.assessed}`, `${cell};MEMBERS_EXCELLENT;2027;${f.excellent}`, `${cell};MEMBERS_GOOD;2027;${f.good}`);
    }
    // One cell also entered its 2026 assessment: 3 excellent + 22 good of 30 assessed, 83,3%, below the 90% plan.
    lines.push(`${CELLS[0]};MEMBERS_TOTAL;2026;30`, `${CELLS[0]};MEMBERS_ASSESSED;2026;30`, `${CELLS[0]};MEMBERS_EXCELLENT;2026;3`, `${CELLS[0]};MEMBERS_GOOD;2026;22`);
    const figuresFile = await readImportFile(bytes(`\uFEFF${lines.join("\r\n")}\r\n`), "csv", "vi");
    if (!figuresFile.ok) throw new Error(figuresFile.key);
    const figures = await importFigures(t.db, figuresFile.rows, { actor: clerk, now: NOW, source: "so-lieu-xa-2-4.csv" });
    expect(figures).toMatchObject({ errors: [], applied: true, created: 22 });

    // 6. The progress API for the commune, as the district's clerk reads it, review year 2027.
    const payload = (await progress(clerk, await idOf(DEEP), 2027))!;
    expect(payload).not.toBeNull();
    expect(payload.committee.code).toBe(DEEP);
    expect(payload.term.name).toBe("2025–2030");
    expect(payload.reviewYear).toBe(2027);
    expect(payload.resolution).toMatchObject({ number: "01-NQ/ĐH", own: true });
    const [admissions, rate] = payload.targets;
    // Admissions over the term so far: (4 + 3 + 5) in 2026 and (6 + 2 + 4) in 2027 = 24 of 60, 40%; by the end of
    // 2027, three of the term's six years, 50% (30) was due, so it is at risk; at 12 a year it ends at 24 + 3 × 12 = 60.
    expect(admissions).toMatchObject({
      indicator: "MEMBERS_ADMITTED", kind: "TERM_CUMULATIVE", status: "AT_RISK", plan: 60, actual: 24, percentOfPlan: 40, expectedPercent: 50, expectedValue: 30,
      forecast: { projectedTermEnd: 60, remainingYears: 3, neededPerYear: 12, onPaceToMeet: true },
    });
    expect(admissions!.years.map((y) => [y.year, y.value])).toEqual([[2025, null], [2026, 12], [2027, 12]]);
    // Members rated good or better: 2026, one cell, 25 of 30 (83,3%, missed); 2027, (4 + 23) + (3 + 20) + (5 + 31) = 86
    // of 30 + 25 + 40 = 95 assessed (90,5%, met). A yearly rate's % of plan is the share of reported years that met it.
    expect(rate).toMatchObject({ indicator: "RATE_MEMBERS_GOOD_PLUS", kind: "ANNUAL_RATE", status: "AT_RISK", plan: 90, actual: (86 * 100) / 95, percentOfPlan: 50 });
    expect(rate!.years.map((y) => [y.year, y.value, y.met])).toEqual([[2025, null, null], [2026, (25 * 100) / 30, false], [2027, (86 * 100) / 95, true]]);
    // The file's figures are drafts: the commune and its six cells are expected to report 2027, none has submitted,
    // so the numbers are provisional (of the three cells that entered figures, none has submitted).
    expect(payload.reporting).toEqual({ year: 2027, expected: 7, submitted: 0, onTime: 0, withDeadline: 0 });
    expect(payload.summary).toMatchObject({ total: 2, achieved: 0, lagging: 2, lowestPercentOfLagging: 40, provisional: 2 });
    expect(payload.summary!.sentence.vi).toBe("Đạt và vượt 0/2 chỉ tiêu; 2 chỉ tiêu có nguy cơ không đạt (thấp nhất đạt 40%); số liệu năm 2027 mới có 0/3 đơn vị, kết quả là tạm tính");
    // The cells' admissions reach the top of the 3,000-unit tree.
    const [top] = await t.sql<{ value: string }>`
      SELECT r."value"::text AS "value" FROM "Rollup" r JOIN "DataElement" e ON e."id" = r."dataElementId"
      WHERE r."committeeId" = ${await idOf("BP")}::int AND e."code" = 'MEMBERS_ADMITTED' AND r."year" = 2027`;
    expect(Number(top!.value)).toBe(12);

    // The clerk reads nothing outside her district; the province's administrator reads that commune.
    expect(await progress(clerk, await idOf(OUTSIDE), 2027)).toBeNull();
    expect((await progress(admin, await idOf(OUTSIDE), 2027))?.committee.code).toBe(OUTSIDE);
    // The route itself, with an API token the administrator made for the district: the same numbers, as JSON.
    const token = await runAction(createApiTokenSpec, admin, { name: "Huyện 2", scopeCommitteeId: await idOf(DISTRICT) }, t.db);
    if (!token.ok) throw new Error(JSON.stringify(token.error));
    const get = (committee: string) => progressRoute(new Request(`http://localhost/api/v1/progress?committee=${committee}&year=2027`, { headers: { Authorization: `Bearer ${token.data.tokens[0]}` } }));
    const answer = await get(String(await idOf(DEEP)));
    expect(answer.status).toBe(200);
    expect((await answer.json()).data).toEqual(JSON.parse(JSON.stringify(payload)));
    expect((await get(String(await idOf(OUTSIDE)))).status).toBe(404);

    // Every stored rollup equals its recomputation from the figures.
    expect(await findRollupDrift(t.sql)).toEqual([]);
  }, 180_000);
});
