import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { auditSentence, type AuditFacts } from "@/lib/audit/sentence";
import { PERMISSIONS } from "@/lib/auth/permissions";

const names = { elements: { "17": "Hồ sơ công việc phát sinh" }, committees: { "5": "Đảng bộ các cơ quan Đảng tỉnh", "9": "Chi bộ Phòng Tổng hợp" } };
const event = (action: string, before: AuditFacts["before"] = null, after: AuditFacts["after"] = null, entityId = "1"): AuditFacts => ({ action, entityId, before, after });

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" ? [] : sources(file);
    return file.endsWith(".ts") && !file.endsWith(".test.ts") ? [file] : [];
  });
}

describe("the audit trail in words", () => {
  it("knows every action the code records (besides permission names, which share the dotted form)", () => {
    const found = new Set<string>();
    for (const file of ["lib", "prisma", "scripts"].flatMap((dir) => sources(path.resolve(dir)))) {
      const code = readFileSync(file, "utf8");
      for (const m of code.matchAll(/["'`]((?:figure|account|auth|api_token|term|installation|demo|resolution|target|element|indicator|setting|committee)\.[A-Za-z_]+)["'`]/g)) found.add(m[1]!);
    }
    // Built from a variable part: restructuring operations and a merge's or split's unit.
    for (const op of ["move", "merge", "split", "rename", "dissolve"]) found.add(`restructure.${op}`);
    const actions = [...found].filter((a) => !(PERMISSIONS as readonly string[]).includes(a) || (AUDIT_ACTIONS as readonly string[]).includes(a));
    expect(actions.filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    expect(actions.length).toBeGreaterThan(40);
  });

  it("reads every action as a sentence in Vietnamese and in English, without raw data", () => {
    for (const action of AUDIT_ACTIONS) {
      const vi = auditSentence(event(action), "vi", names);
      const en = auditSentence(event(action), "en", names);
      for (const sentence of [vi, en]) {
        expect(sentence, action).not.toMatch(/[{}]|undefined|\[object|NaN/);
        expect(sentence, action).not.toContain(action);
      }
      expect(vi, action).not.toBe(en);
    }
  });

  it("says what an import, a figure change, a return and a merge did", () => {
    const imported = event("figure.import", null, { source: "good.csv", created: 10, updated: 3, deleted: 0, committees: 2, years: [2026, 2026], unlocked: [] });
    expect(auditSentence(imported, "vi", names)).toBe("Nhập tệp good.csv: 10 số liệu mới, 3 sửa, 0 xóa ở 2 tổ chức, năm 2026");
    expect(auditSentence(imported, "en", names)).toBe("Imported good.csv: 10 new, 3 changed, 0 deleted in 2 organizations, 2026");
    const stale = event("figure.import", null, { source: "cu.xlsx", created: 0, updated: 1, deleted: 1, committees: 1, years: [2025, 2026], overwritten: [16, 17], unlocked: [] });
    expect(auditSentence(stale, "vi", names)).toBe("Nhập tệp cu.xlsx: 0 số liệu mới, 1 sửa, 1 xóa ở 1 tổ chức, năm 2025–2026; ghi đè 2 số liệu đã thay đổi sau khi tải tệp");

    const changed = event("figure.update", { value: "45", note: null }, { value: "46.5", note: "Bổ sung 2 đồng chí chuyển đến" }, "9:17:2026");
    expect(auditSentence(changed, "vi", names)).toBe("Sửa Hồ sơ công việc phát sinh năm 2026: 45 → 46,5 (ghi chú: “Bổ sung 2 đồng chí chuyển đến”)");
    expect(auditSentence(changed, "en", names)).toBe("Changed Hồ sơ công việc phát sinh for 2026: 45 → 46.5 (note: “Bổ sung 2 đồng chí chuyển đến”)");
    expect(auditSentence(event("figure.return", null, { year: 2027, status: "DRAFT", comment: "Thiếu số liệu quý IV" }, "9:2027"), "vi", names))
      .toBe("Trả lại số liệu năm 2027: “Thiếu số liệu quý IV”");
    expect(auditSentence(event("committee.merge", { parentId: 1, validTo: null }, { successorId: 5, validTo: "2025-02-10" }), "vi", names))
      .toBe("Sáp nhập vào Đảng bộ các cơ quan Đảng tỉnh từ 10/02/2025");
  });

  it("says which number and signer were kept for the next report", () => {
    const kept = event("report.details", { number: null, signerName: null }, { number: "25", signerName: "Nguyễn Văn Bình" });
    expect(auditSentence(kept, "vi", names)).toBe("Ghi số báo cáo và người ký cho lần tải sau: số 25, người ký Nguyễn Văn Bình");
    expect(auditSentence(kept, "en", names)).toBe("Kept the report number and signer for the next download: No. 25, signed by Nguyễn Văn Bình");
  });

  it("says which restructuring was scheduled or cancelled, and for when", () => {
    const scheduled = event("restructure.schedule", null, { operation: { op: "merge", effectiveFrom: "2027-07-01" }, effectiveFrom: "2027-07-01" });
    expect(auditSentence(scheduled, "vi", names)).toBe("Lên lịch sáp nhập từ ngày 01/07/2027");
    expect(auditSentence({ ...scheduled, action: "restructure.cancel" }, "en", names)).toBe("Cancelled the merger scheduled from 1 Jul 2027");
  });

  it("an action this build does not know reads as its code, not as data", () => {
    expect(auditSentence(event("future.thing", null, { secret: 1 }), "vi", names)).toBe("Thao tác future.thing");
  });
});
