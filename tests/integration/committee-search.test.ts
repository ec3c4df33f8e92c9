// Finding a committee by typing: marks, case and word order do not matter, only the scope's units in force are
// found, and a committee field lists a small scope whole but only searches a large one.
import { beforeAll, describe, expect, it } from "vitest";
import { toSearchKey } from "@/lib/committees/search-key";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";
import { loadDemo, type Demo } from "./figures-fixtures";

const t = useTestDatabase();
let demo: Demo;
let search: typeof import("@/lib/committees/search");

beforeAll(async () => {
  await seedDemo(t.db);
  demo = await loadDemo(t.db);
  process.env.DATABASE_URL = t.url;
  // The demo province has 75 units in force, its agencies' committee 21: one is searched, the other listed.
  process.env.COMMITTEE_LIST_MAX = "30";
  search = await import("@/lib/committees/search");
});

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe("the search key", () => {
  it("is the same in the database (trigger) as in the app, for every unit of the demo", async () => {
    const rows = await t.sql<{ code: string; name: string; nameEn: string | null; searchKey: string }>`
      SELECT "code", "name", "nameEn", "searchKey" FROM "Committee"`;
    expect(rows.length).toBeGreaterThan(90);
    for (const r of rows) expect(r.searchKey).toBe(toSearchKey([r.code, r.name, r.nameEn].filter((x) => x !== null).join(" ")));
    expect(toSearchKey("Chi bộ Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk")).toBe("chi bo uy ban mttq viet nam tinh dak lak");
  });

  it("follows a rename made by any writer", async () => {
    const id = demo.committees["AP-CQD-04"]!;
    await t.sql`UPDATE "Committee" SET "name" = 'Chi bộ Ủy ban Kiểm tra Tỉnh ủy (đổi tên)' WHERE "id" = ${id}`;
    const [row] = await t.sql<{ searchKey: string }>`SELECT "searchKey" FROM "Committee" WHERE "id" = ${id}`;
    expect(row!.searchKey).toContain("chi bo uy ban kiem tra tinh uy (doi ten)");
    await t.sql`UPDATE "Committee" SET "name" = 'Chi bộ Ủy ban Kiểm tra Tỉnh ủy' WHERE "id" = ${id}`;
  });
});

describe("searchCommittees", () => {
  const province = () => demo.viewers.admin.scopeCommitteeId;

  it("finds a unit typed without marks, in capitals or in another word order", async () => {
    for (const typed of ["chi bo ban to chuc", "CHI BỘ BAN TỔ CHỨC", "tổ chức ban chi"]) {
      expect(names(await search.searchCommittees(province(), typed))).toEqual(["Chi bộ Ban Tổ chức Tỉnh ủy"]);
    }
  });

  it("finds by code and by English name, the exact code first", async () => {
    const byCode = await search.searchCommittees(province(), "ap-cqd-01");
    expect(byCode[0]).toMatchObject({ code: "AP-CQD-01", name: "Đảng bộ Văn phòng Tỉnh ủy" });
    expect(byCode.map((r) => r.code)).toEqual(["AP-CQD-01", "AP-CQD-01-1", "AP-CQD-01-2", "AP-CQD-01-3"]);
    expect(names(await search.searchCommittees(province(), "organization board"))).toEqual(["Chi bộ Ban Tổ chức Tỉnh ủy"]);
  });

  it("names the parent and grandparent inside the scope, nearest first, and orders by level", async () => {
    const rows = await search.searchCommittees(province(), "phong tong hop");
    expect(rows).toEqual([expect.objectContaining({
      name: "Chi bộ Phòng Tổng hợp", depth: 3, parents: ["Đảng bộ Văn phòng Tỉnh ủy", "Đảng bộ các cơ quan Đảng tỉnh"],
    })]);
    const fromAgencies = await search.searchCommittees(demo.committees["AP-CQD-01"]!, "phong tong hop");
    expect(fromAgencies[0]!.parents).toEqual(["Đảng bộ Văn phòng Tỉnh ủy"]);
    const all = await search.searchCommittees(province(), "", 50);
    expect(all[0]).toMatchObject({ code: "AP", depth: 0, parents: [] });
    expect(all.map((r) => r.depth)).toEqual([...all.map((r) => r.depth)].sort((a, b) => a - b));
  });

  it("finds nothing outside the scope, no ended unit, and treats % and _ as letters", async () => {
    const cell = demo.committees["AP-CQD-02"]!;
    expect(names(await search.searchCommittees(cell, "van phong"))).toEqual([]);
    expect(names(await search.searchCommittees(cell, ""))).toEqual(["Chi bộ Ban Tổ chức Tỉnh ủy"]);
    // "Chi bộ Nhà khách Tỉnh ủy" ended in the 2025 merger.
    expect(await search.searchCommittees(province(), "nha khach")).toEqual([]);
    expect(await search.searchCommittees(province(), "%")).toEqual([]);
    expect(await search.searchCommittees(province(), "_")).toEqual([]);
  });

  it("returns at most the limit asked for", async () => {
    expect(await search.searchCommittees(province(), "chi bo", 5)).toHaveLength(5);
  });
});

describe("getCommitteeChoices", () => {
  it("lists a small scope whole, in tree order, indented by level", async () => {
    const agencies = demo.committees["AP-CQD"]!;
    const inForce = await t.db.committeeClosure.count({ where: { ancestorId: agencies, descendant: { validTo: null } } });
    const choices = await search.getCommitteeChoices(agencies);
    expect(choices.search).toBe(false);
    expect(choices.options).toHaveLength(inForce);
    expect(choices.options.slice(0, 3).map((o) => o.label)).toEqual([
      "Đảng bộ các cơ quan Đảng tỉnh", "\u2003Đảng bộ Văn phòng Tỉnh ủy", "\u2003\u2003Chi bộ Phòng Tổng hợp",
    ]);
  });

  it("only searches a large scope, labelling just the units asked for that lie in it", async () => {
    const bloc = demo.committees["AP-KCQDN"]!;
    const outside = (await t.db.committee.create({ data: { code: "X-1", name: "Đảng bộ khác", kind: "PROVINCIAL", validFrom: new Date("2020-01-01") } })).id;
    const choices = await search.getCommitteeChoices(demo.viewers.admin.scopeCommitteeId, bloc, outside);
    expect(choices).toEqual({ search: true, options: [{ value: String(bloc), label: "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", name: "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh" }] });
  });
});
