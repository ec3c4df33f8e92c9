// The app server's response cache: a term dashboard or target detail, as rendered for one browser session, is
// kept and served again to that session until the data it shows changes. A dashboard costs ~15–20 ms of server
// CPU to render; a kept answer ~1.3 ms in the front, its compression included (bench/results/2026-12-03-330000.md).
// Plain JavaScript: the front (scripts/lib/front.mjs, in scripts/serve.mjs) runs without a TypeScript loader
// (types: response-cache.d.mts); proxy.ts marks answers with isCandidate and markOf from here.
//
// What makes a kept answer safe to send again:
// - proxy.ts alone decides what may be kept: it marks the answer (CACHE_MARK) only for a GET of a dashboard or
//   target page of an explicit committee, by a session it found alive. The mark never reaches the browser.
// - An answer is only sent again for a session token that decodes and is alive and that needs no refresh yet
//   (the proxy slides it), of the same account at the same session version ("who", checked against the mark).
//   The key also holds the URL, the host, the other cookies (the language) and the headers Next.js varies on.
// - Every committed write to a table the pages read sends a PostgreSQL NOTIFY (migration
//   20261202060000_change_notifications): "*", or the committees whose pages may show it. An account disabled or
//   signed out everywhere is a write to "User": everything is dropped.
// - A render that was under way when such a notification came in is not kept (it may have read the data before).
// - Without a live LISTEN connection nothing is kept or served: a lost notification could not be told apart.
// - Each answer gets a fresh CSP nonce; entries also expire after maxAgeMs.
import { createHash, randomUUID } from "node:crypto";
import { SESSION_REFRESH_SECONDS, decodeToken, sessionAlive } from "./auth/session-token.mjs";

