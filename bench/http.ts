// Section 2: the real production server under an open-loop load. Requests are scheduled at fixed times
// (a constant overall arrival rate) whatever the server answers, and each latency is measured from its
// scheduled send time, so a slow server shows up as tail latency instead of as fewer requests (a closed-loop
// tool that waits for each answer would hide it). Mix: 80% term dashboards, 15% target details, 5% figure
// saves by signed-in editors. Sessions: cookies minted with next-auth's own `encode` and the server's secret,
// carrying the claims lib/auth/options.ts issues (uid, sv = sessionVersion, la, st), for real accounts.
// Lost updates: every save posts the versions its "tab" last saw; two tabs per editor race each other. After
// the run each acknowledged save must be in the database: per figure, its audit event (same transaction) holds
// the acknowledged value at the acknowledged version, and no two acknowledgements share a version.
import http from "node:http";
import zlib from "node:zlib";
import type { Db } from "@/lib/db-client";
import { sqlOf } from "@/lib/sql";
import { figureEntityId } from "@/lib/figures/workflow";
import { LAST_YEAR } from "./lib/generate";
import { processRssMb, serverActionId, sessionCookieFor, type AppServer } from "./lib/server";
import { speedCheckMs, summarize, type Summary } from "./lib/stats";

export interface HttpResult {
  rate: number;
  seconds: number;
  sent: number;
  byKind: Record<Kind, Summary & { errors: number }>;
  all: Summary & { errors: number };
  saves: { saved: number; conflicts: number; lostUpdates: number; checkedFigures: number };
  /** Largest resident memory of one app process, and of all of them together (the workers and their primary). */
  maxRssMb: number;
  maxTotalRssMb: number;
  workers: number;
  errorSamples: string[];
  /** speedCheckMs() right before and right after the measured run. */
  speedCheckMs: { before: number; after: number };
}

type Kind = "dashboard" | "target" | "save";
const SAVE_ELEMENTS = ["MEMBERS_ADMITTED", "CADRES_TRAINED", "INSPECTIONS"];

interface Editor { userId: number; committeeId: number; sv: number }
interface Ack { committeeId: number; elementId: number; value: string; version: number }

