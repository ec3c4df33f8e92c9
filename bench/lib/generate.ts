// The synthetic national (or provincial) data set, generated set-based inside PostgreSQL: committees level by
// level (INSERT … SELECT generate_series, uneven fan-out), dated links, the closure table (the app's
// rebuildClosure), resolutions and targets copied from the demo resolutions at several levels, 21 data elements
// per unit per year for 2020–2025 that obey the entry rules (parts ≤ whole, classification levels ≤ their
// whole, excellent ≤ 20% of good), the FigureYear workflow rows, and the stored rollups built bottom-up level by
// level (the same sums rebuildRollups computes, in O(figures + rollups) instead of O(figures × depth)).
// The catalogue, terms and demo resolutions come from prisma/seed, so the pages see the real definitions.
import bcrypt from "bcryptjs";
import type pg from "pg";
import { rebuildClosure } from "@/lib/committees/closure";
import { DATA_ELEMENTS, INDICATORS } from "../../prisma/seed/catalogue";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { RESOLUTIONS, TERMS } from "../../prisma/seed/resolutions";
import { bindSql } from "@/lib/sql";
import { treeShape, type TreeShape } from "./shape";

export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2025;
/** Load-test editors each own one unit whose LAST_YEAR is still a draft. */
export const BENCH_EDITORS = 200;
export const BENCH_PASSWORD = DEMO_PASSWORD;

export interface GenerateReport {
  shape: TreeShape;
  committees: number;
  figures: number;
  rollups: number;
  steps: { step: string; seconds: number; rows?: number }[];
  totalSeconds: number;
}

type Log = (line: string) => void;

export async function generate(client: pg.Client, units: number, log: Log): Promise<GenerateReport> {
  const shape = treeShape(units);
  const steps: GenerateReport["steps"] = [];
  const started = performance.now();
  const step = async <T>(name: string, run: () => Promise<T>, rows?: (value: T) => number): Promise<T> => {
    const t0 = performance.now();
    const value = await run();
    const seconds = (performance.now() - t0) / 1000;
    const n = rows?.(value);
    steps.push({ step: name, seconds, ...(n !== undefined ? { rows: n } : {}) });
    log(`  ${name}: ${seconds.toFixed(1)} s${n !== undefined ? ` (${n.toLocaleString("en")} rows)` : ""}`);
    return value;
  };
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  const count = async (text: string, values: unknown[] = []) => (await q(text, values)).rowCount ?? 0;

  // A bulk load: nothing here needs to survive a crash until the end, and big sorts want memory.
  await q(`SET synchronous_commit = off`);
  await q(`SET work_mem = '256MB'`);
  await q(`SET maintenance_work_mem = '1GB'`);
  await q(`SELECT setseed(0.2026)`);
  // Generated rows are consistent by construction, so foreign-key triggers are skipped during the load (the
  // drift check and the smoke test prove the result); a superuser setting, as on the embedded server.
  await q(`SET session_replication_role = replica`).catch(() => log("  (not a superuser: foreign keys checked row by row)"));

  await step("catalogue, terms", () => seedCatalogue(client));
  const levels = await step("committees", () => insertTree(client, shape), (l) => l.total);
  await step("committee links", () => count(`
    INSERT INTO "CommitteeLink" ("committeeId", "parentId", "validFrom")
    SELECT "id", "parentId", "validFrom" FROM "Committee" WHERE "parentId" IS NOT NULL`), (n) => n);
  await step("closure (rebuildClosure)", async () => { await rebuildClosure(bindSql(client)); return count(`SELECT 1 FROM "CommitteeClosure"`); }, (n) => n);
  await step("workflow years", () => insertFigureYears(client), (n) => n);
  let figures = 0;
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    figures += await step(`figures ${year}`, () => insertFigures(client, year), (n) => n);
  }
  await step("analyze", async () => { await q(`ANALYZE`); return undefined; });
  const rollups = await step("rollups, bottom-up by level", () => buildRollups(client, levels.ranges), (n) => n);
  await step("rate rollups, bottom-up by level", () => buildIndicatorRollups(client, levels.ranges), (n) => n);
  await step("resolutions and targets", () => insertResolutions(client, shape, levels.ranges), (n) => n);
  await step("accounts", () => insertAccounts(client), (n) => n);
  await q(`RESET session_replication_role`);
  // Triggers were off for the load (replica role), the committee search key's too: fire it once for every unit.
  await step("committee search keys", () => count(`UPDATE "Committee" SET "searchKey" = ''`), (n) => n);
  await step("vacuum analyze", async () => { await q(`VACUUM (ANALYZE)`); return undefined; });
  // Write the loaded pages out now: otherwise the checkpoint after the load (gigabytes) runs during the first
  // benchmark and slows it (seen: the first HTTP run after a fresh load at 2–3× the latency of the next).
  // CHECKPOINT needs superuser or pg_checkpoint (PostgreSQL 15+): without them, the run goes on without it.
  await step("checkpoint", async () => { await q(`CHECKPOINT`).catch((e: Error) => log(`  (checkpoint skipped: ${e.message})`)); return undefined; });
  await q(`INSERT INTO "AuditEvent" ("action", "entityType", "entityId", "after") VALUES ('bench.generate', 'Database', 'bench', $1)`,
    [JSON.stringify({ units: levels.total, figures, rollups })]);
  return { shape, committees: levels.total, figures, rollups, steps, totalSeconds: (performance.now() - started) / 1000 };
}

