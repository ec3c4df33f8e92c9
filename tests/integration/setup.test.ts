// `npm run setup` on an empty migrated database: the real command, then sign-in as the administrator it made.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { needsSetup } from "@/lib/auth/demo";
import { verifySignIn } from "@/lib/auth/sign-in";
import { hasNoAccount } from "../../scripts/lib/database";
import { DATA_ELEMENTS, FORM_LINES, INDICATORS } from "../../prisma/seed/catalogue";
import { SetupRefused, setUpInstallation, type SetupInput } from "../../prisma/seed/installation";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
const PASSWORD = "Mat-khau-cai-dat-2026";
const ROOT = path.resolve(import.meta.dirname, "..", "..");

function runSetup(args: string[], password = PASSWORD) {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/setup.ts", ...args], {
    cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: t.url, CHITIEU_ADMIN_PASSWORD: password },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const ARGS = ["--term", "2020-2025", "--term", "2025-2030", "--root-code", "bp", "--root-name", "Đảng bộ tỉnh Bình Phú",
  "--root-name-en", "Binh Phu Provincial Party Committee", "--admin", "quantri", "--admin-name", "Quản trị Tỉnh ủy"];

async function counts() {
  const [committees, users, terms, elements, indicators, figures, resolutions] = await Promise.all([
    t.db.committee.count(), t.db.user.count(), t.db.term.count(), t.db.dataElement.count(), t.db.indicator.count(),
    t.db.figure.count(), t.db.resolution.count(),
  ]);
  return { committees, users, terms, elements, indicators, figures, resolutions };
}

async function refusal(input: SetupInput): Promise<string> {
  try {
    await setUpInstallation(t.db, input, new Date("2026-03-01"));
  } catch (error) {
    if (error instanceof SetupRefused) return error.vi;
    throw error;
  }
  throw new Error("setup was not refused");
}

const base = (extra: Partial<SetupInput> = {}): SetupInput => ({
  terms: ["2020-2025", "2025-2030"], root: { code: "BP", name: "Đảng bộ tỉnh Bình Phú", kind: "PROVINCIAL" },
  admin: { username: "quantri", displayName: "Quản trị Tỉnh ủy", password: PASSWORD }, ...extra,
});

