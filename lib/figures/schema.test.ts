import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { collectMessages, figureYearSchema, ruleReach, type YearRules } from "./schema";
import type { RuleElement } from "./types";

// A small catalogue shaped like the demo one: members at year end ⊇ assessed ⊇ four levels; a percent.
const el = (id: number, partOfId: number | null = null, classificationLevel: number | null = null, extra: Partial<RuleElement> = {}): RuleElement =>
  ({ id, valueType: "COUNT", partOfId, classificationLevel, levelCapPercent: null, sumOfId: null, sumSign: null, carriedFromId: null, ...extra });
const CATALOGUE: RuleElement[] = [
  el(1), el(2, 1, null, { levelCapPercent: "20.00" }), el(3, 2, 1), el(4, 2, 2), el(5, 2, 3), el(6, 2, 4),
  el(7, 2), // overlaps the levels (e.g. "4-good"): checked against the whole only
  el(8, null, null, { valueType: "PERCENT" }),
];
const ALL = CATALOGUE.map((e) => e.id);

function check(values: Record<number, string>, options: Partial<YearRules & { others: Record<number, string> }> = {}, notes: Record<number, string> = {}) {
  const { others = {}, ...rest } = options;
  const rules: YearRules = { catalogue: CATALOGUE, shown: ALL, locale: "vi", submit: false, ...rest };
  const result = figureYearSchema(rules).safeParse({
    others,
    values: Object.fromEntries(Object.entries(values)),
    notes: Object.fromEntries(Object.entries(notes)),
  });
  return result.success ? { ok: true as const, data: result.data } : { ok: false as const, ...collectMessages(result.error) };
}

describe("rules of a year's figures", () => {
  it("accepts a consistent year, empty fields in a draft and Vietnamese numbers", () => {
    const result = check({ 1: "1.045", 2: "1.000", 3: "150", 4: "800", 5: "45", 6: "5", 7: "1.000", 8: "97,5" });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.values.get(1)).toBe("1045");
    expect(check({ 1: "806" }).ok).toBe(true);
  });

  it("requires every field to submit", () => {
    expect(check({ 1: "806" }, { submit: true })).toMatchObject({ ok: false, errors: { 2: { key: "required" } } });
  });

  it("refuses fractions of a count and percentages above 100", () => {
    expect(check({ 1: "12,5", 8: "100,01" })).toMatchObject({ ok: false, errors: { 1: { key: "notWhole" }, 8: { key: "percentRange" } } });
    expect(check({ 8: "100" }).ok).toBe(true);
  });

  it("never lets a part exceed its whole", () => {
    expect(check({ 1: "800", 2: "801" })).toMatchObject({ ok: false, errors: { 2: { key: "partAboveWhole", params: { whole: 1, value: "800" } } } });
    expect(check({ 2: "10", 7: "11" })).toMatchObject({ ok: false, errors: { 7: { key: "partAboveWhole" } } });
  });

  it("puts the message on the whole when the part is not on the form", () => {
    const result = check({ 1: "100" }, { shown: [1], others: { 2: "120" } });
    expect(result).toMatchObject({ ok: false, errors: { 1: { key: "wholeBelowPart", params: { other: 2, value: "120" } } } });
  });

  it("never lets the classification levels together exceed the whole, but ignores overlapping parts", () => {
    const over = check({ 2: "100", 3: "10", 4: "60", 5: "30", 6: "1", 7: "100" });
    expect(over).toMatchObject({ ok: false, errors: { 6: { key: "levelsAboveWhole", params: { whole: 2, sum: "101", value: "100" } } } });
    expect(check({ 2: "100", 3: "10", 4: "60", 5: "30", 7: "100" }).ok).toBe(true);
  });

  it("warns when level 1 exceeds 20% of level 2, and accepts it with a note", () => {
    const warned = check({ 2: "100", 3: "13", 4: "60" });
    expect(warned).toMatchObject({ ok: false, errors: {}, warnings: { 3: { key: "levelCap", params: { cap: "20", limit: "12", other: 4 } } } });
    const noted = check({ 2: "100", 3: "13", 4: "60" }, {}, { 3: "Có 1 đồng chí được khen thưởng đột xuất" });
    expect(noted.ok).toBe(true);
    if (noted.ok) expect(noted.data.notes.get(3)).toBe("Có 1 đồng chí được khen thưởng đột xuất");
    expect(check({ 2: "100", 3: "12", 4: "60" }).ok).toBe(true);
    // People are whole: 20% of 32 members allows at most 6, not 6.4.
    expect(check({ 2: "100", 3: "7", 4: "32" })).toMatchObject({ warnings: { 3: { key: "levelCap", params: { limit: "6" } } } });
  });

  it("warns when a figure moves more than its element allows from last year, either way, and accepts it with a note", () => {
    const yearly: RuleElement[] = [el(1, null, null, { maxYearChangePercent: "20" }), el(9)];
    const run = (values: Record<number, string>, previous: Record<number, string>, notes: Record<number, string> = {}) => {
      const result = figureYearSchema({ catalogue: yearly, shown: [1, 9], locale: "vi", submit: false })
        .safeParse({ values, notes, previous: Object.fromEntries(Object.entries(previous)) });
      return result.success ? { ok: true as const } : { ok: false as const, ...collectMessages(result.error) };
    };
    // 45 → 55 is +22.2%; 45 → 54 is +20%, within; 45 → 35 is −22.2%.
    expect(run({ 1: "55" }, { 1: "45" })).toMatchObject({ ok: false, errors: {}, warnings: { 1: { key: "yearChange", params: { previous: "45", change: "22.2", max: "20" } } } });
    expect(run({ 1: "54" }, { 1: "45" }).ok).toBe(true);
    expect(run({ 1: "35" }, { 1: "45" })).toMatchObject({ warnings: { 1: { key: "yearChange", params: { change: "22.2" } } } });
    expect(run({ 1: "55" }, { 1: "45" }, { 1: "Sáp nhập chi bộ Phòng Quản trị" }).ok).toBe(true);
    // No basis: no figure last year, or 0; an element without a limit is never checked.
    expect(run({ 1: "55" }, {}).ok).toBe(true);
    expect(run({ 1: "55" }, { 1: "0" }).ok).toBe(true);
    expect(run({ 9: "500" }, { 9: "1" }).ok).toBe(true);
  });

  it("reports a format error instead of guessing", () => {
    expect(check({ 1: "12.5" })).toMatchObject({ ok: false, errors: { 1: { key: "invalidNumber" } } });
  });
});

