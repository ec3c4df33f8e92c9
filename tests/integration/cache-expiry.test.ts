// The cache's expiries (lib/cache/expiry.ts): every committed write to what the cached components show records,
// in its own transaction, the tags it expires (the committees whose pages may show it, or "all"), and a cached
// entry is judged against the snapshot its render could see: stale exactly when a write it could not see has
// committed since, whoever wrote it (a page, the CLI import, another process or instance).
import { beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { runAction } from "@/lib/auth/action";
import { committeeTag, expiryStoreOn, type ExpiryStore } from "@/lib/cache/expiry";
import { saveDraftSpec } from "@/lib/figures/mutations";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { formInput, loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
let store: ExpiryStore;

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  store = expiryStoreOn(t.sql);
});

/** The tags `write` expired: the rows it added. */
async function expiredBy(write: () => Promise<unknown>): Promise<string[]> {
  const [{ last }] = await t.sql<{ last: string | null }>`SELECT max("id")::text AS "last" FROM "CacheExpiry"` as [{ last: string | null }];
  await write();
  const rows = await t.sql<{ tag: string }>`SELECT DISTINCT "tag" FROM "CacheExpiry" WHERE "id" > ${last ?? "0"}::bigint`;
  return rows.map((r) => r.tag).sort();
}
const tagsOf = (...codes: string[]) => codes.map((c) => committeeTag(demo.committees[c]!)).sort();

describe("cache expiries", () => {
  it("name the unit of a saved figure and each of its ancestors, and no other committee", async () => {
    const input = await formInput(t.db, demo, "AP-CQD-01-1", 2027, { MEMBERS_TOTAL: "45" });
    expect(await expiredBy(() => runAction(saveDraftSpec, demo.viewers.editor, input, t.db))).toEqual(tagsOf("AP", "AP-CQD", "AP-CQD-01", "AP-CQD-01-1"));
  });

  it("are recorded only for committed writes", async () => {
    expect(await expiredBy(() => t.db.$transaction(async (tx) => {
      await tx.target.updateMany({ data: { titleEn: "x" } });
      throw new Error("rolled back");
    }).catch(() => undefined))).toEqual([]);
  });

  it("expire everything for a change of targets or the tree, nothing for accounts or the audit trail", async () => {
    expect(await expiredBy(() => t.db.target.updateMany({ where: { id: -1 }, data: { titleEn: "x" } }))).toEqual(["all"]);
    expect(await expiredBy(() => t.db.committee.update({ where: { id: demo.committees["AP-CQD-01"]! }, data: { name: "Chi bộ 1" } }))).toEqual(["all"]);
    expect(await expiredBy(() => t.db.user.update({ where: { id: demo.viewers.admin.userId }, data: { sessionVersion: { increment: 1 } } }))).toEqual([]);
    expect(await expiredBy(() => t.db.auditEvent.create({ data: { action: "test", entityType: "test", entityId: "1" } }))).toEqual([]);
  });

  it("make an entry stale once a write its render could not see commits, and only then", async () => {
    const tag = tagsOf("AP-CQD-01");
    const before = await store.snapshot();
    expect((await store.check(tag, before)).stale).toBe(false);
    // A write in progress on another connection: the entry stays good until it commits.
    const writer = new pg.Client({ connectionString: t.url });
    await writer.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(`UPDATE "Figure" SET "note" = 'x' WHERE "committeeId" = $1`, [demo.committees["AP-CQD-01-1"]]);
      const during = await store.check(tag, before);
      expect(during.stale).toBe(false);
      await writer.query("COMMIT");
      // An entry filled from a snapshot taken while the write was running did not see it either.
      expect((await store.check(tag, during.now)).stale).toBe(true);
      expect((await store.check(tag, before)).stale).toBe(true);
      // One filled after the commit did, and a sibling's entry is untouched.
      expect((await store.check(tag, await store.snapshot())).stale).toBe(false);
      expect((await store.check(tagsOf("AP-CQD-02"), before)).stale).toBe(false);
    } finally {
      await writer.end();
    }
  });

  it("cover every table but those no cached component reads", async () => {
    const rows = await t.sql<{ table: string; notified: boolean }>`
      SELECT c.relname AS "table", EXISTS (
        SELECT 1 FROM pg_trigger g JOIN pg_proc p ON p.oid = g.tgfoid
        WHERE g.tgrelid = c.oid AND p.proname IN ('chitieu_notify_all', 'chitieu_notify_committees')) AS "notified"
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`;
    expect(rows.filter((r) => !r.notified).map((r) => r.table).sort()).toEqual(["ActivationCode", "ApiToken", "AuditEvent", "CacheExpiry", "EndedSession", "Notification", "SignInThrottle", "User"]);
  });
});

