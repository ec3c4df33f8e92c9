import { describe, expect, it } from "vitest";
import { DATA_ELEMENTS } from "../../prisma/seed/catalogue";
import { FIGURES } from "../../prisma/seed/figures";

// The demo's figures as the form's rules read them: committee:year → code → value.
const years = new Map<string, Map<string, number>>();
for (const f of FIGURES) {
  const key = `${f.committee}:${f.year}`;
  if (!years.has(key)) years.set(key, new Map());
  years.get(key)!.set(f.element, f.value);
}
const form1 = DATA_ELEMENTS.filter((e) => e.form?.code === "1");

describe("the demo's Biểu 1-BTCTW (the form's identities on the seed)", () => {
  it("fills every row of Biểu 1 wherever members at year end are entered, never negative", () => {
    let checked = 0;
    for (const [key, values] of years) {
      if (!values.has("MEMBERS_TOTAL")) continue;
      for (const e of form1) expect(values.get(e.code), `${key} ${e.code}`).toBeGreaterThanOrEqual(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("fills every row of Biểu 3 wherever members at year end are entered, never negative", () => {
    const form3 = DATA_ELEMENTS.filter((e) => e.form?.code === "3");
    expect(form3).toHaveLength(49);
    let checked = 0;
    for (const [key, values] of years) {
      if (!values.has("MEMBERS_TOTAL")) continue;
      for (const e of form3) expect(values.get(e.code), `${key} ${e.code}`).toBeGreaterThanOrEqual(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("adds up: every total is the signed sum of its rows (each breakdown of Biểu 2 and 3, Biểu 4's ethnic groups, on their own), an 'of which' row stays under its row", () => {
    const sums = [...new Set(DATA_ELEMENTS.flatMap((e) => (e.sumOf ? [`${e.sumOf}|${e.sumGroup ?? ""}`] : [])))];
    expect(sums).toEqual(expect.arrayContaining(["MEMBERS_ADMITTED|OCCUPATION", "MEMBERS_ADMITTED|AGE", "MEMBERS_ADMITTED|SCHOOLING", "ADM_OCC_ENTERPRISE|",
      "MEMBERS_TOTAL|OCCUPATION", "MEMBERS_TOTAL|AGE", "MEMBERS_TOTAL|JOINED", "MEMBERS_TOTAL|SCHOOLING", "MEM_WORKING|", "MEM_OCC_ENTERPRISE|", "MEMBERS_TOTAL|ETHNIC"]));
    const parts = DATA_ELEMENTS.filter((e) => e.partOf && e.form);
    let checked = 0;
    for (const [key, values] of years) {
      if (!values.has("MEMBERS_START")) continue;
      for (const group of sums) {
        const [total, name] = group.split("|");
        const sum = DATA_ELEMENTS.filter((e) => e.sumOf === total && (e.sumGroup ?? "") === name).reduce((s, e) => s + (e.sumSign ?? 1) * (values.get(e.code) ?? (e.blankIsZero ? 0 : NaN)), 0);
        expect(sum, `${key} ${group}`).toBe(values.get(total!));
      }
      // Biểu 4's rows a unit does not have stay empty; every other row is entered.
      for (const part of parts) if (!part.blankIsZero || values.has(part.code)) expect(values.get(part.code)!, `${key} ${part.code}`).toBeLessThanOrEqual(values.get(part.partOf!)!);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("starts each year where the unit ended the last, and the agencies' committee from the 611 members it took over", () => {
    for (const [key, values] of years) {
      const [committee, year] = key.split(":");
      const before = years.get(`${committee}:${Number(year) - 1}`)?.get("MEMBERS_TOTAL");
      if (before !== undefined && values.has("MEMBERS_START")) expect(values.get("MEMBERS_START"), key).toBe(before);
    }
    const agencies2025 = [...years].filter(([k]) => k.startsWith("AP-CQD-") && k.endsWith(":2025"));
    expect(agencies2025.reduce((s, [, v]) => s + (v.get("MEMBERS_START") ?? 0), 0)).toBe(611);
    expect(agencies2025.reduce((s, [, v]) => s + (v.get("MEMBERS_TOTAL") ?? 0), 0)).toBe(806);
  });
});
