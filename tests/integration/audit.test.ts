import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { auditSentence } from "@/lib/audit/sentence";
import type { Viewer } from "@/lib/auth/session";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let ids: Record<string, number>;
let listAuditEvents: typeof import("@/lib/audit/queries").listAuditEvents;

const admin = (): Viewer => ({
  userId: 1, username: "admin", displayName: "Quản trị", role: "ADMIN", scopeCommitteeId: ids.AP!, scopeCommitteeName: "AP", locale: "vi", totpEnabled: false,
});
const viewerOf = (scope: string): Viewer => ({ ...admin(), role: "VIEWER", scopeCommitteeId: ids[scope]! });

beforeAll(async () => {
  await seedDemo(t.db);
  ids = Object.fromEntries((await t.db.committee.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));
  process.env.DATABASE_URL = t.url;
  ({ listAuditEvents } = await import("@/lib/audit/queries"));
  const sql = t.sql;
  await recordAudit(sql, { actorId: null, action: "auth.sign_in", entityType: "User", entityId: 1, committeeId: ids.AP! });
  await recordAudit(sql, {
    actorId: null, action: "committee.move", entityType: "Committee", entityId: ids["AP-CQD-01-1"]!, committeeId: ids["AP-CQD-01-1"]!,
    before: { parentId: ids["AP-CQD-01"]! }, after: { parentId: ids["AP-CQD-02"]!, effectiveFrom: "2026-07-01" },
  });
});

describe("the audit page's list", () => {
  it("shows restructuring in a unit's history, in words with the committees' names, and hides sign-ins unless asked for", async () => {
    const page = await listAuditEvents(admin(), ids["AP-CQD-01-1"]!, {});
    const moved = page.events.find((e) => e.action === "committee.move")!;
    expect(auditSentence({ ...moved, before: moved.before, after: moved.after }, "vi", { elements: {}, committees: page.committees }))
      .toMatch(/^Chuyển từ Đảng bộ Văn phòng Tỉnh ủy sang trực thuộc .+ từ 01\/07\/2026$/);

    const root = await listAuditEvents(admin(), ids.AP!, {});
    expect(root.events.some((e) => e.action === "auth.sign_in")).toBe(false);
    const signIns = await listAuditEvents(admin(), ids.AP!, { action: "signIns" });
    expect(signIns.events.map((e) => e.action)).toEqual(["auth.sign_in"]);
  });

  it("gives a viewer restructuring of their subtree but never sign-ins or account events", async () => {
    const viewer = viewerOf("AP-CQD");
    expect((await listAuditEvents(viewer, ids["AP-CQD"]!, {})).events.map((e) => e.action)).toContain("committee.move");
    expect((await listAuditEvents(viewer, ids["AP-CQD"]!, { action: "signIns" })).events.some((e) => e.action === "auth.sign_in")).toBe(false);
  });
});

describe("the audit download", () => {
  it("is the filtered list as CSV, in words, with formula-looking text escaped", async () => {
    const { renderAuditCsv } = await import("@/lib/audit/csv");
    await recordAudit(t.sql, {
      actorId: null, action: "figure.return", entityType: "FigureYear", entityId: `${ids["AP-CQD-01-1"]}:2027`, committeeId: ids["AP-CQD-01-1"]!,
      after: { year: 2027, status: "DRAFT", comment: "=HYPERLINK(\"http://x\")" },
    });
    const { events, committees } = await listAuditEvents(admin(), ids["AP-CQD-01-1"]!, { action: "workflow" }, 10_000);
    const csv = renderAuditCsv(events, { elements: {}, committees }, "vi", ["Thời điểm", "Người thực hiện", "Tổ chức", "Nội dung"], "Hệ thống");
    const lines = csv.replace("\ufeff", "").split("\r\n");
    expect(lines[0]).toBe("Thời điểm;Người thực hiện;Tổ chức;Nội dung");
    expect(lines[1]).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4};Hệ thống;Chi bộ Phòng Tổng hợp;"Trả lại số liệu năm 2027: “=HYPERLINK\(""http:\/\/x""\)”"$/);
    expect(csv.split("\r\n").some((line) => /;[=+\-@]/.test(line))).toBe(false);
  });
});