describe("npm run setup", () => {
  it("makes an empty database an installation without demo data, and its administrator can sign in", async () => {
    // Before: `npm start` and the sign-in page say to run setup.
    process.env.DATABASE_URL = t.url;
    expect(await needsSetup()).toBe(true);
    expect(await hasNoAccount(t.url)).toBe(true);
    const run = runSetup(ARGS);
    expect(run.out).toContain("Installed");
    expect(run.code).toBe(0);
    expect(await counts()).toEqual({ committees: 1, users: 1, terms: 2, elements: DATA_ELEMENTS.length, indicators: INDICATORS.length, figures: 0, resolutions: 0 });
    // The 22 of the targets, Biểu 1's other 15 rows, Biểu 2's 41 and Biểu 3's 49; Biểu 2's headings, total and counts as
    // its 15 lines, Biểu 3's headings, total and the three rows it adds up from Biểu 4 as its 13; Biểu 4's 56 ethnic
    // groups and 7 religions, each with its women, under its 2 headings.
    expect(DATA_ELEMENTS.length).toBe(37 + 41 + 49 + 2 * (56 + 7));
    expect(await t.db.statFormLine.count()).toBe(FORM_LINES.length);
    expect(FORM_LINES.length).toBe(15 + 13 + 2);
    const root = await t.db.committee.findUniqueOrThrow({ where: { code: "BP" } });
    expect(root).toMatchObject({ name: "Đảng bộ tỉnh Bình Phú", nameEn: "Binh Phu Provincial Party Committee", kind: "PROVINCIAL", parentId: null });
    // In force from the first term's start, so the 2020–2025 history can be loaded under it.
    expect(root.validFrom.toISOString().slice(0, 10)).toBe("2020-01-01");
    const levels = Object.fromEntries((await t.db.dataElement.findMany()).map((e) => [e.code, e.entryLevel]));
    expect(levels).toMatchObject({ MEMBERS_TOTAL: "LEAF", STAFF_CUT: "OWNER", INSPECTIONS: "ANY" });
    const rate = await t.db.indicator.findUniqueOrThrow({ where: { code: "RATE_MEMBERS_GOOD_PLUS" }, include: { terms: { include: { dataElement: true } } } });
    expect(rate.terms.map((x) => `${x.role}:${x.dataElement.code}`).sort()).toEqual(["DENOMINATOR:MEMBERS_ASSESSED", "NUMERATOR:MEMBERS_EXCELLENT", "NUMERATOR:MEMBERS_GOOD"]);

    expect(await needsSetup()).toBe(false);
    expect(await hasNoAccount(t.url)).toBe(false);
    const signedIn = await verifySignIn(t.db, { username: "quantri", password: PASSWORD }, "10.0.0.1");
    const admin = await t.db.user.findUniqueOrThrow({ where: { id: signedIn.id } });
    expect(admin).toMatchObject({ username: "quantri", displayName: "Quản trị Tỉnh ủy", role: "ADMIN", scopeCommitteeId: root.id });
    await expect(verifySignIn(t.db, { username: "quantri", password: "Sai-mat-khau-1" }, "10.0.0.1")).rejects.toThrow();
    const events = await t.db.auditEvent.findMany({ where: { action: "installation.setup" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ root: "BP", admin: "quantri", terms: ["2020–2025", "2025–2030"] });
    expect(JSON.stringify(events, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(PASSWORD);
  }, 60_000);

  it("changes nothing when run again with the same answers, and refuses other answers on a database with data", async () => {
    const before = await counts();
    const again = runSetup(ARGS, "Mot-mat-khau-khac-9");
    expect(again.out).toContain("Already set up");
    expect(again.code).toBe(0);
    // The first password still signs in: a rerun never resets it.
    await expect(verifySignIn(t.db, { username: "quantri", password: PASSWORD }, "10.0.0.2")).resolves.toMatchObject({ sessionVersion: 1 });

    const other = runSetup([...ARGS, "--term", "2030-2035"]);
    expect(other.code).toBe(1);
    expect(other.out).toContain(`Cơ sở dữ liệu đã có dữ liệu (1 đơn vị, 1 tài khoản, 2 nhiệm kỳ, ${DATA_ELEMENTS.length} số liệu): không thay đổi gì.`);
    expect(other.out).toContain("Run again with --force");
    expect(await counts()).toEqual(before);
    expect(await t.db.auditEvent.count({ where: { action: "installation.setup" } })).toBe(1);
  }, 60_000);

  it("refuses bad answers with a message and adds what is missing only when forced", async () => {
    const before = await counts();
    expect(await refusal(base({ admin: { username: "quantri", displayName: "Q", password: "ngan1" } }))).toBe("Mật khẩu cần ít nhất 10 ký tự.");
    expect(await refusal(base({ terms: ["2025/2030"] }))).toBe('Nhiệm kỳ "2025/2030" không hợp lệ: viết như 2025-2030.');
    expect(await refusal(base({ terms: ["2027-2032"], force: true }))).toBe("Nhiệm kỳ 2027–2032 trùng với nhiệm kỳ 2025–2030: không thay đổi gì.");
    expect(await refusal(base({ root: { code: "XY", name: "Khác", kind: "PROVINCIAL" }, force: true }))).toBe("Cơ sở dữ liệu đã có cấp ủy cao nhất BP: không thay đổi gì.");
    expect(await counts()).toEqual(before);

    await t.db.indicatorTerm.deleteMany({ where: { indicator: { code: "INSPECTIONS" } } });
    await t.db.indicator.delete({ where: { code: "INSPECTIONS" } });
    await t.db.term.updateMany({ data: { isCurrent: false } });
    // With no current term, the new term holding the day given becomes current.
    const forced = await setUpInstallation(t.db, base({ terms: ["2025-2030", "2030-2035"], force: true }), new Date("2031-03-01"));
    expect(forced).toEqual({ changed: true, catalogue: 1, terms: ["2030–2035"], root: null, admin: null });
    expect((await t.db.term.findMany({ orderBy: { startYear: "asc" } })).map((x) => `${x.name}${x.isCurrent ? " (current)" : ""}`))
      .toEqual(["2020–2025", "2025–2030", "2030–2035 (current)"]);
    const restored = await t.db.indicator.findUniqueOrThrow({ where: { code: "INSPECTIONS" }, include: { terms: { include: { dataElement: true } } } });
    expect(restored.terms.map((x) => x.dataElement.code)).toEqual(["INSPECTIONS"]);
    expect(await t.db.auditEvent.count({ where: { action: "installation.setup" } })).toBe(2);
  }, 60_000);
});
