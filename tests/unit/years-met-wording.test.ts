import { describe, expect, it } from "vitest";
import { messageTranslator } from "@/lib/i18n/translator";

describe("years met, as cards and reports word it", () => {
  it("reads '1 of 1 year met' in English, not '1 of 1 years', and the plural for more", () => {
    const card = messageTranslator("en", "dashboard");
    expect(card("yearsMet", { met: 1, reported: 1 })).toBe("1 of 1 year met");
    expect(card("yearsMet", { met: 2, reported: 3 })).toBe("2 of 3 years met");
    const report = messageTranslator("en", "reports.document");
    expect(report("cell.yearsMet", { met: 1, reported: 1 })).toBe("1 of 1 year met");
    expect(report("cell.yearsMet", { met: 2, reported: 3 })).toBe("2 of 3 years met");
  });

  it("carries no English plural into the Vietnamese wording", () => {
    expect(messageTranslator("vi", "dashboard")("yearsMet", { met: 1, reported: 1 })).not.toMatch(/years?/);
  });
});
