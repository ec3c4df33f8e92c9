// The app process's bound on requests in flight (scripts/lib/turns.mjs), on a real HTTP server: never more than the
// limit handed on at once, the rest in arrival order, a client that left while waiting is never handed on, and the
// build's static files do not wait.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module without types (the app processes run it without a TypeScript loader)
import { takeTurns } from "../../scripts/lib/turns.mjs";

type Held = { path: string; answer: () => void };

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server whose handler holds each request until the test answers it. */
async function serve(limit: number) {
  const held: Held[] = [];
  let active = 0;
  let mostAtOnce = 0;
  const arrived = new Set<string>();
  const waiters: (() => void)[] = [];
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    active++;
    mostAtOnce = Math.max(mostAtOnce, active);
    res.once("finish", () => active--); // before "close", on which the next is handed on
    held.push({ path: req.url!, answer: () => res.end(req.url) });
    waiters.splice(0).forEach((w) => w());
  };
  const inTurn = takeTurns(limit, handle, (req: http.IncomingMessage) => req.url!.startsWith("/_next/static/"));
  server = http.createServer((req, res) => {
    arrived.add(req.url!);
    waiters.splice(0).forEach((w) => w());
    inTurn(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const until = async (done: () => boolean) => { while (!done()) await new Promise<void>((r) => waiters.push(r)); };
  const get = (path: string, signal?: AbortSignal) =>
    fetch(`http://127.0.0.1:${port}${path}`, { signal }).then((r) => r.text());
  return { held, arrived, get, until, mostAtOnce: () => mostAtOnce };
}

describe("requests in flight", () => {
  it("hands on at most the limit at once, the others in the order they came", async () => {
    const s = await serve(2);
    const answers: Promise<string>[] = [];
    for (const path of ["/a", "/b", "/c", "/d", "/e"]) {
      answers.push(s.get(path));
      await s.until(() => s.arrived.has(path)); // arrival order is the order sent
    }
    await s.until(() => s.held.length === 2);
    expect(s.held.map((h) => h.path)).toEqual(["/a", "/b"]); // /c, /d, /e arrived and wait

    s.held[1]!.answer();
    await s.until(() => s.held.length === 3);
    expect(s.held[2]!.path).toBe("/c");
    s.held[0]!.answer();
    s.held[2]!.answer();
    await s.until(() => s.held.length === 5);
    expect(s.held.map((h) => h.path)).toEqual(["/a", "/b", "/c", "/d", "/e"]);
    s.held[3]!.answer();
    s.held[4]!.answer();
    expect(await Promise.all(answers)).toEqual(["/a", "/b", "/c", "/d", "/e"]);
    expect(s.mostAtOnce()).toBe(2);
  });

  it("never hands on a request whose client left while it waited; static files never wait", async () => {
    const s = await serve(1);
    const first = s.get("/first");
    await s.until(() => s.held.length === 1);
    const leaving = new AbortController();
    const gone = s.get("/gone", leaving.signal).catch(() => "aborted");
    await s.until(() => s.arrived.has("/gone"));
    const last = s.get("/last");
    await s.until(() => s.arrived.has("/last"));
    leaving.abort();
    expect(await gone).toBe("aborted");

    const file = s.get("/_next/static/chunks/app.js");
    await s.until(() => s.held.length === 2);
    expect(s.held[1]!.path).toBe("/_next/static/chunks/app.js"); // past the waiting /last
    s.held[1]!.answer();
    expect(await file).toBe("/_next/static/chunks/app.js");

    s.held[0]!.answer();
    await s.until(() => s.held.length === 3);
    expect(s.held.map((h) => h.path)).toEqual(["/first", "/_next/static/chunks/app.js", "/last"]);
    s.held[2]!.answer();
    expect(await first).toBe("/first");
    expect(await last).toBe("/last");
  });
});