async function seedCatalogue(client: pg.Client): Promise<void> {
  for (const [i, e] of DATA_ELEMENTS.entries()) {
    await client.query(
      `INSERT INTO "DataElement" ("code", "nameVi", "nameEn", "unitVi", "unitEn", "valueType", "aggregation", "groupCode",
         "sortOrder", "partOfId", "classificationLevel", "levelCapPercent")
       VALUES ($1, $2, $3, $4, $5, $6::"ValueType", $7::"Aggregation", $8, $9, (SELECT "id" FROM "DataElement" WHERE "code" = $10), $11, $12)`,
      [e.code, e.nameVi, e.nameEn, e.unitVi, e.unitEn, e.valueType, e.aggregation ?? "SUM", e.groupCode, i + 1, e.partOf ?? null,
        e.classificationLevel ?? null, e.levelCapPercent ?? null]);
  }
  for (const ind of INDICATORS) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "Indicator" ("code", "nameVi", "nameEn", "unitVi", "unitEn", "scale") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id"`,
      [ind.code, ind.nameVi, ind.nameEn, ind.unitVi, ind.unitEn, ind.scale]);
    const terms = [...ind.numerator.map((c) => [c, "NUMERATOR"]), ...(ind.denominator ?? []).map((c) => [c, "DENOMINATOR"])];
    for (const [code, role] of terms) {
      await client.query(
        `INSERT INTO "IndicatorTerm" ("indicatorId", "dataElementId", "role")
         SELECT $1, "id", $3::"IndicatorRole" FROM "DataElement" WHERE "code" = $2`, [rows[0]!.id, code, role]);
    }
  }
  for (const t of TERMS) {
    await client.query(`INSERT INTO "Term" ("name", "startYear", "endYear", "isCurrent") VALUES ($1, $2, $3, $4)`,
      [t.name, t.startYear, t.endYear, t.isCurrent]);
  }
}

export interface LevelRange {
  level: number;
  first: number;
  last: number;
}

/**
 * Inserts the tree one level at a time. Ids are handed out in order, so each level is a contiguous id range,
 * which the rollup build and the benchmark's choice of committees use.
 */
