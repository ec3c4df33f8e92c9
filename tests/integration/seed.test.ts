import { describe, expect, it } from "vitest";
import { getDemoUsernames } from "@/lib/auth/demo";
import { findRollupDrift } from "@/lib/figures/rollup";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";

const t = useTestDatabase();

/** Sum of a data element's stored rollup for a committee over years. */
async function rollupSum(code: string, element: string, years: number[]) {
  const rows = await t.db.rollup.findMany({
    where: { committee: { code }, dataElement: { code: element }, year: { in: years } },
  });
  return rows.reduce((sum, r) => sum + Number(r.value), 0);
}

describe("demo seed", () => {
  it("offers no demo account on the sign-in page before the demo data is loaded", async () => {
    process.env.DATABASE_URL = t.url;
    await t.db.committee.create({ data: { code: "X", name: "Đảng bộ thử", kind: "PROVINCIAL", validFrom: new Date("2020-01-01") } });
    const x = await t.db.committee.findUniqueOrThrow({ where: { code: "X" } });
    await t.db.user.create({ data: { username: "admin", displayName: "Quản trị", role: "ADMIN", scopeCommitteeId: x.id, passwordHash: "x" } });
    expect(await getDemoUsernames()).toEqual([]);
    await t.db.user.delete({ where: { username: "admin" } });
    await t.db.committee.delete({ where: { code: "X" } });
  });

  it("loads the tree, resolutions and figures of DESIGN.md", async () => {
    const outcome = await seedDemo(t.db);
    expect(outcome).toMatchObject({ seeded: true });
    // The agencies' committee: 12 grassroots organizations, about 800 members.
    const agencies = await t.db.committee.findUniqueOrThrow({ where: { code: "AP-CQD" }, include: { children: true } });
    expect(agencies.children).toHaveLength(12);
    expect(await rollupSum("AP-CQD", "MEMBERS_TOTAL", [2025])).toBe(806);
    // The bloc at mid-term: 547 of 700 admissions; 304 cell congresses; at least 30 grassroots units and cells.
    expect(await rollupSum("AP-KCQDN", "MEMBERS_ADMITTED", [2020, 2021, 2022])).toBe(547);
    expect(await rollupSum("AP-KCQDN", "CELL_CONGRESSES", [2022])).toBe(304);
    expect(await t.db.committeeClosure.count({ where: { ancestor: { code: "AP-KCQDN" }, depth: { gt: 0 } } })).toBeGreaterThanOrEqual(30);
    // The province at mid-term: ~4,700 admitted (117.4% of 4,003), 60 new organizations, 2,796 positions cut.
    expect(await rollupSum("AP", "MEMBERS_ADMITTED", [2020, 2021, 2022])).toBe(4700);
    expect(await rollupSum("AP", "ORGS_NEW_NONSTATE", [2020, 2021, 2022])).toBe(60);
    expect(await rollupSum("AP", "STAFF_CUT", [2020, 2021, 2022])).toBe(2796);
    // 11 targets and 3 breakthroughs for 2025–2030; 10 targets for the bloc's 2020–2025 resolution.
    expect(await t.db.target.count({ where: { resolution: { committee: { code: "AP-CQD" } }, category: "TARGET" } })).toBe(11);
    expect(await t.db.target.count({ where: { resolution: { committee: { code: "AP-CQD" } }, category: "BREAKTHROUGH" } })).toBe(3);
    expect(await t.db.target.count({ where: { resolution: { committee: { code: "AP-KCQDN" } }, category: "TARGET" } })).toBe(10);
  });

  it("rates members well or better at 96.1%, 94.8% and 97.0% in the bloc's first three years", async () => {
    const rates = [];
    for (const year of [2020, 2021, 2022]) {
      const goodPlus = (await rollupSum("AP-KCQDN", "MEMBERS_EXCELLENT", [year])) + (await rollupSum("AP-KCQDN", "MEMBERS_GOOD", [year]));
      rates.push(Math.round((goodPlus / (await rollupSum("AP-KCQDN", "MEMBERS_ASSESSED", [year]))) * 1000) / 10);
    }
    expect(rates).toEqual([96.1, 94.8, 97.0]);
  });

  it("never rates more members excellent than 20% of those rated good, in any unit", async () => {
    const figures = await t.db.figure.findMany({
      where: { dataElement: { code: { in: ["MEMBERS_EXCELLENT", "MEMBERS_GOOD"] } } },
      include: { dataElement: true },
    });
    const byUnitYear = new Map<string, { excellent: number; good: number }>();
    for (const f of figures) {
      const key = `${f.committeeId}:${f.year}`;
      const entry = byUnitYear.get(key) ?? { excellent: 0, good: 0 };
      if (f.dataElement.code === "MEMBERS_EXCELLENT") entry.excellent = Number(f.value);
      else entry.good = Number(f.value);
      byUnitYear.set(key, entry);
    }
    const over = [...byUnitYear.values()].filter((e) => e.excellent > 0.2 * e.good);
    expect(over).toEqual([]);
  });

  it("signs every submitted and approved year with who did it and when, as the workflow would", async () => {
    const unsigned = await t.db.figureYear.count({ where: { status: { in: ["SUBMITTED", "APPROVED"] }, OR: [{ submittedById: null }, { submittedAt: null }] } });
    const unreviewed = await t.db.figureYear.count({ where: { status: "APPROVED", OR: [{ reviewedById: null }, { reviewedAt: null }] } });
    expect({ unsigned, unreviewed }).toEqual({ unsigned: 0, unreviewed: 0 });
    const cell = await t.db.figureYear.findFirstOrThrow({ where: { committee: { code: "AP-CQD-01-1" }, year: 2025 }, include: { submittedBy: true } });
    expect(cell.submittedBy?.username).toBe("canbo.vpty");
    expect(cell.submittedAt).toEqual(new Date("2026-01-15T02:00:00Z"));
  });

  it("stores each figure where its element is entered: members in the cells, staffing cuts at the province only", async () => {
    const misplaced = await t.sql<{ code: string; element: string }>`
      SELECT c."code", de."code" AS "element" FROM "Figure" f
      JOIN "Committee" c ON c."id" = f."committeeId" JOIN "DataElement" de ON de."id" = f."dataElementId"
      -- A unit that reports the figure's year below it (a merged predecessor does not, after it ended).
      WHERE (de."entryLevel" = 'LEAF' AND EXISTS (
               SELECT 1 FROM "CommitteeClosure" b JOIN "Committee" d ON d."id" = b."descendantId"
               WHERE b."ancestorId" = c."id" AND b."depth" > 0 AND d."validFrom" <= make_date(f."year", 12, 31)
                 AND (d."validTo" IS NULL OR EXTRACT(YEAR FROM d."validTo") > f."year")))
         OR (de."entryLevel" = 'OWNER' AND c."parentId" IS NOT NULL)
      LIMIT 5`;
    expect(misplaced, JSON.stringify(misplaced)).toEqual([]);
    const leafElements = await t.db.dataElement.count({ where: { entryLevel: "LEAF" } });
    // The 7 member counts of the targets, Biểu 1's other 15 rows, Biểu 2's 41, Biểu 3's 49 and Biểu 4's 126: every
    // count of members is the cells'.
    expect(leafElements).toBe(22 + 41 + 49 + 126);
  });

  it("lists every demo account on the sign-in page once loaded, and drops one that an administrator deactivated", async () => {
    expect(await getDemoUsernames()).toEqual(["admin", "lanhdao.cqd", "canbo.vpty", "canbo.cqd02", "canbo.cqd03", "canbo.khoi"]);
    await t.db.user.update({ where: { username: "canbo.khoi" }, data: { active: false } });
    expect(await getDemoUsernames()).not.toContain("canbo.khoi");
    await t.db.user.update({ where: { username: "canbo.khoi" }, data: { active: true } });
  });

  it("stores rollups equal to a from-scratch recomputation", async () => {
    expect(await findRollupDrift(t.sql)).toEqual([]);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await Promise.all([t.db.committee.count(), t.db.figure.count(), t.db.user.count(), t.db.target.count()]);
    const outcome = await seedDemo(t.db);
    expect(outcome.seeded).toBe(false);
    const after = await Promise.all([t.db.committee.count(), t.db.figure.count(), t.db.user.count(), t.db.target.count()]);
    expect(after).toEqual(before);
  });
});
