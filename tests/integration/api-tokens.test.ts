import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import type { Viewer } from "@/lib/auth/session";
import { createApiTokenSpec, revokeApiTokenSpec } from "@/lib/accounts/api-tokens";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let ids: Record<string, number>;
let admin: Viewer;
let progress: (request: Request) => Promise<Response>;
let committees: (request: Request) => Promise<Response>;
let search: (request: Request) => Promise<Response>;

beforeAll(async () => {
  await seedDemo(t.db);
  ids = Object.fromEntries((await t.db.committee.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));
  const user = await t.db.user.findUniqueOrThrow({ where: { username: "admin" } });
  admin = { userId: user.id, username: "admin", displayName: "admin", role: "ADMIN", scopeCommitteeId: ids["AP"]!, scopeCommitteeName: "AP", locale: "vi", totpEnabled: false };
  process.env.DATABASE_URL = t.url;
  progress = (await import("@/app/api/v1/progress/route")).GET;
  committees = (await import("@/app/api/v1/committees/route")).GET;
  search = (await import("@/app/api/v1/committees/search/route")).GET;
});

async function newToken(scope: string): Promise<string> {
  const result = await runAction(createApiTokenSpec, admin, { name: `test ${scope}`, scopeCommitteeId: ids[scope] }, t.db);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data.tokens[0]!;
}

