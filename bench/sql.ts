// Section 1: the database time of one committee's term-dashboard data, beside the naive way (the same sums
// computed live from raw figures over the subtree) and the floor (reading the stored rollup rows alone), all
// through the app's Prisma client, in the same run. Committees: the root, the largest province, district and
// grassroots unit (the heaviest subtree of each level is the worst case for the naive way).
import type { Db } from "@/lib/db-client";
import { sqlOf } from "@/lib/sql";
import type { Viewer } from "@/lib/auth/session";
import { summarize, timeRuns, type Summary } from "./lib/stats";

export interface SqlRow {
  label: string;
  committeeId: number;
  units: number;
  targets: number;
  elements: number;
  loader: Summary;
  naive: Summary;
  floor: Summary;
}

export interface SqlResult {
  term: string;
  runs: number;
  rows: SqlRow[];
}

export async function pickCommittees(db: Db): Promise<{ label: string; id: number; units: number }[]> {
  const rows = await sqlOf(db)<{ kind: string; id: number; units: number; root: boolean }>`
    WITH sizes AS (
      SELECT c."id", c."kind"::text AS kind, c."parentId" IS NULL AS root, count(*)::int AS units
      FROM "Committee" c JOIN "CommitteeClosure" cc ON cc."ancestorId" = c."id"
      WHERE c."kind" IN ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'GRASSROOTS')
      GROUP BY c."id"
    )
    SELECT DISTINCT ON (kind, root) kind, "id", units, root FROM sizes ORDER BY kind, root, units DESC, "id"`;
  const of = (kind: string, root?: boolean) => rows.find((r) => r.kind === kind && (root === undefined || r.root === root));
  const root = rows.find((r) => r.root)!;
  const province = of("PROVINCIAL", false) ?? of("PROVINCIAL")!;
  const picks = [
    { label: "root", ...root },
    ...(province.id !== root.id ? [{ label: "province", ...province }] : []),
    { label: "district", ...of("DISTRICT")! },
    { label: "grassroots", ...of("GRASSROOTS")! },
  ];
  return picks.map((p) => ({ label: p.label, id: p.id, units: p.units }));
}

export async function benchSql(db: Db, runs: number): Promise<SqlResult> {
  const { getDashboard, getRollups, elementsOf } = await import("@/lib/dashboard/queries");
  // The full term with six years of data is the heavier read.
  const term = await db.term.findFirstOrThrow({ where: { startYear: 2020 } });
  const rows: SqlRow[] = [];
  for (const pick of await pickCommittees(db)) {
    const viewer: Viewer = {
      userId: 0, username: "bench", displayName: "bench", role: "VIEWER", scopeCommitteeId: pick.id,
      scopeCommitteeName: pick.label, locale: "vi", totpEnabled: false,
    };
    const dashboard = (await getDashboard(viewer, pick.id, term.id, null))!;
    const elements = elementsOf(dashboard.targets);
    // Interleaved, so a noisy neighbour hurts all three alike.
    const loader: number[] = [], naive: number[] = [], floor: number[] = [];
    const naiveRead = () => sqlOf(db)`
      SELECT f."dataElementId", f."year", SUM(f."value") AS "value", COUNT(*)::int AS "unitCount",
             (COUNT(*) FILTER (WHERE f."status" <> 'DRAFT'))::int AS "submittedCount"
      FROM "CommitteeClosure" cc JOIN "Figure" f ON f."committeeId" = cc."descendantId"
      WHERE cc."ancestorId" = ${pick.id}::int AND f."dataElementId" = ANY(${elements}::int[])
        AND f."year" BETWEEN ${term.startYear}::int AND ${term.endYear}::int
      GROUP BY f."dataElementId", f."year"`;
    const measure = async (into: number[], run: () => Promise<unknown>) => {
      const t0 = performance.now();
      await run();
      into.push(performance.now() - t0);
    };
    const naiveRuns = Math.max(5, Math.min(runs, Math.ceil(20_000 / Math.max(1, pick.units))));
    // Warm-up: plans, connections, the definitions cache; the naive read once (at the root it takes seconds).
    await naiveRead();
    for (let i = 0; i < 5; i++) { await getDashboard(viewer, pick.id, term.id, null); await getRollups([pick.id], elements, term.startYear, term.endYear); }
    for (let i = 0; i < runs; i++) {
      await measure(loader, () => getDashboard(viewer, pick.id, term.id, null));
      await measure(floor, () => getRollups([pick.id], elements, term.startYear, term.endYear));
      if (i < naiveRuns) await measure(naive, naiveRead);
    }
    rows.push({
      label: pick.label, committeeId: pick.id, units: pick.units, targets: dashboard.targets.length, elements: elements.length,
      loader: summarize(loader), naive: summarize(naive), floor: summarize(floor),
    });
  }
  return { term: term.name, runs, rows };
}

export { timeRuns };