async function insertTree(client: pg.Client, s: TreeShape): Promise<{ total: number; ranges: LevelRange[] }> {
  const ranges: LevelRange[] = [];
  const record = async (level: number) => {
    const { rows } = await client.query<{ first: number; last: number }>(
      `SELECT min("id") AS "first", max("id") AS "last" FROM "Committee" WHERE "id" > $1`, [ranges.at(-1)?.last ?? 0]);
    if (rows[0]?.first != null) ranges.push({ level, first: rows[0].first, last: rows[0].last });
  };
  const root = s.national
    ? { code: "TW", name: "Đảng bộ Trung ương (tổng hợp)", nameEn: "Central Party (national total)", kind: "CENTRAL" }
    : { code: "T01", name: "Đảng bộ tỉnh Bình An", nameEn: "Bình An provincial Party Committee", kind: "PROVINCIAL" };
  await client.query(
    `INSERT INTO "Committee" ("code", "name", "nameEn", "kind", "validFrom", "updatedAt") VALUES ($1, $2, $3, $4::"CommitteeKind", DATE '2020-01-01', now())`,
    [root.code, root.name, root.nameEn, root.kind]);
  await record(0);
  // children(level, parent kinds, count per parent, kind of each child, Vietnamese and English name prefixes)
  const children = async (parentKinds: string[], perParent: string, kind: string, vi: string, en: string) => {
    const parentLevel = ranges.at(-1)!;
    await client.query(`
      INSERT INTO "Committee" ("code", "name", "nameEn", "kind", "parentId", "validFrom", "updatedAt")
      SELECT p."code" || '.' || lpad(g.i::text, 3, '0'), ${vi} || ' ' || g.i, ${en} || ' ' || g.i, g.kind::"CommitteeKind",
             p."id", DATE '2020-01-01', now()
      FROM (SELECT "id", "code", "kind", (${perParent})::int AS n FROM "Committee"
            WHERE "id" BETWEEN $1 AND $2 AND "kind"::text = ANY($3::text[]) ORDER BY "id") p
      CROSS JOIN LATERAL (SELECT i, (${kind}) || '' AS kind FROM generate_series(1, p.n) i) g
      ORDER BY p."id", g.i`, [parentLevel.first, parentLevel.last, parentKinds]);
    await record(parentLevel.level + 1);
  };
  if (s.national) await children(["CENTRAL"], String(s.provinces), `'PROVINCIAL'`, `'Đảng bộ tỉnh'`, `'Provincial Party Committee'`);
  const bloc = `CASE WHEN random() < 0.25 THEN 'UPPER_GRASSROOTS' ELSE 'DISTRICT' END`;
  // One province gets exactly the mean (a provincial data set lands near its size); 34 draw around it.
  const districts = s.national ? `greatest(1, round(${s.districtsPerProvince} * (0.3 + 1.4 * random())))` : String(s.districtsPerProvince);
  await children(["PROVINCIAL"], districts, bloc,
    `CASE WHEN g.kind = 'DISTRICT' THEN 'Đảng bộ huyện' ELSE 'Đảng bộ Khối' END`, `'District or bloc committee'`);
  const grassroots = `CASE WHEN random() < ${s.upperShare} THEN 'UPPER_GRASSROOTS' ELSE 'GRASSROOTS' END`;
  // The grassroots fan-out is set from the districts actually drawn, so the tree lands near the asked size.
  const drawn = ranges.at(-1)!;
  const perDistrict = Math.max(1, (s.units - drawn.last) / ((drawn.last - drawn.first + 1) * s.unitsPerGrassroots));
  await children(["DISTRICT", "UPPER_GRASSROOTS"], `greatest(1, round(${perDistrict} * (0.2 + 1.6 * random())))`, grassroots,
    `'Đảng bộ cơ sở'`, `'Grassroots committee'`);
  // Exponential cell counts; an upper-grassroots unit gets grassroots units instead, which get cells below.
  const cellsOrInner = `CASE WHEN "kind" = 'GRASSROOTS' THEN floor(-ln(1 - random()) * ${s.cellsPerGrassroots})
                             ELSE greatest(1, round(${s.grassrootsPerUpper} * (0.5 + random()))) END`;
  await children(["GRASSROOTS", "UPPER_GRASSROOTS"], cellsOrInner, `CASE WHEN p."kind" = 'GRASSROOTS' THEN 'CELL' ELSE 'GRASSROOTS' END`,
    `CASE WHEN p."kind" = 'GRASSROOTS' THEN 'Chi bộ' ELSE 'Đảng bộ cơ sở' END`, `'Cell or grassroots committee'`);
  await children(["GRASSROOTS"], `floor(-ln(1 - random()) * ${s.cellsPerInnerGrassroots})`, `'CELL'`, `'Chi bộ'`, `'Party cell'`);
  return { total: ranges.at(-1)!.last - ranges[0]!.first + 1, ranges };
}

