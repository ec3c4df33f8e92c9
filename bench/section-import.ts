// Section 3: import throughput and review-report generation time.
// Import: the real importer (lib/imports: the entry form's rules, one transaction of set-based writes, rollup
// deltas, one audit event), fed the rows a file would hold. Beside it, the single-save path (saveYear, as the
// entry form calls it) one committee-year at a time.
import type { Db } from "@/lib/db-client";
import { sqlOf } from "@/lib/sql";
import type { Viewer } from "@/lib/auth/session";
import { importFigures } from "@/lib/imports/import-figures";
import { LAST_YEAR } from "./lib/generate";
import { summarize, type Summary } from "./lib/stats";

export interface ImportRow { committeeId: number; dataElementId: number; year: number; value: string }

/** The rows a file would hold (codes, as typed), and the first administrator, who imports them. */
async function asFile(db: Db, rows: ImportRow[]) {
  const ids = [...new Set(rows.map((r) => r.committeeId))];
  const [committees, elements, admin] = await Promise.all([
    db.committee.findMany({ where: { id: { in: ids } }, select: { id: true, code: true } }),
    db.dataElement.findMany({ select: { id: true, code: true } }),
    db.user.findFirstOrThrow({ where: { role: "ADMIN", active: true }, orderBy: { id: "asc" } }),
  ]);
  const committeeCode = new Map(committees.map((c) => [c.id, c.code]));
  const elementCode = new Map(elements.map((e) => [e.id, e.code]));
  return {
    file: rows.map((r, i) => ({
      row: i + 2, committeeCode: committeeCode.get(r.committeeId)!, elementCode: elementCode.get(r.dataElementId)!,
      year: String(r.year), value: r.value, note: undefined, locale: "en" as const,
    })),
    actor: { userId: admin.id, role: admin.role, scopeCommitteeId: admin.scopeCommitteeId },
  };
}

/**
 * Imports figures as `npm run import` would; returns the figures written and the seconds the importer took (the
 * file's rows are made beforehand: turning ids back into codes is the benchmark's work, not the import's).
 */
export async function importRows(db: Db, rows: ImportRow[]): Promise<{ written: number; seconds: number }> {
  const { file, actor } = await asFile(db, rows);
  const marks: { write?: number } = {};
  const started = performance.now();
  const report = await importFigures(db, file, { actor, locale: "en", source: "bench" }, (p) => {
    if (p.phase === "write" && marks.write === undefined) marks.write = performance.now();
  });
  const end = performance.now();
  if (rows.length >= 10_000) {
    console.log(`  import of ${rows.length} rows: check ${((marks.write ?? end) - started) / 1000} s, write ${(end - (marks.write ?? end)) / 1000} s`);
  }
  if (!report.applied) throw new Error(`import refused: ${report.errors.length} errors, first ${JSON.stringify(report.errors[0])}`);
  return { written: report.created + report.updated + report.deleted, seconds: (end - started) / 1000 };
}

export interface ImportResult {
  figures: number;
  seconds: number;
  figuresPerSecond: number;
  singleSave: { saves: number; figuresPerSave: number; latency: Summary; figuresPerSecond: number };
}

/**
 * Imports new values of four independent elements (no part/whole rules) for many draft committee-years: the
 * highest ids first, i.e. the cells of the last provinces, as a batch of a few provinces' sheets would be.
 */
export async function benchImport(db: Db, units: number): Promise<ImportResult> {
  const elements = await db.dataElement.findMany({ where: { code: { in: ["MEMBERS_ADMITTED", "CADRES_TRAINED", "STAFF_CUT", "INSPECTIONS"] } }, select: { id: true, code: true } });
  const figures = await sqlOf(db)<{ committeeId: number; dataElementId: number; value: string }>`
    SELECT f."committeeId", f."dataElementId", f."value"::text AS value FROM "Figure" f
    WHERE f."year" = ${LAST_YEAR}::int AND f."status" = 'DRAFT' AND f."dataElementId" = ANY(${elements.map((e) => e.id)}::int[])
      AND f."committeeId" NOT IN (SELECT "scopeCommitteeId" FROM "User")
    ORDER BY f."committeeId" DESC LIMIT ${Math.min(100_000, units * 4)}::int`;
  const rows = figures.map((f) => ({ committeeId: f.committeeId, dataElementId: f.dataElementId, year: LAST_YEAR, value: String(Number(f.value) + 1) }));
  // A first small batch warms the connection, plans and caches, as any import after the first would find them.
  await importRows(db, rows.slice(0, 200).map((r) => ({ ...r, value: String(Number(r.value) + 1) })));
  const { written, seconds } = await importRows(db, rows);

  // The single-save path: an editor's form save of three figures, one after another.
  const { saveYear } = await import("@/lib/figures/save");
  const editor = await db.user.findFirstOrThrow({ where: { username: "bench.editor.1" } });
  const viewer: Viewer = { userId: editor.id, username: editor.username, displayName: editor.displayName, role: editor.role,
    scopeCommitteeId: editor.scopeCommitteeId, scopeCommitteeName: "", locale: "en", totpEnabled: false };
  // Elements on every editor's form (the targets in force need them).
  const saveElements = elements.filter((e) => e.code !== "STAFF_CUT").map((e) => e.id);
  const samples: number[] = [];
  for (let i = 0; i < 40; i++) {
    const current = await db.figure.findMany({ where: { committeeId: editor.scopeCommitteeId, year: LAST_YEAR, dataElementId: { in: saveElements } }, select: { dataElementId: true, version: true } });
    const fields = current.map((f) => ({ elementId: f.dataElementId, value: String(500 + i), version: f.version, note: "" }));
    const t = performance.now();
    // A refused save throws (an AppError with the findings as details), which stops the benchmark.
    await saveYear(db, viewer, { committeeId: editor.scopeCommitteeId, year: LAST_YEAR, locale: "en", fields }, false, new Date());
    samples.push(performance.now() - t);
  }
  const latency = summarize(samples);
  const total = samples.reduce((a, b) => a + b, 0) / 1000;
  return {
    figures: written, seconds, figuresPerSecond: written / seconds,
    singleSave: { saves: samples.length, figuresPerSave: saveElements.length, latency, figuresPerSecond: (samples.length * saveElements.length) / total },
  };
}

export interface ReportTiming { committee: string; format: string; latency: Summary; bytes: number }

/** GET /api/reports/review on the production server, as the administrator, for the root and a province. */
export async function benchReports(app: { origin: string }, cookie: string, committees: { label: string; id: number }[], termId: number): Promise<ReportTiming[]> {
  const out: ReportTiming[] = [];
  for (const c of committees) {
    for (const format of ["docx", "xlsx", "pdf"]) {
      const samples: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 6; i++) {
        const t = performance.now();
        const res = await fetch(`${app.origin}/api/reports/review?committee=${c.id}&term=${termId}&format=${format}`, { headers: { cookie } });
        const body = await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`report ${format} for ${c.label}: ${res.status} ${Buffer.from(body).toString("utf8").slice(0, 200)}`);
        bytes = body.byteLength;
        if (i > 0) samples.push(performance.now() - t); // the first one warms the fonts and code paths
      }
      out.push({ committee: c.label, format, latency: summarize(samples), bytes });
    }
  }
  return out;
}
