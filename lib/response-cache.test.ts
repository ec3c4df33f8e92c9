import { describe, expect, it } from "vitest";
import { encodeToken, sessionCookieName } from "./auth/session-token.mjs";
import { ResponseCache, cacheKey, isCandidate, markOf, parseMark, sessionOf } from "./response-cache.mjs";

const SID = "0b8e2f3a-7c1d-4e5f-9a6b-1c2d3e4f5a6b";
const NONCE = "YTI1YTA1OTktOTMxMS00YzBjLTllYmEtZDUyNzg5MGM5ZjRj";
const page = (text: string) => ({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'nonce-${NONCE}'` },
  body: Buffer.from(`<script nonce="${NONCE}">a</script><p>${text}</p><script nonce="${NONCE}">b</script>`),
});

function filled(cache: ResponseCache, key: string, committee: string, text: string) {
  const fill = cache.beginFill(committee, "7:1");
  return cache.keep(fill, key, { ...page(text), mark: { committee, who: "7:1", nonce: NONCE } });
}

function listening(options: Partial<ConstructorParameters<typeof ResponseCache>[0]> = {}) {
  const cache = new ResponseCache({ maxBytes: 1024 * 1024, maxAgeMs: 60_000, ...options });
  cache.setListening(true);
  return cache;
}

describe("response cache", () => {
  it("sends a kept page again with a new nonce in its scripts and its policy", () => {
    const cache = listening();
    expect(filled(cache, "k", "12", "95,3%")).toBe(true);
    const first = cache.get("k")!;
    const second = cache.get("k")!;
    const nonces = (a: { body: Buffer }) => [...a.body.toString().matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
    expect(first.body.toString()).toContain("<p>95,3%</p>");
    expect(nonces(first)).toHaveLength(2);
    expect(new Set(nonces(first)).size).toBe(1);
    expect(nonces(first)[0]).not.toBe(NONCE);
    expect(nonces(second)[0]).not.toBe(nonces(first)[0]);
    expect(first.headers["content-security-policy"]).toBe(`script-src 'nonce-${nonces(first)[0]}'`);
  });

  it("drops the pages of the committees a change names, and only those", () => {
    const cache = listening();
    filled(cache, "district", "12", "a");
    filled(cache, "province", "3", "b");
    filled(cache, "other", "40", "c");
    cache.changed("12,3,1");
    expect(cache.get("district")).toBeNull();
    expect(cache.get("province")).toBeNull();
    expect(cache.get("other")?.body.toString()).toContain("<p>c</p>");
    cache.changed("*");
    expect(cache.get("other")).toBeNull();
  });

  it("does not keep a render during which its committee changed (it may have read the old figures)", () => {
    const cache = listening();
    const fill = cache.beginFill("12", "7:1");
    const untouched = cache.beginFill("40", "7:1");
    cache.changed("12,3");
    expect(cache.keep(fill, "k", { ...page("old"), mark: { committee: "12", who: "7:1", nonce: NONCE } })).toBe(false);
    expect(cache.get("k")).toBeNull();
    expect(cache.keep(untouched, "u", { ...page("x"), mark: { committee: "40", who: "7:1", nonce: NONCE } })).toBe(true);
  });

  it("keeps and sends nothing while it cannot hear changes, and trusts nothing from before a reconnection", () => {
    const cache = new ResponseCache({ maxBytes: 1024 * 1024, maxAgeMs: 60_000 });
    expect(filled(cache, "k", "12", "a")).toBe(false);
    cache.setListening(true);
    const during = cache.beginFill("12", "7:1");
    filled(cache, "k", "12", "a");
    cache.setListening(false);
    expect(cache.get("k")).toBeNull();
    cache.setListening(true);
    expect(cache.keep(during, "k2", { ...page("a"), mark: { committee: "12", who: "7:1", nonce: NONCE } })).toBe(false);
  });

  it("refuses an answer marked for another committee or account than the request's", () => {
    const cache = listening();
    const fill = cache.beginFill("12", "7:1");
    expect(cache.keep(fill, "k", { ...page("a"), mark: { committee: "13", who: "7:1", nonce: NONCE } })).toBe(false);
    const other = cache.beginFill("12", "7:1");
    expect(cache.keep(other, "k", { ...page("a"), mark: { committee: "12", who: "8:1", nonce: NONCE } })).toBe(false);
  });

  it("expires entries and stays within its size, dropping the least recently used", () => {
    let now = 0;
    const cache = listening({ maxBytes: 4 * 2300, now: () => now });
    for (const k of ["a", "b", "c", "d"]) filled(cache, k, "1", k);
    cache.get("a");
    filled(cache, "e", "1", "e");
    expect(cache.get("b")).toBeNull();
    expect(cache.get("a")).not.toBeNull();
    expect(cache.bytes).toBeLessThanOrEqual(4 * 2300);
    now = 60_000;
    expect(cache.get("a")).toBeNull();
  });
});

describe("what may be cached", () => {
  it("only GETs of dashboard and target pages of one explicit committee, with a cookie", () => {
    const cookie = { cookie: "x=1" };
    expect(isCandidate("GET", "/dashboard?committee=12&term=1", cookie)).toBe("12");
    expect(isCandidate("GET", "/dashboard/target/5?committee=3", cookie)).toBe("3");
    expect(isCandidate("GET", "/dashboard?term=1", cookie)).toBeNull();
    expect(isCandidate("GET", "/dashboard?committee=12&committee=13", cookie)).toBeNull();
    expect(isCandidate("GET", "/dashboard?committee=012", cookie)).toBeNull();
    expect(isCandidate("GET", "/dashboard/compare?committee=12", cookie)).toBeNull();
    expect(isCandidate("POST", "/dashboard?committee=12", cookie)).toBeNull();
    expect(isCandidate("GET", "/dashboard?committee=12", {})).toBeNull();
  });

  it("reads the mark proxy.ts writes", () => {
    expect(parseMark(markOf("12", `7:3:${SID}`, NONCE))).toEqual({ committee: "12", who: `7:3:${SID}`, nonce: NONCE });
    expect(parseMark("committee=12; who=7; nonce=x")).toBeNull();
    expect(parseMark(undefined)).toBeNull();
  });
});

describe("the session a kept page may go back to", () => {
  const secret = "s".repeat(40);
  const cookieName = sessionCookieName(false);
  const now = Math.floor(Date.now() / 1000);
  const cookie = async (claims: Record<string, unknown>, s = secret) => `vi_locale=en; ${cookieName}=${await encodeToken(claims, s)}; b=2`;

  it("is the account, its session version and the session's own id, with the other cookies", async () => {
    const session = await sessionOf(await cookie({ uid: 7, sv: 3, la: now - 10, st: now - 100, sid: SID }), { cookieName, secret, now });
    expect(session).toEqual({ who: `7:3:${SID}`, otherCookies: "b=2; vi_locale=en" });
  });

  it("keys a page by its account and session version: one account's page is never another's", async () => {
    const url = "/dashboard?committee=12";
    const headers = { host: "localhost", accept: "text/html" };
    const as = (who: string) => cacheKey(url, headers, { who, otherCookies: "vi_locale=vi" });
    expect(new Set([as("7:3"), as("8:3"), as("7:4")]).size).toBe(3);
    expect(as("7:3")).toBe(as("7:3"));
    expect(cacheKey(url, headers, { who: "7:3", otherCookies: "vi_locale=en" })).not.toBe(as("7:3"));
  });

  it("is none for a forged, idle-expired, too old or refresh-due token, or none at all", async () => {
    const read = async (c: string) => sessionOf(c, { cookieName, secret, now });
    expect(await read(await cookie({ uid: 7, sv: 3, la: now, st: now }, "t".repeat(40)))).toBeNull();
    expect(await read(await cookie({ uid: 7, sv: 3, la: now - 61, st: now - 100 }))).toBeNull();
    expect(await read(await cookie({ uid: 7, sv: 3, la: now, st: now - 13 * 3600 }))).toBeNull();
    expect(await read(await cookie({ sv: 3, la: now, st: now }))).toBeNull();
    // A session without its own id (from before signing out ended sessions on the server) is ended.
    expect(await read(await cookie({ uid: 7, sv: 3, la: now - 10, st: now - 100 }))).toBeNull();
    expect(await read("vi_locale=en")).toBeNull();
  });
});
