import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let committeeId: number;
let elementId: number;

beforeAll(async () => {
  const c = await t.db.committee.create({ data: { code: "T1", name: "Chi bộ Thử nghiệm", kind: "CELL", validFrom: new Date("2020-01-01") } });
  const e = await t.db.dataElement.create({
    data: { code: "MEMBERS_ADMITTED", nameVi: "Đảng viên mới", nameEn: "Admitted", unitVi: "đảng viên", unitEn: "members", valueType: "COUNT", groupCode: "ADMISSIONS" },
  });
  committeeId = c.id;
  elementId = e.id;
});

describe("the database itself refuses bad data", () => {
  it("rejects a second figure for the same committee, data element and year", async () => {
    await t.db.figure.create({ data: { committeeId, dataElementId: elementId, year: 2022, value: 194 } });
    await expect(t.db.figure.create({ data: { committeeId, dataElementId: elementId, year: 2022, value: 12 } }))
      .rejects.toMatchObject({ code: "P2002" });
    const stored = await t.db.figure.findMany({ where: { committeeId, year: 2022 } });
    expect(stored.map((f) => Number(f.value))).toEqual([194]);
  });

  it("rejects a negative count", async () => {
    await expect(t.db.figure.create({ data: { committeeId, dataElementId: elementId, year: 2023, value: -1 } }))
      .rejects.toThrow(/Figure_value_non_negative/);
    expect(await t.db.figure.count({ where: { year: 2023 } })).toBe(0);
  });

  it("rejects a year outside 1930–2100 and a term that ends before it starts", async () => {
    await expect(t.db.figure.create({ data: { committeeId, dataElementId: elementId, year: 20222, value: 1 } }))
      .rejects.toThrow(/Figure_year/);
    await expect(t.db.term.create({ data: { name: "2030–2025", startYear: 2030, endYear: 2025 } }))
      .rejects.toThrow(/Term_year_range/);
  });

  it("keeps the audit trail append-only", async () => {
    const event = await t.db.auditEvent.create({ data: { action: "figure.update", entityType: "Figure", entityId: "1" } });
    await expect(t.db.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect((await t.db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("figure.update");
  });

  it("rejects a quantitative target without an indicator or plan", async () => {
    const term = await t.db.term.create({ data: { name: "2020–2025", startYear: 2020, endYear: 2025 } });
    const resolution = await t.db.resolution.create({ data: { committeeId, termId: term.id, title: "Nghị quyết" } });
    await expect(t.db.target.create({
      data: { resolutionId: resolution.id, position: 1, kind: "TERM_CUMULATIVE", titleVi: "Kết nạp", titleEn: "Admit" },
    })).rejects.toThrow(/Target_quantitative_complete/);
  });
});