export async function benchHttp(db: Db, app: AppServer, options: { rate: number; seconds: number; warmupSeconds: number }): Promise<HttpResult> {
  const term = await db.term.findFirstOrThrow({ where: { startYear: 2020 } });
  const admin = await db.user.findUniqueOrThrow({ where: { username: "bench.admin" } });
  const editors: Editor[] = (await db.user.findMany({ where: { username: { startsWith: "bench.editor." } }, select: { id: true, scopeCommitteeId: true, sessionVersion: true } }))
    .map((u) => ({ userId: u.id, committeeId: u.scopeCommitteeId, sv: u.sessionVersion }));
  // Committees to look at: every level, weighted towards the ones leaders open (upper levels).
  const pool = await sqlOf(db)<{ id: number }>`
    (SELECT "id" FROM "Committee" WHERE "kind" IN ('CENTRAL', 'PROVINCIAL'))
    UNION ALL (SELECT "id" FROM "Committee" WHERE "kind" IN ('DISTRICT', 'UPPER_GRASSROOTS') ORDER BY md5("id"::text) LIMIT 300)
    UNION ALL (SELECT "id" FROM "Committee" WHERE "kind" = 'GRASSROOTS' ORDER BY md5("id"::text) LIMIT 600)
    UNION ALL (SELECT "id" FROM "Committee" WHERE "kind" = 'CELL' ORDER BY md5("id"::text) LIMIT 300)`;
  // A target detail is only found for a target of the resolution in force for that committee (its own or
  // the nearest ancestor's): one such target per committee of the pool.
  const inForce = await sqlOf(db)<{ committeeId: number; targetIds: number[] }>`
    SELECT p."id" AS "committeeId", (
      SELECT array_agg(t."id") FROM "Target" t
      WHERE t."indicatorId" IS NOT NULL AND t."resolutionId" = (
        SELECT r."id" FROM "CommitteeClosure" cc JOIN "Resolution" r ON r."committeeId" = cc."ancestorId" AND r."termId" = ${term.id}::int
        WHERE cc."descendantId" = p."id" ORDER BY cc."depth" LIMIT 1)) AS "targetIds"
    FROM unnest(${pool.map((p) => p.id)}::int[]) AS p("id")`;
  const targetPool = inForce.filter((c) => c.targetIds?.length);
  const elements = await db.dataElement.findMany({ where: { code: { in: SAVE_ELEMENTS } }, select: { id: true } });
  const elementIds = elements.map((e) => e.id);
  const saveAction = serverActionId("saveDraft", "app/figures/page");

  // Each editor has two tabs with their own view of the versions, as two people (or windows) would.
  const start = await db.figure.findMany({
    where: { committeeId: { in: editors.map((e) => e.committeeId) }, year: LAST_YEAR, dataElementId: { in: elementIds } },
    select: { committeeId: true, dataElementId: true, version: true },
  });
  const startVersion = new Map(start.map((f) => [`${f.committeeId}:${f.dataElementId}`, f.version]));
  const tabs = editors.flatMap((e) => [0, 1].map(() => ({ editor: e, seen: new Map(startVersion) })));

  const cookies = new Map<number, string>();
  const mint = async () => {
    for (const u of [{ userId: admin.id, sv: admin.sessionVersion }, ...editors]) cookies.set(u.userId, await sessionCookieFor(app, u));
  };
  await mint();
  const remint = setInterval(() => void mint(), 30_000);

  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const url = new URL(app.origin);
  const request = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      // As a browser asks, so the server compresses its answers as it would for users (Next.js gzips by default).
      // With its length, as a browser sends it: the proxy refuses a body sent in chunks (lengthRequired, 400).
      const length: Record<string, string> = body ? { "content-length": String(Buffer.byteLength(body)) } : {};
      const req = http.request({ host: url.hostname, port: url.port, method, path, agent, headers: { "accept-encoding": "gzip", ...length, ...headers }, timeout: 15_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (d: Buffer) => chunks.push(d));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, body: body.toString("utf8") });
        });
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", reject);
      if (body) req.write(body);
      req.end();
    });

  let seq = 0;
  const acks: Ack[] = [];
  let conflicts = 0;
  let saved = 0;
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  const errorSamples: string[] = [];

  async function one(kind: Kind): Promise<void> {
    if (kind === "dashboard" || kind === "target") {
      const target = pick(targetPool);
      const path = kind === "dashboard" ? `/dashboard?committee=${pick(pool).id}&term=${term.id}`
        : `/dashboard/target/${pick(target.targetIds)}?committee=${target.committeeId}&term=${term.id}`;
      const res = await request("GET", path, { cookie: cookies.get(admin.id)!, accept: "text/html" });
      if (res.status !== 200) throw new Error(`${kind} ${res.status}`);
      return;
    }
    const tab = pick(tabs);
    const n = ++seq;
    const fields = elementIds.filter(() => Math.random() < 0.6);
    if (fields.length === 0) fields.push(pick(elementIds));
    const posted = fields.map((id) => ({ elementId: id, value: String(100 + n), version: tab.seen.get(`${tab.editor.committeeId}:${id}`) ?? 0, note: "" }));
    const body = JSON.stringify([{ committeeId: tab.editor.committeeId, year: LAST_YEAR, locale: "en", fields: posted }]);
    const res = await request("POST", `/figures?committee=${tab.editor.committeeId}&year=${LAST_YEAR}`, {
      cookie: cookies.get(tab.editor.userId)!, origin: app.origin, "next-action": saveAction, accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
    }, body);
    if (res.status !== 200) throw new Error(`save ${res.status}`);
    // The save action answers { ok: true, data: { versions } } or a CONFLICT refusal naming each field's version.
    const result = parseActionResult(res.body) as { ok: boolean; data?: { versions: Record<string, number> };
      error?: { code: string; details?: { conflicts?: Record<string, { version: number }> } } } | null;
    if (result?.ok && result.data) {
      saved++;
      for (const f of posted) {
        const version = result.data.versions[String(f.elementId)]!;
        acks.push({ committeeId: tab.editor.committeeId, elementId: f.elementId, value: f.value, version });
      }
      for (const [id, v] of Object.entries(result.data.versions)) tab.seen.set(`${tab.editor.committeeId}:${id}`, v);
    } else if (result?.error?.code === "CONFLICT" && result.error.details?.conflicts) {
      conflicts++;
      for (const [id, c] of Object.entries(result.error.details.conflicts)) tab.seen.set(`${tab.editor.committeeId}:${id}`, c.version);
    } else {
      throw new Error(`save answered ${res.body.slice(0, 200)}`);
    }
  }

  const run = async (seconds: number, record: boolean) => {
    const latencies: Record<Kind, number[]> = { dashboard: [], target: [], save: [] };
    const errors: Record<Kind, number> = { dashboard: 0, target: 0, save: 0 };
    const total = Math.round(seconds * options.rate);
    const t0 = performance.now() + 50;
    let maxRss = 0;
    let maxTotalRss = 0;
    const sampler = setInterval(() => {
      const each = processRssMb(app.pid);
      maxRss = Math.max(maxRss, ...each);
      maxTotalRss = Math.max(maxTotalRss, each.reduce((a, b) => a + b, 0));
    }, 250);
    const pending: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / options.rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const r = Math.random();
      const kind: Kind = r < 0.8 ? "dashboard" : r < 0.95 ? "target" : "save";
      pending.push(one(kind).then(
        () => { if (record) latencies[kind].push(performance.now() - due); },
        (error: unknown) => {
          if (!record) return;
          errors[kind]++;
          latencies[kind].push(performance.now() - due);
          if (errorSamples.length < 5) errorSamples.push(error instanceof Error ? error.message : String(error));
        },
      ));
    }
    await Promise.all(pending);
    clearInterval(sampler);
    return { latencies, errors, total, maxRss, maxTotalRss };
  };

  if (options.warmupSeconds > 0) await run(options.warmupSeconds, false);
  acks.length = 0;
  conflicts = 0;
  saved = 0;
  const before = speedCheckMs();
  const measured = await run(options.seconds, true);
  const after = speedCheckMs();
  clearInterval(remint);
  agent.destroy();

  const lost = await countLostUpdates(db, acks);
  const byKind = Object.fromEntries((["dashboard", "target", "save"] as Kind[]).map((k) => [k, { ...summarize(measured.latencies[k]), errors: measured.errors[k] }])) as HttpResult["byKind"];
  const allLatencies = [...measured.latencies.dashboard, ...measured.latencies.target, ...measured.latencies.save];
  const allErrors = measured.errors.dashboard + measured.errors.target + measured.errors.save;
  return {
    rate: options.rate, seconds: options.seconds, sent: measured.total, byKind, all: { ...summarize(allLatencies), errors: allErrors },
    saves: { saved, conflicts, ...lost },
    maxRssMb: measured.maxRss, maxTotalRssMb: measured.maxTotalRss, workers: app.workers, errorSamples,
    speedCheckMs: { before, after },
  };
}

