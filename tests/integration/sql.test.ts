import { describe, expect, it } from "vitest";
import { pgArray } from "@/lib/sql";
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
