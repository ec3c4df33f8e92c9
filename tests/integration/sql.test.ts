import { describe, expect, it } from "vitest";
import { recordAudits } from "@/lib/audit/record";
import { openDatabase } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { pgArray, rawTransaction, transaction, type Sql } from "@/lib/sql";
import { databaseName } from "../../scripts/lib/database";
import { useTestDatabase } from "./db";

const t = useTestDatabase();

describe("array literals for bulk writes", () => {
  it("reach PostgreSQL exactly: notes with quotes, backslashes, braces and commas, nulls, decimals", async () => {
    const notes = ['Chi bộ "Thôn Đông", {mới}', "C:\\sổ\\2025", "NULL", "", null, " cách ", "a\nb"];
    const rows = await t.sql<{ n: string | null; i: number }>`
      SELECT n, i::int FROM unnest(${pgArray(notes)}::text[]) WITH ORDINALITY AS d (n, i) ORDER BY i`;
    expect(rows.map((r) => r.n)).toEqual(notes);
    const sums = await t.sql<{ s: string; c: number }>`
      SELECT SUM(v)::text AS s, SUM(c)::int AS c FROM unnest(${pgArray(["1234.5", "-0.25", null])}::numeric[], ${pgArray([1, -2, 3])}::int[]) AS d (v, c)`;
    expect(sums).toEqual([{ s: "1234.25", c: 2 }]);
  });
});

describe("raw SQL's types", () => {
  it("are pg's on the pool and inside both kinds of transaction: int4 a number, int8 and numeric strings, timestamps dates", async () => {
    const read = (sql: Sql) => sql<{ i: number; b: string; n: string; at: Date }>`
      SELECT 1::int AS i, 9007199254740993::bigint AS b, 12.50::numeric AS n, timestamp '2025-01-02 03:04:05' AS at`;
    const expected = [{ i: 1, b: "9007199254740993", n: "12.50", at: new Date("2025-01-02T03:04:05Z") }];
    expect(await read(t.sql)).toEqual(expected);
    expect(await rawTransaction(t.db, read)).toEqual(expected);
    expect(await transaction(t.db, (_tx, sql) => read(sql))).toEqual(expected);
  });
});

describe("Prisma transactions with raw statements", () => {
  it("run the raw statements on the transaction's own connection, side by side with others, and roll both back together", async () => {
    const xids = await Promise.all([1, 2, 3].map(() => transaction(t.db, async (tx, sql) => {
      const [typed] = await tx.$queryRaw<{ x: string }[]>`SELECT pg_current_xact_id()::text AS x`;
      const [raw] = await sql<{ x: string }>`SELECT pg_current_xact_id()::text AS x`;
      return [typed!.x, raw!.x];
    })));
    for (const [typed, raw] of xids) expect(raw).toBe(typed);
    expect(new Set(xids.map(([x]) => x)).size).toBe(3);
    const event = { actorId: null, action: "test.prisma-undone", entityType: "Mixed", entityId: "1" };
    const failed = transaction(t.db, async (tx, sql) => {
      await tx.auditEvent.create({ data: event });
      await recordAudits(sql, [event]);
      await sql.count`SELECT 1 / 0`;
    });
    await expect(failed).rejects.toThrow(/division by zero/);
    expect(await t.db.auditEvent.count({ where: { entityType: "Mixed" } })).toBe(0);
  });
});

describe("raw transactions (a figure save's)", () => {
  it("write all or nothing, and hand the connection back clean after a failure", async () => {
    const event = (action: string) => ({ actorId: null, action, entityType: "Test", entityId: 1, before: { value: "1,5" }, after: { value: "2" } });
    const failed = rawTransaction(t.db, async (sql) => {
      await recordAudits(sql, [event("test.rolled-back"), event("test.rolled-back")]);
      await sql.count`SELECT 1 / 0`;
    });
    await expect(failed).rejects.toThrow(/division by zero/);
    // The pool has four connections; each of five transactions in a row must find its own clean.
    for (let i = 0; i < 5; i++) await rawTransaction(t.db, (sql) => recordAudits(sql, [event("test.committed")]));
    const stored = await t.db.auditEvent.groupBy({ by: ["action"], where: { entityType: "Test" }, _count: true });
    expect(stored).toEqual([{ action: "test.committed", _count: 5 }]);
    const one = await t.db.auditEvent.findFirstOrThrow({ where: { action: "test.committed" } });
    expect([one.before, one.after, one.entityId, one.committeeId]).toEqual([{ value: "1,5" }, { value: "2" }, "1", null]);
  });

  it("run statements issued together (sent behind BEGIN at once) in one transaction, and undo all when one fails", async () => {
    const event = (action: string) => ({ actorId: null, action, entityType: "Pipelined", entityId: 1 });
    const xid = (sql: Sql) => sql<{ x: string }>`SELECT pg_current_xact_id()::text AS x`;
    const [first, , last] = await rawTransaction(t.db, (sql) => Promise.all([xid(sql), recordAudits(sql, [event("test.together")]), xid(sql)]));
    expect(first).toEqual(last);
    const failed = rawTransaction(t.db, (sql) => Promise.all([
      recordAudits(sql, [event("test.undone")]), sql.count`SELECT 1 / 0`, recordAudits(sql, [event("test.undone")]),
    ]));
    await expect(failed).rejects.toThrow(/division by zero/);
    for (let i = 0; i < 5; i++) await rawTransaction(t.db, (sql) => Promise.all([xid(sql), xid(sql)]));
    const stored = await t.db.auditEvent.groupBy({ by: ["action"], where: { entityType: "Pipelined" }, _count: true });
    expect(stored).toEqual([{ action: "test.together", _count: 1 }]);
  });

  it("give up waiting for a connection when every one is busy, and run once one is free", async () => {
    const local = openDatabase(t.url, 1, { waitMs: 300 });
    try {
      let release = () => {};
      let holding = () => {};
      const connectionTaken = new Promise<void>((resolve) => (holding = resolve));
      const held = rawTransaction(local.db, (sql) => sql`SELECT 1`.then(() => new Promise<void>((resolve) => {
        release = resolve;
        holding();
      })));
      await connectionTaken;
      await expect(rawTransaction(local.db, (sql) => sql`SELECT 1`)).rejects.toThrow(/timeout/);
      await expect(local.sql`SELECT 1`).rejects.toThrow(/timeout/);
      release();
      await held;
      expect(await local.sql<{ n: number }>`SELECT 2 AS n`).toEqual([{ n: 2 }]);
    } finally {
      await local.close();
    }
  });

  it("keep times in UTC on a server and in a process both set to Vietnam's time", async () => {
    await t.sql.count(Prisma.raw(`ALTER DATABASE "${databaseName(t.url)}" SET "TimeZone" = 'Asia/Ho_Chi_Minh'`));
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Ho_Chi_Minh";
    const local = openDatabase(t.url, 1);
    try {
      const before = Date.now();
      await rawTransaction(local.db, (sql) => recordAudits(sql, [{ actorId: null, action: "test.zone", entityType: "Zone", entityId: 1 }]));
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