/** Past years approved; the last year a mix of draft (40%), submitted (30%) and approved (30%). */
async function insertFigureYears(client: pg.Client): Promise<number> {
  const { rowCount } = await client.query(`
    INSERT INTO "FigureYear" ("committeeId", "year", "status", "submittedAt", "reviewedAt")
    SELECT c."id", y, s.status::"FigureStatus", CASE WHEN s.status <> 'DRAFT' THEN now() END, CASE WHEN s.status = 'APPROVED' THEN now() END
    FROM "Committee" c CROSS JOIN generate_series($1::int, $2::int) y
    CROSS JOIN LATERAL (SELECT CASE WHEN y < $2 THEN 'APPROVED' WHEN random() < 0.4 + 0 * c."id" THEN 'DRAFT'
                                    WHEN random() < 0.5 THEN 'SUBMITTED' ELSE 'APPROVED' END AS status) s
    ORDER BY c."id", y`, [FIRST_YEAR, LAST_YEAR]);
  return rowCount ?? 0;
}

/**
 * One year's 21 figures of every unit, drawn per unit so that they obey the entry rules: the classification
 * levels add up to the members assessed, excellent stays within 20% of good, parts never exceed their whole.
 * Rates drift upward over the years (digital transformation, records online), so the level targets move.
 */
async function insertFigures(client: pg.Client, year: number): Promise<number> {
  const t = year - FIRST_YEAR;
  const { rowCount } = await client.query(`
    WITH u AS (
      SELECT c."id", fy."status", m.total, m.assessed, m.ne, m.good, least(floor(m.good * 0.2), floor(random() * m.good * 0.25)) AS excellent,
             random() AS orgdraw, 20 + floor(random() * 200) AS records
      FROM "Committee" c
      JOIN "FigureYear" fy ON fy."committeeId" = c."id" AND fy."year" = $1
      CROSS JOIN LATERAL (
        SELECT x.total, x.assessed, x.ne, floor((x.assessed - x.ne) * (0.65 + random() * 0.15)) AS good
        FROM (SELECT a.total, a.assessed, floor(a.assessed * 0.01 + random() * 0.6) AS ne
              FROM (SELECT b.total, greatest(0, b.total - floor(random() * 2)) AS assessed
                    FROM (SELECT 5 + floor(random() * 35) + $2 + 0 * c."id" AS total) b) a) x
      ) m
    )
    INSERT INTO "Figure" ("committeeId", "dataElementId", "year", "value", "status", "updatedAt")
    SELECT u."id", de."id", $1, v.value, u."status", now()
    FROM u
    CROSS JOIN LATERAL (VALUES
      ('MEMBERS_TOTAL', u.total), ('MEMBERS_ASSESSED', u.assessed), ('MEMBERS_EXCELLENT', u.excellent), ('MEMBERS_GOOD', u.good),
      ('MEMBERS_COMPLETED', u.assessed - u.ne - u.good - u.excellent), ('MEMBERS_NOT_COMPLETED', u.ne),
      ('MEMBERS_ADMITTED', floor(random() * 4)),
      ('ORGS_ASSESSED', 1), ('ORGS_EXCELLENT', (u.orgdraw < 0.15)::int), ('ORGS_GOOD', (u.orgdraw >= 0.15 AND u.orgdraw < 0.87)::int),
      ('ORGS_COMPLETED', (u.orgdraw >= 0.87 AND u.orgdraw < 0.98)::int), ('ORGS_NOT_COMPLETED', (u.orgdraw >= 0.98)::int),
      ('ORGS_4GOOD', (u.orgdraw < 0.87 AND random() < 0.9)::int), ('ORGS_NEW_NONSTATE', (random() < 0.02)::int),
      ('CELL_CONGRESSES', (random() < CASE WHEN $1 IN (2020, 2025) THEN 0.9 ELSE 0.05 END)::int),
      ('ORGS_DIGITAL', (random() < 0.45 + 0.09 * $2)::int),
      ('RECORDS_TOTAL', u.records), ('RECORDS_ONLINE', least(u.records, floor(u.records * (0.45 + 0.09 * $2 + random() * 0.1)))),
      ('CADRES_TRAINED', floor(random() * 3)), ('STAFF_CUT', floor(random() * 2)), ('INSPECTIONS', 1 + floor(random() * 4))
    ) AS v(code, value)
    JOIN "DataElement" de ON de."code" = v.code
    ORDER BY u."id", de."id"`, [year, t]);
  return rowCount ?? 0;
}