describe("the rules' reach", () => {
  it("names every element whose stored value can change the check of a form", () => {
    // Any values (breaking rules or not), any form, any notes: the check sees the same with the others cut to the reach.
    const value = fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 1200 }).map(String));
    const values = fc.record(Object.fromEntries(ALL.map((id) => [id, value])) as Record<string, fc.Arbitrary<string>>);
    fc.assert(
      fc.property(values, fc.subarray(ALL, { minLength: 1 }), fc.subarray(ALL), (all, shown, noted) => {
        const typed = Object.fromEntries(shown.map((id) => [id, all[id]!]));
        const others = Object.fromEntries(ALL.filter((id) => !shown.includes(id) && all[id] !== "").map((id) => [id, all[id]!]));
        const notes = Object.fromEntries(noted.map((id) => [id, "ghi chú"]));
        const reach = ruleReach(CATALOGUE, shown);
        const reached = Object.fromEntries(Object.entries(others).filter(([id]) => reach.has(Number(id))));
        expect(check(typed, { shown, others: reached }, notes)).toEqual(check(typed, { shown, others }, notes));
      }),
      { numRuns: 2000 },
    );
  });

  it("reaches the whole and the levels beside a level, not the whole's whole", () => {
    expect([...ruleReach(CATALOGUE, [3])].sort()).toEqual([2, 3, 4, 5, 6, 7]);
    expect([...ruleReach(CATALOGUE, [8])]).toEqual([8]);
  });
});

