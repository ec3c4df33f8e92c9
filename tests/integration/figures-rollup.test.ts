// The stored rollup stays equal to a from-scratch recomputation through a long random mix of saves (creates,
// updates, removals), submissions, returns, approvals and unlocks across the demo tree, two at a time.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction, type ActionResult } from "@/lib/auth/action";
import { entryPlan, formNeeds, loadCatalogue, type CatalogueElement } from "@/lib/figures/elements";
import { approveYearSpec, returnYearSpec, saveDraftSpec, submitYearSpec, unlockYearSpec } from "@/lib/figures/mutations";
import { findRollupDrift } from "@/lib/figures/rollup";
import { formatFigureInput } from "@/lib/figures/number";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
let catalogue: CatalogueElement[];

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  catalogue = await loadCatalogue(t.sql);
});

/** mulberry32: a small seeded PRNG, so a failure replays exactly. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T,>(xs: T[]) => xs[Math.floor(next() * xs.length)]! };
}
type Rand = ReturnType<typeof prng>;

/**
 * A year's values that satisfy every rule, built from the catalogue (wholes first, then parts within them, the
 * classification levels splitting at most their whole), respecting stored parts the form does not show.
 */
function generateYear(rand: Rand, shown: CatalogueElement[], others: Map<number, number>) {
  const values = new Map<number, number>();
  const notes = new Map<number, string>();
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  const depth = (e: CatalogueElement): number => (e.partOfId !== null && byId.has(e.partOfId) ? 1 + depth(byId.get(e.partOfId)!) : 0);
  for (const e of [...shown].sort((a, b) => depth(a) - depth(b))) {
    if (values.has(e.id)) continue;
    const floor = Math.max(0, ...[...others].filter(([id]) => byId.get(id)?.partOfId === e.id).map(([, v]) => v));
    const whole = e.partOfId === null ? undefined : values.get(e.partOfId);
    if (whole === undefined) values.set(e.id, rand.int(floor, floor + 2000));
    else if (e.classificationLevel === null) values.set(e.id, rand.int(0, whole));
    else {
      const levels = shown.filter((s) => s.partOfId === e.partOfId && s.classificationLevel !== null)
        .sort((a, b) => a.classificationLevel! - b.classificationLevel!);
      let left = rand.int(0, whole);
      for (const l of levels.slice(1)) {
        const v = rand.int(0, left);
        values.set(l.id, v);
        left -= v;
      }
      const cap = byId.get(e.partOfId!)!.levelCapPercent;
      const good = values.get(levels[1]?.id ?? -1) ?? 0;
      let top = rand.int(0, left);
      if (cap && top * 100 > Number(cap) * good) {
        if (rand.next() < 0.5) top = Math.floor((Number(cap) * good) / 100);
        else notes.set(levels[0]!.id, "Giải trình: khen thưởng đột xuất");
      }
      values.set(levels[0]!.id, top);
    }
  }
  return { values, notes };
}

interface Tally {
  figureChanges: number;
  steps: number;
}

