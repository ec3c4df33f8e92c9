// Not committed: dumps every target's dashboard reading on the demo seed (every resolution, every year of its term,
// for the committee itself and each committee under it that works to it), to compare before/after a change.
// Run: DASHBOARD_DUMP=/tmp/x.json DATABASE_URL=... npx vitest run --project integration tests/integration/zz-dashboard-dump.test.ts
import { writeFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
beforeAll(async () => {
  await seedDemo(t.db);
  process.env.DATABASE_URL = t.url;
});

it("dumps every target's dashboard values", async () => {
  const { getDashboard } = await import("@/lib/dashboard/queries");
  const { progressPayload } = await import("@/lib/api/progress");
  const committees = await t.db.committee.findMany({ select: { id: true, code: true }, orderBy: { code: "asc" } });
  const root = committees.find((c) => c.code === "AP")!;
  const viewer: Viewer = { userId: 1, username: "probe", displayName: "Probe", role: "VIEWER", scopeCommitteeId: root.id, scopeCommitteeName: "AP", locale: "vi", totpEnabled: false };
  const terms = await t.db.term.findMany();
  const out: Record<string, unknown> = {};
  let targets = 0;
  for (const c of committees) {
    for (const term of terms) {
      for (let year = term.startYear; year <= term.endYear; year++) {
        const dashboard = await getDashboard(viewer, c.id, term.id, year);
        if (!dashboard?.resolution || dashboard.term.id !== term.id) continue;
        const payload = progressPayload(dashboard);
        out[`${c.code}|${term.startYear}-${term.endYear}|${year}`] = payload;
        targets += (payload as { targets: unknown[] }).targets.length;
      }
    }
  }
  writeFileSync(process.env.DASHBOARD_DUMP!, JSON.stringify(out, null, 1));
  console.log(`dumped ${Object.keys(out).length} dashboards, ${targets} target readings`);
  expect(targets).toBeGreaterThan(0);
}, 600_000);