describe("a statistical form's identities (Biểu 1: D = A + B − C, B = 1 + 2, A = last year's D)", () => {
  // 20 = D, 21 = A, 22 = B, 23 = C, 24/25 = B's rows, 26 = an "of which" row of 23.
  const FORM: RuleElement[] = [
    el(20), el(21, null, null, { sumOfId: 20, sumSign: 1, carriedFromId: 20 }), el(22, null, null, { sumOfId: 20, sumSign: 1 }),
    el(23, null, null, { sumOfId: 20, sumSign: -1 }), el(24, null, null, { sumOfId: 22, sumSign: 1 }), el(25, null, null, { sumOfId: 22, sumSign: 1 }),
    el(26, 23),
  ];
  const run = (values: Record<number, string>, lastYear: Record<number, string> = {}, shown = FORM.map((e) => e.id)) => {
    const result = figureYearSchema({ catalogue: FORM, shown, locale: "vi", submit: false })
      .safeParse({ values: Object.fromEntries(Object.entries(values)), notes: {}, lastYear: Object.fromEntries(Object.entries(lastYear)) });
    return result.success ? { ok: true } : { ok: false, ...collectMessages(result.error) };
  };
  const good = { 20: "818", 21: "806", 22: "27", 23: "15", 24: "24", 25: "3", 26: "2" };

  it("accepts a year that adds up, and one with a row still empty", () => {
    expect(run(good, { 20: "806" })).toEqual({ ok: true });
    expect(run({ ...good, 23: "" }, { 20: "806" })).toEqual({ ok: true });
  });

  it("refuses an end that is not start + increases − decreases, on the end's field", () => {
    expect(run({ ...good, 20: "819" })).toMatchObject({ ok: false, errors: { 20: { key: "sumMismatch", params: { sum: "818", value: "819" } } } });
  });

  it("refuses increases that are not the sum of their rows, and names the total when it is not on the form", () => {
    expect(run({ ...good, 25: "4" })).toMatchObject({ ok: false, errors: { 22: { key: "sumMismatch", params: { sum: "28", value: "27" } } } });
    expect(run({ 24: "24", 25: "4" }, {}, [24, 25])).toEqual({ ok: true });
  });

  it("refuses an 'of which' row above its row, and a start that is not last year's end", () => {
    expect(run({ ...good, 26: "16" })).toMatchObject({ ok: false, errors: { 26: { key: "partAboveWhole" } } });
    expect(run(good, { 20: "805" })).toMatchObject({ ok: false, errors: { 21: { key: "carriedMismatch", params: { other: 20, value: "805" } } } });
  });

  it("checks each breakdown of a total on its own (Biểu 2: admissions by age, by schooling), on the breakdown's last row", () => {
    // 24 = admissions (a row of B); 30/31 its age bands, 32/33 its schooling levels.
    const groups: RuleElement[] = [...FORM, ...[30, 31].map((id) => el(id, null, null, { sumOfId: 24, sumSign: 1, sumGroup: "AGE" })),
      ...[32, 33].map((id) => el(id, null, null, { sumOfId: 24, sumSign: 1, sumGroup: "SCHOOLING" }))];
    const check = (values: Record<number, string>) => {
      const result = figureYearSchema({ catalogue: groups, shown: groups.map((e) => e.id), locale: "vi", submit: false })
        .safeParse({ values: Object.fromEntries(Object.entries(values)), notes: {} });
      return result.success ? { ok: true } : { ok: false, ...collectMessages(result.error) };
    };
    const adding = { ...good, 30: "20", 31: "4", 32: "1", 33: "23" };
    // Each breakdown adds up to 24 on its own; together (48) they would not: one group is never summed with another.
    expect(check(adding)).toEqual({ ok: true });
    expect(check({ ...adding, 31: "5" })).toMatchObject({ ok: false, errors: { 31: { key: "groupMismatch", params: { sum: "25", value: "24", whole: 24 } } } });
    expect(check({ ...adding, 32: "2" })).toEqual({ ok: false, errors: { 33: { key: "groupMismatch", params: { sum: "25", value: "24", whole: 24 } } }, warnings: {} });
    // A breakdown not filled in yet is not checked.
    expect(check({ ...good, 30: "20", 32: "1", 33: "23" })).toEqual({ ok: true });
  });

  it("reads a long breakdown's empty rows as 0 once one row is entered, never requires them, and answers beside the row typed (Biểu 4)", () => {
    // 20 = members at year end; 40–43 its ethnic groups, most left empty by a unit; 44 the women of 40.
    const ethnic: RuleElement[] = [...FORM, ...[40, 41, 42, 43].map((id) => el(id, null, null, { sumOfId: 20, sumSign: 1, sumGroup: "ETHNIC", blankIsZero: true })),
      el(44, 40, null, { blankIsZero: true })];
    const check = (values: Record<number, string>, submit = false) => {
      const result = figureYearSchema({ catalogue: ethnic, shown: ethnic.map((e) => e.id), locale: "vi", submit, optional: FORM.map((e) => e.id) })
        .safeParse({ values: Object.fromEntries(Object.entries(values)), notes: {} });
      return result.success ? { ok: true } : { ok: false, ...collectMessages(result.error) };
    };
    const end = good[20]!;
    expect(check({ ...good, 40: String(Number(end) - 3), 42: "3", 44: "100" }, true)).toEqual({ ok: true });
    expect(check({ ...good, 40: String(Number(end) - 3), 42: "2" })).toEqual({ ok: false, errors: { 42: { key: "groupMismatch", params: { sum: String(Number(end) - 1), value: end, whole: 20 } } }, warnings: {} });
    expect(check({ ...good, 40: "3", 44: "4" })).toMatchObject({ ok: false, errors: { 40: { key: "groupMismatch" }, 44: { key: "partAboveWhole" } } });
    // Not begun: nothing to check, nothing required.
    expect(check(good, true)).toEqual({ ok: true });
  });

  it("reaches the rows of every identity a row is in", () => {
    expect([...ruleReach(FORM, [24])].sort()).toEqual([22, 24, 25]);
    expect([...ruleReach(FORM, [22])].sort()).toEqual([20, 21, 22, 23, 24, 25]);
  });
});
