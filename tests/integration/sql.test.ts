import { describe, expect, it } from "vitest";
import { recordAudits } from "@/lib/audit/record";
import { openDatabase, rawTransaction } from "@/lib/db-client";
import { pgArray } from "@/lib/sql";
import { databaseName } from "../../scripts/lib/database";
import { useTestDatabase } from "./db";

const t = useTestDatabase();

describe("array literals for bulk writes", () => {
  it("reach PostgreSQL exactly: notes with quotes, backslashes, braces and commas, nulls, decimals", async () => {
    const notes = ['Chi bộ "Thôn Đông", {mới}', "C:\\sổ\\2025", "NULL", "", null, " cách ", "a\nb"];
    const rows = await t.db.$queryRaw<{ n: string | null; i: number }[]>`
      SELECT n, i::int FROM unnest(${pgArray(notes)}::text[]) WITH ORDINALITY AS d (n, i) ORDER BY i`;
    expect(rows.map((r) => r.n)).toEqual(notes);
    const sums = await t.db.$queryRaw<{ s: string; c: number }[]>`
      SELECT SUM(v)::text AS s, SUM(c)::int AS c FROM unnest(${pgArray(["1234.5", "-0.25", null])}::numeric[], ${pgArray([1, -2, 3])}::int[]) AS d (v, c)`;
    expect(sums).toEqual([{ s: "1234.25", c: 2 }]);
  });
});

describe("plain-SQL transactions (a figure save's)", () => {
  it("write all or nothing, and hand the connection back clean after a failure", async () => {
    const event = (action: string) => ({ actorId: null, action, entityType: "Test", entityId: 1, before: { value: "1,5" }, after: { value: "2" } });
    const failed = rawTransaction(t.db, async (tx) => {
      await recordAudits(tx, [event("test.rolled-back"), event("test.rolled-back")]);
      await tx.$executeRaw`SELECT 1 / 0`;
    });
    await expect(failed).rejects.toThrow(/division by zero/);
    // The pool has four connections; each of five transactions in a row must find its own clean.
    for (let i = 0; i < 5; i++) await rawTransaction(t.db, (tx) => recordAudits(tx, [event("test.committed")]));
    const stored = await t.db.auditEvent.groupBy({ by: ["action"], where: { entityType: "Test" }, _count: true });
    expect(stored).toEqual([{ action: "test.committed", _count: 5 }]);
    const one = await t.db.auditEvent.findFirstOrThrow({ where: { action: "test.committed" } });
    expect([one.before, one.after, one.entityId, one.committeeId]).toEqual([{ value: "1,5" }, { value: "2" }, "1", null]);
  });

  it("run statements issued together (sent behind BEGIN at once) in one transaction, and undo all when one fails", async () => {
    const event = (action: string) => ({ actorId: null, action, entityType: "Pipelined", entityId: 1 });
    const xid = (tx: Parameters<Parameters<typeof rawTransaction>[1]>[0]) => tx.$queryRaw<{ x: string }[]>`SELECT pg_current_xact_id()::text AS x`;
    const [first, , last] = await rawTransaction(t.db, (tx) => Promise.all([xid(tx), recordAudits(tx, [event("test.together")]), xid(tx)]));
    expect(first).toEqual(last);
    const failed = rawTransaction(t.db, (tx) => Promise.all([
      recordAudits(tx, [event("test.undone")]), tx.$executeRaw`SELECT 1 / 0`, recordAudits(tx, [event("test.undone")]),
    ]));
    await expect(failed).rejects.toThrow(/division by zero/);
    for (let i = 0; i < 5; i++) await rawTransaction(t.db, (tx) => Promise.all([xid(tx), xid(tx)]));
    const stored = await t.db.auditEvent.groupBy({ by: ["action"], where: { entityType: "Pipelined" }, _count: true });
    expect(stored).toEqual([{ action: "test.together", _count: 1 }]);
  });

  it("give up waiting for a connection when every one is busy, and run once one is free", async () => {
    const local = openDatabase(t.url, 1, { waitMs: 300 });
    try {
      let release = () => {};
      let holding = () => {};
      const connectionTaken = new Promise<void>((resolve) => (holding = resolve));
      const held = rawTransaction(local.db, (tx) => tx.$queryRaw`SELECT 1`.then(() => new Promise<void>((resolve) => {
        release = resolve;
        holding();
      })));
      await connectionTaken;
      await expect(rawTransaction(local.db, (tx) => tx.$queryRaw`SELECT 1`)).rejects.toThrow(/timeout/);
      await expect(local.sql`SELECT 1`).rejects.toThrow(/timeout/);
      release();
      await held;
      expect(await local.sql<{ n: number }>`SELECT 2 AS n`).toEqual([{ n: 2 }]);
    } finally {
      await local.close();
    }
  });

  it("keep times in UTC on a server and in a process both set to Vietnam's time", async () => {
    await t.db.$executeRawUnsafe(`ALTER DATABASE "${databaseName(t.url)}" SET "TimeZone" = 'Asia/Ho_Chi_Minh'`);
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Ho_Chi_Minh";
    const local = openDatabase(t.url, 1);
    try {
      const before = Date.now();
      await rawTransaction(local.db, (tx) => recordAudits(tx, [{ actorId: null, action: "test.zone", entityType: "Zone", entityId: 1 }]));
      const after = Date.now();
      const shown = await local.db.auditEvent.findFirstOrThrow({ where: { action: "test.zone" } });
      const [read] = await local.sql<{ at: Date }>`SELECT "at" FROM "AuditEvent" WHERE "action" = 'test.zone'`;
      // The moment of the write (to the millisecond the column keeps); off by seven hours, either way, without the
      // UTC session and reader.
      expect(shown.at.getTime()).toBeGreaterThanOrEqual(before - 1);
      expect(shown.at.getTime()).toBeLessThanOrEqual(after + 1);
      expect(read!.at.getTime()).toBe(shown.at.getTime());
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
      await local.close();
    }
  });
});
