// Malformed input, as the security review sent it and fuzzed around it: every API parameter and every action body
// gets a 4xx answer (or a result) in the user's language, never a 5xx or the text of an internal error.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { runAction } from "@/lib/auth/action";
import type { Viewer } from "@/lib/auth/session";
import { createApiTokenSpec } from "@/lib/accounts/api-tokens";
import { toErrorAnswer } from "@/lib/errors";
import { seedDemo } from "../../prisma/seed/index";
import { allActionSpecs } from "./action-specs";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let admin: Viewer;
let token: string;
let routes: Record<string, { handler: (request: Request) => Promise<Response>; params: string[] }>;
/** Words of internal errors that must never reach a user. */
const RAW = /invalid byte|out of range|prisma|postgres|syntax|\bat \w+ \(|TypeError|undefined is not|is not iterable|\bSQL\b|stack/i;

beforeAll(async () => {
  await seedDemo(t.db);
  const user = await t.db.user.findUniqueOrThrow({ where: { username: "admin" } });
  admin = { userId: user.id, username: "admin", displayName: "admin", role: "ADMIN", scopeCommitteeId: user.scopeCommitteeId, scopeCommitteeName: "AP", locale: "vi", totpEnabled: false };
  process.env.DATABASE_URL = t.url;
  const made = await runAction(createApiTokenSpec, admin, { name: "fuzz", scopeCommitteeId: user.scopeCommitteeId }, t.db);
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  token = made.data.tokens[0]!;
  routes = {
    "/api/v1/progress": { handler: (await import("@/app/api/v1/progress/route")).GET, params: ["committee", "term", "year"] },
    "/api/v1/committees": { handler: (await import("@/app/api/v1/committees/route")).GET, params: ["root", "depth", "limit", "after"] },
    "/api/v1/committees/search": { handler: (await import("@/app/api/v1/committees/search/route")).GET, params: ["q", "limit"] },
    "/api/v1/figures": { handler: (await import("@/app/api/v1/figures/route")).GET, params: ["committee", "year", "element"] },
    "/api/v1/terms": { handler: (await import("@/app/api/v1/terms/route")).GET, params: [] },
  };
});

/** Values of the kinds that broke the app, and their neighbours. */
const nasty = fc.oneof(
  fc.constantFrom("\u0000", "%00", "2147483648", "2147483647", "-1", "0", "1e400", "1.5", "0x10", " 7", "NaN", "Infinity", "99999999999999999999",
    "\u202e", "\ud800", "${", "$undefined", "'; DROP TABLE \"User\"; --", "9.9.9", "1.", "0.2147483648", "AP-CQD", "MEMBERS_ADMITTED", ""),
  fc.integer({ min: -3_000_000_000, max: 3_000_000_000 }).map(String),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ maxLength: 300 }),
);

describe("the API with malformed parameters", () => {
  it("answers the review's reproduction, /committees/search?q=%00, with 400 in the documented shape", async () => {
    const response = await routes["/api/v1/committees/search"]!.handler(new Request("http://localhost/api/v1/committees/search?q=%00", { headers: { authorization: `Bearer ${token}` } }));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({ code: "INVALID", message: "Dữ liệu chưa hợp lệ. Vui lòng sửa các ô được đánh dấu.", details: ["q"] });
  });

  it("never answers 5xx or internal text, whatever the parameters (fuzzed)", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...Object.keys(routes)),
      fc.array(fc.tuple(fc.nat(), nasty), { maxLength: 4 }),
      async (path, pairs) => {
        const { handler, params } = routes[path]!;
        const query = new URLSearchParams();
        for (const [i, value] of pairs) query.append(params.length ? params[i % params.length]! : "x", value);
        const response = await handler(new Request(`http://localhost${path}?${query}`, { headers: { authorization: `Bearer ${token}`, "accept-language": "en" } }));
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${path}?${query}`).toBeLessThan(500);
        const text = await response.text();
        if (response.status >= 400) expect(JSON.parse(text).error.message, `${path}?${query}`).not.toMatch(RAW);
      },
    ), { numRuns: 400 });
    // The fuzzing reached both answers: refusals and data.
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(statuses.get(400)).toBeGreaterThan(0);
  });
});

describe("actions with malformed bodies", () => {
  it("answer the review's bodies as invalid: a number, null or a list in place of the form", async () => {
    const specs = await allActionSpecs();
    for (const [name, spec] of specs) {
      for (const raw of [5, null, undefined, [], ["$undefined", 5], "x", new Date()]) {
        const result = await runAction(spec, admin, raw, t.db);
        expect(result, `${name} ${JSON.stringify(raw)}`).toMatchObject({ ok: false, error: { code: "INVALID" } });
      }
    }
  });

  it("never fail unexpectedly, whatever the fields hold (fuzzed over every action)", async () => {
    const specs = await allActionSpecs();
    const names = ["id", "committeeId", "scopeCommitteeId", "year", "version", "note", "comment", "reason", "name", "code", "fields", "values",
      "days", "termId", "resolutionId", "targetId", "value", "elementId", "required", "active", "password", "username", "role", "operation", "versions"];
    const value = fc.oneof(nasty, fc.array(nasty, { maxLength: 3 }), fc.dictionary(fc.constantFrom(...names), nasty, { maxKeys: 3 }), fc.constant(null));
    const codes = new Map<string, number>();
    const logged = vi.spyOn(console, "error");
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...specs.keys()),
      fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 6 }),
      async (i, body) => {
        const [name, spec] = specs[i]!;
        const result = await runAction(spec, admin, body, t.db);
        const code = result.ok ? "ok" : result.error.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(code, `${name} ${JSON.stringify(body)}`).not.toBe("UNEXPECTED");
      },
    ), { numRuns: 400 });
    expect(codes.get("INVALID")).toBeGreaterThan(0);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe("what PostgreSQL refuses as input, should a boundary let it through", () => {
  it("is answered as invalid, from raw SQL and from Prisma; the app's own faults stay unexpected", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    const caught = (run: () => Promise<unknown>) => run().then(() => null, (error: unknown) => toErrorAnswer(error, "test").code);
    expect(await caught(() => t.sql`SELECT ${"a\u0000b"}::text`)).toBe("INVALID");
    expect(await caught(() => t.sql`SELECT ${2147483648}::int`)).toBe("INVALID");
    expect(await caught(() => t.db.committee.findMany({ where: { name: "a\u0000b" } }))).toBe("INVALID");
    expect(await caught(() => t.db.committee.findMany({ where: { id: 2147483648 } }))).toBe("INVALID");
    expect(warned).toHaveBeenCalledTimes(4);
    warned.mockRestore();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await caught(() => t.sql`SELECT 1 / ${0}::int`)).toBe("UNEXPECTED");
    logged.mockRestore();
  });
});
