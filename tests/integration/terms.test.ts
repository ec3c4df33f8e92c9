// Terms: no overlap, edits and deletion only while no resolution uses them, every change audited in words.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/auth/action";
import type { Viewer } from "@/lib/auth/session";
import { auditSentence } from "@/lib/audit/sentence";
import type { ActionResult } from "@/lib/auth/action";
import { messageTranslator } from "@/lib/i18n/translator";
import { createTermSpec, deleteTermSpec, updateTermSpec } from "@/lib/targets/mutations";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
let admin: Viewer;

const names = async () => (await t.db.term.findMany({ orderBy: { startYear: "asc" } })).map((x) => x.name);
const words = (e: { action: string; entityId: string; before: unknown; after: unknown }, locale: "vi" | "en") =>
  auditSentence({ action: e.action, entityId: e.entityId, before: e.before as never, after: e.after as never }, locale, { elements: {}, committees: {} });

/** What the form shows for a refusal, in Vietnamese and English. */
function shown(result: ActionResult<unknown>, locale: "vi" | "en" = "vi"): string {
  if (result.ok) return "(accepted)";
  return messageTranslator(locale, "errors")(result.error.key, result.error.values as never);
}

beforeAll(async () => {
  await seedDemo(t.db);
  const user = await t.db.user.findUniqueOrThrow({ where: { username: "admin" } });
  admin = { userId: user.id, username: "admin", displayName: "Quản trị", role: "ADMIN", scopeCommitteeId: user.scopeCommitteeId, scopeCommitteeName: "AP", locale: "vi", totpEnabled: false };
});

describe("terms", () => {
  it("refuses a term overlapping another, with a message naming both, and stores nothing", async () => {
    const before = await names();
    expect(before).toEqual(["2020–2025", "2025–2030"]);
    const clash = await runAction(createTermSpec, admin, { startYear: "2027", endYear: "2032" }, t.db);
    expect(shown(clash)).toBe("Nhiệm kỳ 2027–2032 trùng với nhiệm kỳ 2025–2030; hai nhiệm kỳ chỉ được chung năm chuyển tiếp.");
    const inside = await runAction(createTermSpec, admin, { startYear: "2021", endYear: "2024" }, t.db);
    expect(shown(inside)).toBe("Nhiệm kỳ 2021–2024 trùng với nhiệm kỳ 2020–2025; hai nhiệm kỳ chỉ được chung năm chuyển tiếp.");
    expect(shown(await runAction(createTermSpec, admin, { startYear: "2025", endYear: "2030" }, t.db))).toBe("Nhiệm kỳ 2025–2030 đã có.");
    expect(shown(clash, "en")).toBe("The term 2027–2032 overlaps the term 2025–2030; terms may share only their boundary year.");
    expect(await names()).toEqual(before);
    // Sharing the boundary year is how consecutive terms meet.
    expect(await runAction(createTermSpec, admin, { startYear: "2030", endYear: "2035" }, t.db)).toMatchObject({ ok: true });
    expect(await names()).toEqual(["2020–2025", "2025–2030", "2030–2035"]);
  });

  it("corrects the years of an unused term, refusing an overlap, and audits it in words", async () => {
    const term = await t.db.term.findUniqueOrThrow({ where: { name: "2030–2035" } });
    const overlap = await runAction(updateTermSpec, admin, { id: String(term.id), startYear: "2028", endYear: "2033" }, t.db);
    expect(shown(overlap)).toBe("Nhiệm kỳ 2028–2033 trùng với nhiệm kỳ 2025–2030; hai nhiệm kỳ chỉ được chung năm chuyển tiếp.");
    expect(await runAction(updateTermSpec, admin, { id: String(term.id), startYear: "2031", endYear: "2036" }, t.db)).toMatchObject({ ok: true });
    expect(await names()).toEqual(["2020–2025", "2025–2030", "2031–2036"]);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "term.update" } });
    expect(words(event, "vi")).toBe("Sửa nhiệm kỳ 2030–2035 thành 2031–2036");
    expect(words(event, "en")).toBe("Changed the term 2030–2035 to 2031–2036");
  });

  it("keeps a term with resolutions, and deletes an unused one, audited", async () => {
    const used = await t.db.term.findUniqueOrThrow({ where: { name: "2025–2030" }, include: { _count: { select: { resolutions: true } } } });
    expect(used._count.resolutions).toBeGreaterThan(0);
    const message = `Nhiệm kỳ 2025–2030 đã có ${used._count.resolutions} nghị quyết nên không sửa hay xóa được.`;
    expect(shown(await runAction(deleteTermSpec, admin, { id: String(used.id) }, t.db))).toBe(message);
    expect(shown(await runAction(updateTermSpec, admin, { id: String(used.id), startYear: "2025", endYear: "2031" }, t.db))).toBe(message);
    expect(await names()).toEqual(["2020–2025", "2025–2030", "2031–2036"]);

    const unused = await t.db.term.findUniqueOrThrow({ where: { name: "2031–2036" } });
    expect(await runAction(deleteTermSpec, admin, { id: String(unused.id) }, t.db)).toMatchObject({ ok: true });
    expect(await names()).toEqual(["2020–2025", "2025–2030"]);
    expect(await runAction(deleteTermSpec, admin, { id: String(unused.id) }, t.db)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "term.delete" } });
    expect(words(event, "vi")).toBe("Xóa nhiệm kỳ 2031–2036");
  });

  it("refuses malformed years with the form's message", async () => {
    const backwards = await runAction(updateTermSpec, admin, { id: "1", startYear: "2030", endYear: "2025" }, t.db);
    expect(backwards).toMatchObject({ ok: false, error: { code: "INVALID", fields: { endYear: "targets.termYears" } } });
    expect(await runAction(deleteTermSpec, admin, { id: "abc" }, t.db)).toMatchObject({ ok: false });
    expect(await names()).toEqual(["2020–2025", "2025–2030"]);
  });
});