/** A unit (its id as SQL) has a unit below it: only those store rollup rows. */
const hasUnitsBelow = (id: string) => `EXISTS (SELECT 1 FROM "Committee" ch WHERE ch."parentId" = ${id})`;

/**
 * Rollup rows from the deepest level up, for units with subordinate units only (a leaf's totals are its figures,
 * read through the "CommitteeRollup" view): a unit's row is its own figure plus, for each child, the child's
 * row or, for a leaf child, its figure (SUM elements only; NONE elements keep the unit's own figure). Each level
 * reads the figures of its own and the next id range and the rollups of the level below: linear in figures + rollups.
 */
async function buildRollups(client: pg.Client, ranges: LevelRange[]): Promise<number> {
  return bottomUp(client, ranges, `
      INSERT INTO "Rollup" ("committeeId", "dataElementId", "year", "value", "unitCount", "submittedCount", "computedAt")
      SELECT k, e, y, SUM(v), SUM(n), SUM(s), now()
      FROM (
        SELECT f."committeeId" AS k, f."dataElementId" AS e, f."year" AS y, f."value" AS v, 1 AS n, (f."status" <> 'DRAFT')::int AS s
        FROM "Figure" f WHERE f."committeeId" BETWEEN $1 AND $2 AND ${hasUnitsBelow(`f."committeeId"`)}
        UNION ALL
        SELECT c."parentId", r."dataElementId", r."year", r."value", r."unitCount", r."submittedCount"
        FROM "Rollup" r
        JOIN "Committee" c ON c."id" = r."committeeId"
        JOIN "DataElement" de ON de."id" = r."dataElementId" AND de."aggregation" = 'SUM'
        WHERE r."committeeId" BETWEEN $3 AND $4
        UNION ALL
        SELECT c."parentId", f."dataElementId", f."year", f."value", 1, (f."status" <> 'DRAFT')::int
        FROM "Figure" f
        JOIN "Committee" c ON c."id" = f."committeeId"
        JOIN "DataElement" de ON de."id" = f."dataElementId" AND de."aggregation" = 'SUM'
        WHERE f."committeeId" BETWEEN $3 AND $4 AND NOT ${hasUnitsBelow(`f."committeeId"`)}
      ) x
      GROUP BY k, e, y
      ORDER BY k, e, y`);
}

/**
 * The rates' rollup rows (lib/figures/indicator-rollup.ts) the same way, level by level: a unit's row is its own
 * contribution plus its children's rows or, for a leaf child, its contribution (summable rates only above the unit).
 */
async function buildIndicatorRollups(client: pg.Client, ranges: LevelRange[]): Promise<number> {
  return bottomUp(client, ranges, `
      INSERT INTO "IndicatorRollup" ("committeeId", "indicatorId", "year", "numerator", "denominator", "unitCount", "submittedCount")
      SELECT k, ind, y, SUM(num), SUM(den), SUM(n), SUM(s)
      FROM (
        SELECT c."committeeId" AS k, c."indicatorId" AS ind, c."year" AS y, c."numerator" AS num, c."denominator" AS den, 1 AS n, c."submitted"::int AS s
        FROM "IndicatorContribution" c WHERE c."committeeId" BETWEEN $1 AND $2 AND ${hasUnitsBelow(`c."committeeId"`)}
        UNION ALL
        SELECT p."parentId", r."indicatorId", r."year", r."numerator", r."denominator", r."unitCount", r."submittedCount"
        FROM "IndicatorRollup" r
        JOIN "Committee" p ON p."id" = r."committeeId"
        JOIN "RateIndicator" ri ON ri."id" = r."indicatorId" AND ri."summable"
        WHERE r."committeeId" BETWEEN $3 AND $4
        UNION ALL
        SELECT p."parentId", c."indicatorId", c."year", c."numerator", c."denominator", 1, c."submitted"::int
        FROM "IndicatorContribution" c
        JOIN "Committee" p ON p."id" = c."committeeId"
        JOIN "RateIndicator" ri ON ri."id" = c."indicatorId" AND ri."summable"
        WHERE c."committeeId" BETWEEN $3 AND $4 AND NOT ${hasUnitsBelow(`c."committeeId"`)}
      ) x
      WHERE k IS NOT NULL
      GROUP BY k, ind, y
      ORDER BY k, ind, y`);
}