const get = (handler: (r: Request) => Promise<Response>, path: string, token?: string) =>
  handler(new Request(`http://localhost${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} }));

describe("API tokens", () => {
  it("are stored only as a hash and read exactly their scope's subtree", async () => {
    const token = await newToken("AP-CQD-01");
    expect(token).toMatch(/^ct_[A-Za-z0-9_-]{43}$/);
    expect(await t.db.apiToken.count({ where: { tokenHash: token } })).toBe(0);

    const own = await get(committees, "/api/v1/committees", token);
    expect(own.status).toBe(200);
    const body = await own.json();
    expect(body.data.map((c: { code: string }) => c.code).sort()).toEqual(["AP-CQD-01", "AP-CQD-01-1", "AP-CQD-01-2", "AP-CQD-01-3"]);

    for (const other of ["AP-CQD", "AP-CQD-02", "AP-KCQDN"]) {
      const response = await get(progress, `/api/v1/progress?committee=${ids[other]}`, token);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("NOT_FOUND");
    }
    expect((await get(progress, `/api/v1/progress?committee=${ids["AP-CQD-01-2"]}`, token)).status).toBe(200);
    expect(await t.db.auditEvent.count({ where: { action: "api_token.use" } })).toBe(5);
  });

  it("walk a large tree a level at a time (depth) and search it, within the token's subtree only", async () => {
    const token = await newToken("AP-CQD");
    const codes = async (path: string) => ((await (await get(committees, path, token)).json()).data as { code: string; depth: number }[]);
    const top = await codes(`/api/v1/committees?depth=1`);
    expect(top.map((c) => c.code).sort()).toEqual(["AP-CQD", ...Array.from({ length: 12 }, (_, i) => `AP-CQD-${String(i + 1).padStart(2, "0")}`)]);
    expect(await codes(`/api/v1/committees?root=${ids["AP-CQD-01"]}&depth=0`)).toEqual([
      expect.objectContaining({ id: ids["AP-CQD-01"], code: "AP-CQD-01", depth: 0, parentId: ids["AP-CQD"], validFrom: expect.stringMatching(/^\d{4}-\d\d-\d\dT00:00:00\.000Z$/), validTo: null }),
    ]);
    expect((await codes(`/api/v1/committees`)).length).toBe(21);
    expect((await get(committees, `/api/v1/committees?root=${ids["AP-KCQDN"]}&depth=1`, token)).status).toBe(404);

    // Pages of 8: 21 units in three pages, level by level, none twice or missing; a forged cursor is refused.
    const whole = await codes(`/api/v1/committees`);
    const pages: { data: { code: string; depth: number }[]; next: string | null }[] = [];
    for (let after = ""; pages.length === 0 || pages.at(-1)!.next; after = `&after=${pages.at(-1)!.next}`) {
      pages.push(await (await get(committees, `/api/v1/committees?limit=8${after}`, token)).json());
    }
    expect(pages.map((p) => p.data.length)).toEqual([8, 8, 5]);
    expect(pages.at(-1)!.next).toBeNull();
    const paged = pages.flatMap((p) => p.data);
    expect(paged).toEqual(whole);
    expect(paged.map((c) => c.depth)).toEqual([...paged.map((c) => c.depth)].sort((a, b) => a - b));
    expect((await get(committees, `/api/v1/committees?after=1;DROP`, token)).status).toBe(400);
    expect((await get(committees, `/api/v1/committees?limit=5001`, token)).status).toBe(400);

    const office = await newToken("AP-CQD-01");
    const found = await (await get(search, `/api/v1/committees/search?q=${encodeURIComponent("chi bo")}`, office)).json();
    expect(found.data.map((c: { code: string }) => c.code)).toEqual(["AP-CQD-01-1", "AP-CQD-01-2", "AP-CQD-01-3"]);
  });

  it("answers a revoked, unknown or missing token with 401 and a stable code", async () => {
    const token = await newToken("AP-CQD");
    const answer = await get(progress, "/api/v1/progress", token);
    expect(answer.status).toBe(200);
    // The review year's reporting rate (2025: no calendar, so nothing counts as on time or late).
    expect((await answer.json()).data.reporting).toEqual({ year: 2025, expected: 20, submitted: 20, onTime: 0, withDeadline: 0 });
    const row = await t.db.apiToken.findFirstOrThrow({ where: { prefix: token.slice(0, 10) } });
    expect(await runAction(revokeApiTokenSpec, admin, { id: row.id }, t.db)).toMatchObject({ ok: true });
    const revoked = await get(progress, "/api/v1/progress", token);
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.code).toBe("UNAUTHENTICATED");
    expect((await get(progress, "/api/v1/progress", `ct_${"x".repeat(43)}`)).status).toBe(401);
  });

  it("live for the lifetime chosen at creation, at most 365 days, and answer 401 once it is over", async () => {
    const month = await runAction(createApiTokenSpec, admin, { name: "30 ngày", scopeCommitteeId: ids["AP-CQD"], days: "30" }, t.db);
    if (!month.ok) throw new Error(JSON.stringify(month.error));
    const row = await t.db.apiToken.findFirstOrThrow({ where: { prefix: month.data.tokens[0]!.slice(0, 10) } });
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
    // Without a choice: 90 days.
    const plain = await newToken("AP-CQD");
    const plainRow = await t.db.apiToken.findFirstOrThrow({ where: { prefix: plain.slice(0, 10) } });
    expect(Math.round((plainRow.expiresAt.getTime() - plainRow.createdAt.getTime()) / 86_400_000)).toBe(90);
    const before = await t.db.apiToken.count();
    for (const days of ["366", "400", "0", "-30", "36500", "abc", "2147483648"]) {
      const refused = await runAction(createApiTokenSpec, admin, { name: "x", scopeCommitteeId: ids["AP-CQD"], days }, t.db);
      expect(refused, days).toMatchObject({ ok: false, error: { code: "INVALID", fields: { days: expect.any(String) } } });
    }
    expect(await t.db.apiToken.count()).toBe(before);

    expect((await get(progress, "/api/v1/progress", month.data.tokens[0])).status).toBe(200);
    await t.db.apiToken.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await get(progress, "/api/v1/progress", month.data.tokens[0]);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.stringContaining("Authorization: Bearer") } });
  });

  it("stop when their creator is disabled, is no longer an administrator, or no longer has the token's committee in scope", async () => {
    const creator = await t.db.user.create({ data: { username: "qt.cqd.token", displayName: "QT", role: "ADMIN", scopeCommitteeId: ids["AP-CQD"]!, passwordHash: "x" } });
    const asCreator: Viewer = { ...admin, userId: creator.id, username: creator.username, scopeCommitteeId: ids["AP-CQD"]! };
    const made = await runAction(createApiTokenSpec, asCreator, { name: "cqd", scopeCommitteeId: ids["AP-CQD-01"] }, t.db);
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const token = made.data.tokens[0]!;
    const status = async () => (await get(progress, `/api/v1/progress?committee=${ids["AP-CQD-01"]}`, token)).status;
    expect(await status()).toBe(200);
    const uses = await t.db.auditEvent.count({ where: { action: "api_token.use", actorId: creator.id } });

    for (const [change, restore] of [
      [{ active: false }, { active: true }],
      [{ role: "EDITOR" }, { role: "ADMIN" }],
      [{ role: "VIEWER" }, { role: "ADMIN" }],
      [{ scopeCommitteeId: ids["AP-KCQDN"] }, { scopeCommitteeId: ids["AP-CQD"] }],
    ] as const) {
      await t.db.user.update({ where: { id: creator.id }, data: change });
      expect(await status(), JSON.stringify(change)).toBe(401);
      await t.db.user.update({ where: { id: creator.id }, data: restore });
      expect(await status(), JSON.stringify(restore)).toBe(200);
    }
    // Refused uses are not audited under the account that could no longer make the token.
    expect(await t.db.auditEvent.count({ where: { action: "api_token.use", actorId: creator.id } })).toBe(uses + 4);
  });

  it("rejects malformed parameters with INVALID", async () => {
    const token = await newToken("AP");
    const response = await get(progress, "/api/v1/progress?year=abc", token);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "INVALID", details: ["year"] });
  });
});
