// The front of the app server (in scripts/serve.mjs's primary process): it takes every request and hands it to
// the least busy app worker, except a dashboard or target page it still has a kept answer for
// (lib/response-cache.mjs). One front, one cache for all workers: a page rendered by one is sent again by any.
// Answers stream through untouched, except those that may be kept: these are rendered uncompressed (so that a
// kept copy can get a new nonce), read whole and compressed here.
import http from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import pg from "pg";
import { sessionCookieName } from "../../lib/auth/session-token.mjs";
import { CACHE_MARK, CHANGE_CHANNEL, ResponseCache, cacheKey, isCandidate, parseMark, sessionOf } from "../../lib/response-cache.mjs";

const gzip = promisify(zlib.gzip);
const HOP_HEADERS = ["connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade"];
// Pages waiting for a worker beyond which the front answers 503 at once rather than later.
const MAX_WAITING = 2000;
const CACHE_STATUS = "x-chitieu-cache-status";
const KEYED_VARY = new Set(["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "accept-encoding"]);

/**
 * @param {{ port: number, hostname?: string, cacheMb: number, concurrency: number, workers: () => { port: number, busy: number }[] }} options
 * @returns {Promise<http.Server & { workerReady: () => void }>} workerReady: to call when a worker (re)starts.
 */
export function startFront({ port, hostname, cacheMb, concurrency, workers }) {
  const cache = cacheMb > 0 ? new ResponseCache({ maxBytes: cacheMb * 1024 * 1024, maxAgeMs: 60_000 }) : null;
  if (cache) listenForChanges(cache);
  // As lib/auth/jwt.ts's sessionCookie() names it.
  const sessionCookie = { cookieName: sessionCookieName(process.env.NEXTAUTH_URL?.startsWith("https://") ?? false), secret: process.env.NEXTAUTH_SECRET ?? "" };
  const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 10_000, maxSockets: 256 });

  const server = http.createServer(async (req, res) => {
    // The client's address, appended as a reverse proxy does (lib/auth/sign-in.ts, clientIp).
    const forwarded = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = `${forwarded ? `${forwarded}, ` : ""}${req.socket.remoteAddress ?? "unknown"}`;
    const committee = cache && isCandidate(req.method, req.url, req.headers);
    const session = committee ? await sessionOf(req.headers.cookie, sessionCookie) : null;
    if (!session) return pass(req, res);

    const acceptsGzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    const key = cacheKey(req.url, req.headers, session);
    const hit = cache.get(key);
    // Said to the browser too, as caching proxies do (X-Cache): to tell a kept answer from a new one.
    if (hit) return void send(res, hit.status, { ...hit.headers, [CACHE_STATUS]: "hit" }, hit.body, acceptsGzip);
    delete req.headers["accept-encoding"];
    const fill = cache.beginFill(committee, session.who);
    res.on("close", () => cache.abandon(fill));
    pass(req, res, async (status, headers, body) => {
      const mark = parseMark(headers[CACHE_MARK]);
      delete headers[CACHE_MARK];
      if (mark && status === 200 && !headers["set-cookie"] && variesOnKeyOnly(headers.vary)) cache.keep(fill, key, { status, headers, body, mark });
      else cache.abandon(fill);
      await send(res, status, { ...headers, [CACHE_STATUS]: "miss" }, body, acceptsGzip);
    });
  });
  // Longer than a browser's idle connection, shorter than the workers' (so that the front closes first).
  server.keepAliveTimeout = 65_000;

  // Pages wait here while every worker renders `concurrency` requests: a worker renders a few at a time (each
  // soon done, instead of many slowly side by side, with the heap they all hold), and a write (a clerk's save,
  // an import) or a static file, which never waits, is not queued behind a burst of page renders.
  const waiting = [];
  const leastBusy = (ready) => ready.reduce((a, b) => (b.busy < a.busy ? b : a));

  /** Hands the request to the least busy worker; its answer streams back, or is read whole for `whole`. */
  function pass(req, res, whole) {
    const ready = workers();
    if (ready.length === 0) return unavailable(res);
    const worker = leastBusy(ready);
    if (worker.busy < concurrency || urgent(req)) return forward(worker, req, res, whole);
    if (waiting.length >= MAX_WAITING) return unavailable(res);
    const job = { req, res, whole, gone: false };
    res.on("close", () => (job.gone = true));
    waiting.push(job);
  }

  function nextWaiting() {
    while (waiting.length > 0) {
      const ready = workers();
      if (ready.length === 0) return;
      const worker = leastBusy(ready);
      if (worker.busy >= concurrency) return;
      const job = waiting.shift();
      if (!job.gone) forward(worker, job.req, job.res, job.whole);
    }
  }

  function forward(worker, req, res, whole) {
    worker.busy++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      worker.busy--;
      nextWaiting();
    };
    const upstream = http.request({ host: "127.0.0.1", port: worker.port, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
      const headers = { ...answer.headers };
      for (const name of HOP_HEADERS) delete headers[name];
      if (!whole) {
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
        answer.on("end", finish);
        return;
      }
      const chunks = [];
      answer.on("data", (c) => chunks.push(c));
      answer.on("end", () => {
        finish();
        whole(answer.statusCode ?? 502, headers, Buffer.concat(chunks)).catch(() => res.destroy());
      });
    });
    upstream.on("error", () => {
      finish();
      if (!res.headersSent) unavailable(res);
      else res.destroy();
    });
    res.on("close", () => {
      finish();
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve(Object.assign(server, { workerReady: nextWaiting })));
  });
}

/** Not held back by the worker concurrency limit: anything but a page read, and the build's static files. */
function urgent(req) {
  return (req.method !== "GET" && req.method !== "HEAD") || req.url.startsWith("/_next/static/");
}

function unavailable(res) {
  res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "5", "cache-control": "no-store" });
  res.end("Máy chủ đang khởi động lại. Vui lòng thử lại sau ít giây. / The server is restarting; please try again in a few seconds.");
}

function variesOnKeyOnly(vary) {
  return String(vary ?? "").split(",").map((v) => v.trim().toLowerCase()).filter(Boolean).every((v) => KEYED_VARY.has(v));
}

async function send(res, status, headers, body, acceptsGzip) {
  const out = { ...headers };
  delete out["content-length"];
  delete out["content-encoding"];
  if (acceptsGzip && body.length > 1024) {
    body = await gzip(body);
    out["content-encoding"] = "gzip";
    if (!/accept-encoding/i.test(String(out.vary ?? ""))) out.vary = out.vary ? `${out.vary}, Accept-Encoding` : "Accept-Encoding";
  }
  out["content-length"] = body.length;
  res.writeHead(status, out);
  res.end(body);
}

/** LISTEN for committed changes; while the connection is down, the cache keeps and serves nothing. */
function listenForChanges(cache) {
  let client = null;
  const lost = () => {
    if (!client) return;
    const old = client;
    client = null;
    cache.setListening(false);
    old.end().catch(() => undefined);
    setTimeout(connect, 1000);
  };
  const connect = async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL, keepAlive: true });
    client = c;
    c.on("error", lost);
    c.on("end", lost);
    c.on("notification", (n) => cache.changed(n.payload || "*"));
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (client === c) cache.setListening(true);
    } catch {
      lost();
    }
  };
  // A connection that died without a word (a dropped network) must not pass for a quiet one.
  setInterval(() => {
    const c = client;
    if (!c || !cache.listening) return;
    const timer = setTimeout(() => client === c && lost(), 5000);
    c.query("SELECT 1").then(() => clearTimeout(timer), () => clearTimeout(timer));
  }, 5000).unref();
  void connect();
}