/** The value a server action returned, from its React Server Components answer (line "1:{…}"). */
function parseActionResult(body: string): { ok: boolean; data?: unknown } | null {
  for (const line of body.split("\n")) {
    const m = /^1:(\{.*\})$/.exec(line);
    if (m) return JSON.parse(m[1]!) as { ok: boolean; data?: unknown };
  }
  return null;
}

/**
 * Every acknowledged save must be in the database: its audit event (written in the save's transaction) holds
 * the acknowledged value at the acknowledged version, and no two acknowledgements share a version of one
 * figure (versions rise by one per committed change, so a shared version would be a silent overwrite). And the
 * stored value is the last acknowledged one unless a later save went unanswered (timed out) meanwhile.
 */
async function countLostUpdates(db: Db, acks: Ack[]): Promise<{ lostUpdates: number; checkedFigures: number }> {
  if (acks.length === 0) return { lostUpdates: 0, checkedFigures: 0 };
  const ids = acks.map((a) => figureEntityId(a.committeeId, a.elementId, LAST_YEAR));
  const found = await sqlOf(db)<{ n: number }>`
    SELECT count(*)::int AS n FROM unnest(${ids}::text[], ${acks.map((a) => a.version)}::int[], ${acks.map((a) => a.value)}::text[]) AS x(id, version, value)
    WHERE EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."entityType" = 'Figure' AND e."entityId" = x.id
                  AND (e."after"->>'version')::int = x.version AND (e."after"->>'value')::numeric = x.value::numeric)`;
  const versions = new Set(acks.map((a) => `${a.committeeId}:${a.elementId}:${a.version}`));
  const missing = acks.length - found[0]!.n;
  const shared = acks.length - versions.size;
  return { lostUpdates: missing + shared, checkedFigures: new Set(ids).size };
}
