// The "use cache" handler's own logic, on a stand-in for the expiry store (the store's SQL is tested on PostgreSQL in
// tests/integration/cache-expiry.test.ts): a miss records the snapshot its fill is judged by, a stale entry is never
// returned, and whatever cannot be judged is not kept.
import { beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript, loaded by Next.js unbundled
import handler from "./handler.mjs";

const KEY = Symbol.for("chitieu.cache.expiry");
let staleAfter: string[];
let snapshots: string[];
let down: boolean;
const store = {
  snapshot: async () => (down ? Promise.reject(new Error("down")) : `s${snapshots.push("x")}`),
  check: async (_tags: string[], snapshot: string) => (down ? Promise.reject(new Error("down")) : { stale: staleAfter.includes(snapshot), now: `s${snapshots.push("x")}` }),
  expire: async () => undefined,
  trim: async () => undefined,
};

const entry = (text: string) => ({
  value: new ReadableStream({ start: (c) => { c.enqueue(new TextEncoder().encode(text)); c.close(); } }),
  tags: ["committee:7"], stale: 0, timestamp: Date.now(), expire: 1800, revalidate: 1800,
});
const read = async (e: { value: ReadableStream<Uint8Array> } | undefined) => (e ? new Response(e.value).text() : undefined);
let n = 0;

beforeEach(() => {
  (globalThis as Record<symbol, unknown>)[KEY] = store;
  staleAfter = [];
  snapshots = [];
  down = false;
  n++;
});

describe("the cache handler", () => {
  it("keeps a filled entry and sends it again, as a new stream each time", async () => {
    expect(await handler.get(`k${n}`, [])).toBeUndefined();
    await handler.set(`k${n}`, Promise.resolve(entry("card")));
    expect(await read(await handler.get(`k${n}`, []))).toBe("card");
    expect(await read(await handler.get(`k${n}`, []))).toBe("card");
  });

  it("never returns an entry a later write made stale, and refills it", async () => {
    await handler.get(`k${n}`, []);
    await handler.set(`k${n}`, Promise.resolve(entry("old")));
    staleAfter = ["s1"]; // the snapshot of the first miss
    expect(await handler.get(`k${n}`, [])).toBeUndefined();
    await handler.set(`k${n}`, Promise.resolve(entry("new")));
    expect(await read(await handler.get(`k${n}`, []))).toBe("new");
  });

  it("keeps nothing it cannot judge: a fill without a miss before it, or with the database out of reach", async () => {
    await handler.set(`k${n}`, Promise.resolve(entry("background refresh")));
    down = true;
    expect(await handler.get(`k${n}`, [])).toBeUndefined();
    await handler.set(`k${n}`, Promise.resolve(entry("unjudged")));
    down = false;
    expect(await handler.get(`k${n}`, [])).toBeUndefined();
  });
});
