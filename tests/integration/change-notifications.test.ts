// The change notifications the app servers' response cache trusts (lib/response-cache.mjs): every committed
// write to what the cached pages show is announced, with the committees whose pages may show it.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import { saveDraftSpec } from "@/lib/figures/mutations";
import { CHANGE_CHANNEL } from "@/lib/response-cache.mjs";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { formInput, loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
let listener: pg.Client;
let heard: string[] = [];

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  listener = new pg.Client({ connectionString: t.url });
  await listener.connect();
  listener.on("notification", (n) => heard.push(n.payload ?? ""));
  await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
});
afterAll(() => listener?.end());

/** The notifications `write` causes, once they have had time to arrive. */
async function heardFrom(write: () => Promise<unknown>): Promise<string[]> {
  heard = [];
  await write();
  // Delivered at commit, before the listener's next query answers.
  await listener.query("SELECT 1");
  return heard;
}
const codes = (payload: string) => {
  const byId = new Map(Object.entries(demo.committees).map(([code, id]) => [String(id), code]));
  return payload.split(",").map((id) => byId.get(id)).sort();
};

describe("change notifications", () => {
  it("name the unit of a saved figure and each of its ancestors, and no other committee", async () => {
    const input = await formInput(t.db, demo, "AP-CQD-01-1", 2027, { MEMBERS_TOTAL: "45" });
    const payloads = await heardFrom(() => runAction(saveDraftSpec, demo.viewers.editor, input, t.db));
    expect(payloads.length).toBeGreaterThan(0);
    expect(payloads).not.toContain("*");
    expect(new Set(payloads.flatMap(codes))).toEqual(new Set(["AP", "AP-CQD", "AP-CQD-01", "AP-CQD-01-1"]));
  });

  it("are sent only for committed writes", async () => {
    const payloads = await heardFrom(() => t.db.$transaction(async (tx) => {
      await tx.target.updateMany({ data: { titleEn: "x" } });
      throw new Error("rolled back");
    }).catch(() => undefined));
    expect(payloads).toEqual([]);
  });

  it("drop everything for a change of targets, accounts or the tree", async () => {
    expect(await heardFrom(() => t.db.target.updateMany({ where: { id: -1 }, data: { titleEn: "x" } }))).toEqual(["*"]);
    expect(await heardFrom(() => t.db.user.update({ where: { id: demo.viewers.admin.userId }, data: { sessionVersion: { increment: 1 } } }))).toEqual(["*"]);
    expect(await heardFrom(() => t.db.committee.update({ where: { id: demo.committees["AP-CQD-01"]! }, data: { name: "Chi bộ 1" } }))).toEqual(["*"]);
  });

  it("are not sent for the audit trail, sign-in attempts or API tokens", async () => {
    expect(await heardFrom(() => t.db.auditEvent.create({ data: { action: "test", entityType: "test", entityId: "1" } }))).toEqual([]);
  });

  // No page shows an activation code (it is shown once, to whoever issued it).
  it("cover every table but those no cached page reads (a sign-out notifies itself, lib/auth/session-end.ts)", async () => {
    const rows = await t.sql<{ table: string; notified: boolean }>`
      SELECT c.relname AS "table", EXISTS (
        SELECT 1 FROM pg_trigger g JOIN pg_proc p ON p.oid = g.tgfoid
        WHERE g.tgrelid = c.oid AND p.proname IN ('chitieu_notify_all', 'chitieu_notify_committees')) AS "notified"
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`;
    expect(rows.filter((r) => !r.notified).map((r) => r.table).sort()).toEqual(["ActivationCode", "ApiToken", "AuditEvent", "EndedSession", "SignInThrottle"]);
  });
});