async function randomOp(rand: Rand, unit: string, year: number, tally: Tally): Promise<string> {
  const committeeId = demo.committees[unit]!;
  const admin = demo.viewers.admin;
  const row = await t.db.figureYear.findUnique({ where: { committeeId_year: { committeeId, year } } });
  const status = row?.status ?? "NOT_STARTED";
  const base = { committeeId, year, version: row?.version ?? 1 };
  const step = async (result: Promise<ActionResult<unknown>>, label: string) => {
    const r = await result;
    if (!r.ok) throw new Error(`${label} ${unit} ${year}: ${JSON.stringify(r.error)}`);
    tally.steps += 1;
    return label;
  };
  if (status === "SUBMITTED") {
    return rand.next() < 0.5
      ? step(runAction(approveYearSpec, admin, base, t.db), "approve")
      : step(runAction(returnYearSpec, admin, { ...base, comment: "Trả lại để kiểm tra" }, t.db), "return");
  }
  if (status === "APPROVED") {
    if (rand.next() < 0.25) {
      // An approved year is locked: a change is refused and nothing is written.
      const figure = (await t.db.figure.findFirstOrThrow({ where: { committeeId, year } }));
      const edit = { elementId: figure.dataElementId, value: String(Number(figure.value) + 1), version: figure.version };
      const refused = await runAction(saveDraftSpec, admin, { committeeId, year, fields: [edit] }, t.db);
      expect(refused).toMatchObject({ ok: false, error: { code: "REFUSED", key: "yearApproved" } });
      return "locked";
    }
    return step(runAction(unlockYearSpec, admin, { ...base, reason: "Điều chỉnh số liệu" }, t.db), "unlock");
  }
  const shown = entryPlan(catalogue, await formNeeds(t.sql, committeeId, year)).entered;
  const stored = await t.db.figure.findMany({ where: { committeeId, year } });
  const shownIds = new Set(shown.map((e) => e.id));
  const others = new Map(stored.filter((f) => !shownIds.has(f.dataElementId)).map((f) => [f.dataElementId, Number(f.value)]));
  const submit = rand.next() < 0.3;
  const { values, notes } = generateYear(rand, shown, others);
  const fields = shown.map((e) => {
    const blank = !submit && rand.next() < 0.15;
    const keep = !submit && rand.next() < 0.15;
    const current = stored.find((f) => f.dataElementId === e.id);
    const value = keep ? formatFigureInput(current ? current.value.toString() : null, "vi") : blank ? "" : formatFigureInput(String(values.get(e.id)), "vi");
    return { elementId: e.id, value, version: current?.version ?? 0, note: keep ? (current?.note ?? "") : (notes.get(e.id) ?? "") };
  });
  const result = await runAction(submit ? submitYearSpec : saveDraftSpec, admin, { committeeId, year, locale: "vi", fields }, t.db);
  if (!result.ok) {
    // Keeping stored values can meet freshly generated ones that break a rule: a refusal, nothing written.
    if (result.error.code === "INVALID" && result.error.details) return "refused";
    throw new Error(`save ${unit} ${year}: ${JSON.stringify(result)}`);
  }
  tally.figureChanges += result.data.changed;
  if (submit) tally.steps += 1;
  return submit ? "submit" : "save";
}

describe("stored rollup under a random sequence of edits", () => {
  it("equals a from-scratch recomputation after 500 edits (refused saves not counted), and the audit trail counts them one for one", async () => {
    const rand = prng(20261122);
    const units = Object.keys(demo.committees).filter((c) => /^AP-CQD-\d\d(-\d)?$/.test(c) || /^AP-KCQDN-0[1-4](-\d)?$/.test(c) || c === "AP-H1");
    const since = (await t.db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    const tally: Tally = { figureChanges: 0, steps: 0 };
    const kinds: Record<string, number> = {};
    const edits = () => Object.entries(kinds).filter(([k]) => k !== "refused").reduce((n, [, v]) => n + v, 0);
    for (let round = 0; edits() < 500; round++) {
      // Two edits at once on different units that share ancestors (and so rollup rows).
      const a = rand.pick(units);
      let b = rand.pick(units);
      while (b === a) b = rand.pick(units);
      // The agencies' committee reports from 2025 (2025–2030 targets); the bloc and districts for 2020–2025.
      const year = (unit: string) => rand.pick(unit.startsWith("AP-CQD") ? [2025, 2026, 2027] : [2024, 2025]);
      const done = await Promise.all([randomOp(prng(round * 2 + 1), a, year(a), tally), randomOp(prng(round * 2 + 2), b, year(b), tally)]);
      for (const k of done) kinds[k] = (kinds[k] ?? 0) + 1;
    }
    expect(edits()).toBeGreaterThanOrEqual(500);
    for (const k of ["save", "submit", "approve", "return", "unlock"]) expect(kinds[k], JSON.stringify(kinds)).toBeGreaterThan(5);

    expect(await findRollupDrift(t.sql)).toEqual([]);
    const mixed = await t.sql<{ n: number }>`
      SELECT COUNT(*)::int AS n FROM "Figure" f JOIN "FigureYear" y USING ("committeeId", "year") WHERE f."status" <> y."status"`;
    expect(mixed[0]!.n).toBe(0);
    const audit = await t.db.auditEvent.groupBy({ by: ["action"], where: { id: { gt: since } }, _count: true });
    const count = (prefix: string[]) => audit.filter((a) => prefix.includes(a.action)).reduce((s, a) => s + a._count, 0);
    expect(count(["figure.create", "figure.update", "figure.delete"])).toBe(tally.figureChanges);
    expect(count(["figure.submit", "figure.approve", "figure.return", "figure.unlock"])).toBe(tally.steps);
  }, 600_000);
});
