// Smoke run of the benchmark harness at a small size (the real runs are `npm run bench:data` and `npm run
// bench`, too slow for CI): the generator builds a tree whose figures obey the entry rules and whose stored
// rollups equal a from-scratch recomputation, the dashboard section measures the loader beside the naive and
// floor reads on the same numbers, the import path keeps the rollups exact, and the results file renders.
import { beforeAll, describe, expect, it } from "vitest";
import { findRollupDrift } from "@/lib/figures/rollup";
import { generate } from "../../bench/lib/generate";
import { connect } from "../../bench/lib/pg";
import { renderResults } from "../../bench/lib/results";
import { treeShape } from "../../bench/lib/shape";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let report: Awaited<ReturnType<typeof generate>>;

beforeAll(async () => {
  const client = await connect(t.url);
  try {
    report = await generate(client, 200, () => undefined);
  } finally {
    await client.end();
  }
  process.env.DATABASE_URL = t.url;
});

describe("the synthetic data generator", () => {
  it("builds a province of about the asked size, six years of 21 figures per unit, and exact rollups", async () => {
    expect(report.committees).toBeGreaterThan(150);
    expect(report.committees).toBeLessThan(260);
    expect(report.figures).toBe(report.committees * 21 * 6);
    expect(await findRollupDrift(t.sql)).toEqual([]);
    // Every unit can be found by the committee fields' search (its key is kept by a trigger the load turns off).
    expect(await t.db.committee.count({ where: { searchKey: "" } })).toBe(0);
  });

  it("gives a national size a central root over 34 provinces", () => {
    expect(treeShape(330_000)).toMatchObject({ national: true, provinces: 34 });
  });

  it("stores figures that obey the entry rules: levels within their whole, excellent within 20% of good", async () => {
    const broken = await t.sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT f."committeeId", f."year",
               max(f."value") FILTER (WHERE de."code" = 'MEMBERS_ASSESSED') AS assessed,
               sum(f."value") FILTER (WHERE de."classificationLevel" IS NOT NULL AND p."code" = 'MEMBERS_ASSESSED') AS levels,
               max(f."value") FILTER (WHERE de."code" = 'MEMBERS_EXCELLENT') AS excellent,
               max(f."value") FILTER (WHERE de."code" = 'MEMBERS_GOOD') AS good,
               max(f."value") FILTER (WHERE de."code" = 'RECORDS_TOTAL') AS records,
               max(f."value") FILTER (WHERE de."code" = 'RECORDS_ONLINE') AS online
        FROM "Figure" f JOIN "DataElement" de ON de."id" = f."dataElementId" LEFT JOIN "DataElement" p ON p."id" = de."partOfId"
        GROUP BY 1, 2) x
      WHERE levels <> assessed OR excellent > good * 0.2 OR online > records`;
    expect(broken[0]!.n).toBe(0);
  });
});

describe("the benchmark sections", () => {
  it("reads the dashboard data from the stored rollups, the same numbers the naive subtree sum gives", async () => {
    const { benchSql } = await import("../../bench/sql");
    const result = await benchSql(t.db, 5);
    expect(result.rows.map((r) => r.label)).toEqual(["root", "district", "grassroots"]);
    for (const row of result.rows) {
      expect(row.targets).toBeGreaterThan(0);
      expect(row.loader.n).toBe(5);
      expect(row.naive.n).toBe(5);
    }
    // The loader's rollup rows for the root equal the naive live sums over its subtree.
    const { getDashboardContext } = await import("@/lib/dashboard/queries");
    const root = result.rows[0]!;
    const term = await t.db.term.findFirstOrThrow({ where: { startYear: 2020 } });
    const viewer = { userId: 0, username: "smoke", displayName: "smoke", role: "VIEWER" as const, scopeCommitteeId: root.committeeId, scopeCommitteeName: "", locale: "vi", totpEnabled: false };
    const context = (await getDashboardContext(viewer, root.committeeId, term.id))!;
    const naive = await t.sql<{ dataElementId: number; year: number; value: string }>`
      SELECT f."dataElementId", f."year", SUM(f."value")::text AS "value"
      FROM "CommitteeClosure" cc JOIN "Figure" f ON f."committeeId" = cc."descendantId"
      WHERE cc."ancestorId" = ${root.committeeId}::int AND f."year" BETWEEN 2020 AND 2025
        AND f."dataElementId" = ANY(${context.rows.map((r) => r.dataElementId)}::int[])
      GROUP BY 1, 2`;
    expect(context.rows.length).toBe(root.elements * 6);
    const key = (r: { dataElementId: number; year: number }) => `${r.dataElementId}:${r.year}`;
    expect(new Map(context.rows.map((r) => [key(r), r.value]))).toEqual(new Map(naive.map((r) => [key(r), Number(r.value)])));
    const markdown = renderResults({ units: 200, committees: report.committees, figures: report.figures, postgres: "PostgreSQL 17", sql: result },
      { cpu: "test" }, { date: "2026-01-01", rate: 1, duration: 1 });
    expect(markdown).toContain("| root (#1) |");
  });

  it("imports figures through the bulk path and leaves the stored rollups exact", async () => {
    const { importRows } = await import("../../bench/section-import");
    const before = await t.db.figure.findMany({ where: { year: 2025, status: "DRAFT", dataElement: { code: "INSPECTIONS" } }, take: 20 });
    expect(before.length).toBeGreaterThan(0);
    const { written } = await importRows(t.db, before.map((f) => ({ committeeId: f.committeeId, dataElementId: f.dataElementId, year: 2025, value: String(Number(f.value) + 7) })));
    expect(written).toBe(before.length);
    const root = await t.db.rollup.findFirstOrThrow({ where: { committee: { parentId: null }, dataElementId: before[0]!.dataElementId, year: 2025 } });
    expect(await findRollupDrift(t.sql)).toEqual([]);
    expect(Number(root.value)).toBeGreaterThanOrEqual(7 * before.length);
  });
});