/**
 * Runs `statement` once per level, deepest first, with $1..$2 the level's id range and $3..$4 the range of the level
 * below (empty for the deepest); returns the rows written.
 */
async function bottomUp(client: pg.Client, ranges: LevelRange[], statement: string): Promise<number> {
  let total = 0;
  for (let i = ranges.length - 1; i >= 0; i--) {
    const level = ranges[i]!;
    const below = ranges[i + 1];
    const { rowCount } = await client.query(statement, [level.first, level.last, below?.first ?? 0, below?.last ?? -1]);
    total += rowCount ?? 0;
  }
  return total;
}

/**
 * Resolutions at several levels, copied from the demo: the 2020–2025 one (10 targets and a key task) at the
 * root, every province, a third of the districts and blocs; the 2025–2030 one (11 targets, 3 breakthroughs)
 * at the root, every province and a tenth of the grassroots units. Cumulative and member-count targets are
 * then scaled to each committee's own totals (±30%), so statuses come out mixed.
 */
async function insertResolutions(client: pg.Client, s: TreeShape, ranges: LevelRange[]): Promise<number> {
  const templates = TERMS.map((term) => {
    const seeds = RESOLUTIONS.filter((r) => r.term === term.name);
    return { term, seed: seeds.sort((a, b) => b.targets.length - a.targets.length)[0]! };
  });
  const provinceLevel = s.national ? 1 : 0;
  const at = (level: number) => ranges.find((r) => r.level === level) ?? { first: 0, last: -1 };
  const province = at(provinceLevel);
  const district = at(provinceLevel + 1);
  const grassroots = at(provinceLevel + 2);
  let targets = 0;
  for (const { term, seed } of templates) {
    const lower = term.startYear === 2020 ? { range: district, share: 1 / 3 } : { range: grassroots, share: 0.1 };
    await client.query(`
      INSERT INTO "Resolution" ("committeeId", "termId", "title", "number", "adoptedOn", "updatedAt")
      SELECT c."id", t."id", 'Nghị quyết Đại hội ' || c."name" || ', nhiệm kỳ ' || t."name", $2, $3::date, now()
      FROM "Committee" c, "Term" t
      WHERE t."name" = $1
        AND (c."id" = $4 OR c."id" BETWEEN $5 AND $6 OR (c."id" BETWEEN $7 AND $8 AND random() < $9))`,
      [term.name, seed.number, seed.adoptedOn, ranges[0]!.first, province.first, province.last, lower.range.first, lower.range.last, lower.share]);
    const rows = seed.targets.map((t, i) => ({
      position: seed.targets.slice(0, i).filter((x) => (x.category ?? "TARGET") === (t.category ?? "TARGET")).length + 1,
      category: t.category ?? "TARGET", kind: t.kind, titleVi: t.titleVi, titleEn: t.titleEn, indicator: t.indicator ?? null,
      comparator: t.comparator ?? "GTE", targetValue: t.targetValue ?? null, baselineValue: t.baselineValue ?? null,
      baselineYear: t.baselineYear ?? null, deadlineYear: t.deadlineYear ?? null,
    }));
    const { rowCount } = await client.query(`
      INSERT INTO "Target" ("resolutionId", "position", "category", "kind", "titleVi", "titleEn", "indicatorId", "comparator",
        "targetValue", "baselineValue", "baselineYear", "deadlineYear", "updatedAt")
      SELECT r."id", x."position", x."category"::"TargetCategory", x."kind"::"TargetKind", x."titleVi", x."titleEn", i."id",
             x."comparator"::"Comparator", x."targetValue", x."baselineValue", x."baselineYear", x."deadlineYear", now()
      FROM "Resolution" r JOIN "Term" t ON t."id" = r."termId" AND t."name" = $1
      CROSS JOIN jsonb_to_recordset($2::jsonb) AS x("position" int, "category" text, "kind" text, "titleVi" text, "titleEn" text,
        "indicator" text, "comparator" text, "targetValue" numeric, "baselineValue" numeric, "baselineYear" int, "deadlineYear" int)
      LEFT JOIN "Indicator" i ON i."code" = x."indicator"`, [term.name, JSON.stringify(rows)]);
    targets += rowCount ?? 0;
  }
  // Plans proportional to what the committee's subtree actually did: a term's total (2020–2025), or five times
  // the first year (2025–2030); member counts 10% above the first year. Each ±30%, so some lag and some exceed.
  await client.query(`
    UPDATE "Target" tg SET "targetValue" = greatest(1, round(x.base * (0.75 + random() * 0.55)))
    FROM (
      SELECT tg2."id", CASE WHEN tg2."kind" = 'TERM_CUMULATIVE' AND t."startYear" = 2020 THEN SUM(ro."value")
                            WHEN tg2."kind" = 'TERM_CUMULATIVE' THEN 5 * SUM(ro."value") FILTER (WHERE ro."year" = t."startYear")
                            ELSE 1.1 * SUM(ro."value") FILTER (WHERE ro."year" = t."startYear") END AS base
      FROM "Target" tg2
      JOIN "Resolution" r ON r."id" = tg2."resolutionId"
      JOIN "Term" t ON t."id" = r."termId"
      JOIN "Indicator" i ON i."id" = tg2."indicatorId" AND i."scale" = 1
      JOIN "IndicatorTerm" it ON it."indicatorId" = i."id"
      -- The view read per committee, by index, in both its branches (stored rows, a leaf's figures); OFFSET 0 keeps
      -- the planner from flattening it into a join, which on the new, unanalyzed rows scanned every figure (>7 min).
      CROSS JOIN LATERAL (
        SELECT v."year", v."value" FROM "CommitteeRollup" v
        WHERE v."committeeId" = r."committeeId" AND v."dataElementId" = it."dataElementId" AND v."year" BETWEEN t."startYear" AND t."endYear"
        OFFSET 0
      ) ro
      WHERE tg2."kind" IN ('TERM_CUMULATIVE', 'LEVEL_BY_DEADLINE')
      GROUP BY tg2."id", tg2."kind", t."startYear"
    ) x
    WHERE tg."id" = x."id" AND x.base IS NOT NULL`);
  await client.query(`
    UPDATE "Target" SET "baselineValue" = round("targetValue" / 1.1 * 0.95)
    WHERE "kind" = 'LEVEL_BY_DEADLINE' AND "indicatorId" IN (SELECT "id" FROM "Indicator" WHERE "scale" = 1)`);
  return targets;
}