/** The answer header by which proxy.ts allows keeping an answer: "committee=<id>; who=<account id>:<session version>:<session id>; nonce=<nonce>". */
export const CACHE_MARK = "x-chitieu-cache";
export const CHANGE_CHANNEL = "chitieu_changed";
const KEYED_HEADERS = ["host", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
const CACHED_PATH = /^\/dashboard(\/target\/\d+)?$/;

/**
 * For a request that may be answered from the cache or fill it (a GET with a cookie of a dashboard or target
 * page of an explicit committee), that committee's id; otherwise null.
 */
export function isCandidate(method, url, headers) {
  if (method !== "GET" || !headers.cookie) return null;
  const query = url.indexOf("?");
  if (query < 0 || !CACHED_PATH.test(url.slice(0, query))) return null;
  const committee = new URLSearchParams(url.slice(query + 1)).getAll("committee");
  return committee.length === 1 && /^[1-9]\d{0,9}$/.test(committee[0]) ? committee[0] : null;
}

/** The session of a request (`who`, and whether an answer may be sent again to it now), from its cookies. */
export async function sessionOf(cookieHeader, { cookieName, secret, now = Math.floor(Date.now() / 1000) }) {
  const others = [];
  let raw = null;
  for (const pair of cookieHeader.split(/;\s*/)) {
    if (pair.startsWith(`${cookieName}=`)) raw = pair.slice(cookieName.length + 1);
    else if (pair) others.push(pair);
  }
  if (!raw || !secret) return null;
  const token = await decodeToken(raw, secret).catch(() => null);
  if (!token || !Number.isInteger(token.uid) || !Number.isInteger(token.sv) || typeof token.sid !== "string" || typeof token.la !== "number") return null;
  // A token due for a refresh goes through the proxy, which slides it.
  if (!sessionAlive(token, now) || now - token.la > SESSION_REFRESH_SECONDS) return null;
  return { who: whoOf(token), otherCookies: others.sort().join("; ") };
}

/** One session's own: a copy of a signed-out session's cookie never reads what another session of the account kept. */
export function whoOf(token) {
  return `${token.uid}:${token.sv}:${token.sid}`;
}

export function cacheKey(url, headers, session) {
  const hash = createHash("sha256").update(`${url}\n${session.who}\n${session.otherCookies}`);
  for (const name of KEYED_HEADERS) hash.update(`\n${headers[name] ?? ""}`);
  return hash.digest("base64");
}

export function markOf(committee, who, nonce) {
  return `committee=${committee}; who=${who}; nonce=${nonce}`;
}

export function parseMark(value) {
  const m = /^committee=(\d+); who=(\d+:\d+:[0-9a-f-]{36}); nonce=([A-Za-z0-9+/=]+)$/.exec(value ?? "");
  return m ? { committee: m[1], who: m[2], nonce: m[3] } : null;
}

/** A fresh nonce, made as proxy.ts makes its own. */
export const newNonce = () => Buffer.from(randomUUID()).toString("base64");

function splitAt(body, nonce) {
  const parts = [];
  const needle = Buffer.from(nonce);
  let from = 0;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

export class ResponseCache {
  /** @param {{ maxBytes: number, maxAgeMs: number, now?: () => number }} options */
  constructor({ maxBytes, maxAgeMs, now = Date.now }) {
    this.maxBytes = maxBytes;
    this.maxAgeMs = maxAgeMs;
    this.now = now;
    this.entries = new Map(); // key → entry, least recently used first
    this.byCommittee = new Map(); // committee id → keys
    this.fills = new Set(); // renders under way: { committee, spoiled }
    this.bytes = 0;
    this.listening = false;
  }

  /** An answer kept for this key, with a new nonce in its body and policy, or null. */
  get(key) {
    const entry = this.entries.get(key);
    const now = this.now();
    if (!entry || !this.listening || now >= entry.expires) {
      if (entry) this.#delete(key);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    const nonce = newNonce();
    const body = entry.parts.length === 1 ? entry.parts[0] : Buffer.concat(entry.parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from(nonce), p])));
    const headers = { ...entry.headers };
    if (headers["content-security-policy"]) headers["content-security-policy"] = headers["content-security-policy"].replaceAll(entry.nonce, nonce);
    return { status: entry.status, headers, body };
  }

  /** Called before a render that may be kept; pass the result to keep(). */
  beginFill(committee, who) {
    const fill = { committee, who, spoiled: !this.listening };
    this.fills.add(fill);
    return fill;
  }

  /** Keeps a rendered answer, unless a change came in since its render began. Returns whether it was kept. */
  keep(fill, key, { status, headers, body, mark }) {
    this.fills.delete(fill);
    if (fill.spoiled || !this.listening || mark.committee !== fill.committee || mark.who !== fill.who) return false;
    const bytes = body.length + 2048;
    if (bytes > this.maxBytes / 4) return false;
    this.#delete(key);
    const now = this.now();
    this.entries.set(key, { committee: mark.committee, expires: now + this.maxAgeMs, status, headers, nonce: mark.nonce, parts: splitAt(body, mark.nonce), bytes });
    this.bytes += bytes;
    if (!this.byCommittee.has(mark.committee)) this.byCommittee.set(mark.committee, new Set());
    this.byCommittee.get(mark.committee).add(key);
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.#delete(oldest);
    }
    return true;
  }

  /** Drops a fill that ended without an answer to keep. */
  abandon(fill) {
    this.fills.delete(fill);
  }

  /** A change notification's payload: "*" or committee ids separated by commas. */
  changed(payload) {
    if (payload === "*") return this.#dropAll();
    const committees = new Set(payload.split(","));
    for (const fill of this.fills) if (committees.has(fill.committee)) fill.spoiled = true;
    for (const committee of committees) for (const key of this.byCommittee.get(committee) ?? []) this.#delete(key);
  }

  /** The LISTEN connection is up (after LISTEN succeeded) or down. Either way, nothing from before is trusted. */
  setListening(listening) {
    this.#dropAll();
    this.listening = listening;
  }

  #dropAll() {
    for (const fill of this.fills) fill.spoiled = true;
    this.entries.clear();
    this.byCommittee.clear();
    this.bytes = 0;
  }

  #delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    const keys = this.byCommittee.get(entry.committee);
    keys?.delete(key);
    if (keys?.size === 0) this.byCommittee.delete(entry.committee);
  }
}