/**
 * Accounts for the load test, all with the demo password: an administrator of the root, a viewer of the
 * first province, and BENCH_EDITORS editors, each scoped to one unit whose last year is still a draft
 * (figure saves need a draft year). One bcrypt hash serves them all (cost 12, as the app's).
 */
async function insertAccounts(client: pg.Client): Promise<number> {
  const hash = bcrypt.hashSync(BENCH_PASSWORD, 12);
  const { rowCount } = await client.query(`
    INSERT INTO "User" ("username", "displayName", "passwordHash", "role", "scopeCommitteeId", "updatedAt")
    SELECT 'bench.admin', 'Bench administrator', $1, 'ADMIN'::"Role", min("id"), now() FROM "Committee"
    UNION ALL
    SELECT 'bench.viewer', 'Bench viewer', $1, 'VIEWER'::"Role", min("id"), now() FROM "Committee" WHERE "kind" = 'PROVINCIAL'
    UNION ALL
    SELECT 'bench.editor.' || row_number() OVER (ORDER BY id), 'Bench editor', $1, 'EDITOR'::"Role", id, now()
    FROM (SELECT c."id" FROM "Committee" c JOIN "FigureYear" fy ON fy."committeeId" = c."id" AND fy."year" = $2 AND fy."status" = 'DRAFT'
          WHERE c."kind" IN ('CELL', 'GRASSROOTS') ORDER BY md5(c."id"::text) LIMIT $3) e`, [hash, LAST_YEAR, BENCH_EDITORS]);
  return rowCount ?? 0;
}
