import { describe, expect, it } from "vitest";
import { daysLate, entryClosedSince, entryClosedValues, entryNotOpenValues, entryOpensOn, lastReportingYear, lockedYearRefusal, submittedOnTime, vietnamDate, type DeadlineInForce } from "./write-rules";

// The agencies' committee's 2026 calendar: entry until 15/01/2027, set by the province.
const calendar: DeadlineInForce = {
  opensOn: "2026-12-01", entryDeadline: "2027-01-15", approvalDeadline: "2027-01-31",
  setById: 1, setByName: "Đảng bộ tỉnh An Phú", setByNameEn: "An Phu Provincial Party Committee", extendedUntil: null,
};

describe("where and when a figure may be written", () => {
  it("lets a unit that ended on 10 Feb 2025 report up to 2024, and one in force any year", () => {
    expect(lastReportingYear(2025)).toBe(2024);
    expect(lastReportingYear(null)).toBeNull();
  });

  it("keeps entry open through the deadline day in Vietnam, closed from the next, and an extension moves it", () => {
    // 16:59 UTC on 15 January is 23:59 in Vietnam: still the deadline day.
    expect(entryClosedSince(calendar, vietnamDate(new Date("2027-01-15T16:59:00Z")))).toBeNull();
    expect(entryClosedSince(calendar, vietnamDate(new Date("2027-01-15T17:00:00Z")))).toBe("2027-01-15");
    expect(entryClosedSince({ ...calendar, extendedUntil: "2027-01-20" }, "2027-01-18")).toBeNull();
    expect(entryClosedSince({ ...calendar, extendedUntil: "2027-01-20" }, "2027-01-21")).toBe("2027-01-20");
    expect(entryClosedSince(null, "2030-01-01")).toBeNull();
    expect(entryClosedValues(calendar, "2027-01-15", "vi")).toEqual({ date: "15/01/2027", committee: "Đảng bộ tỉnh An Phú" });
  });

  it("keeps entry shut before the opening day in Vietnam, an extension notwithstanding, and says when it opens", () => {
    // 16:59 UTC on 30 November is 23:59 in Vietnam: the day before opening; 17:00 is midnight of 1 December.
    expect(entryOpensOn(calendar, vietnamDate(new Date("2026-11-30T16:59:00Z")))).toBe("2026-12-01");
    expect(entryOpensOn(calendar, vietnamDate(new Date("2026-11-30T17:00:00Z")))).toBeNull();
    expect(entryOpensOn({ ...calendar, extendedUntil: "2027-01-20" }, "2026-11-15")).toBe("2026-12-01");
    expect(entryOpensOn(calendar, "2027-02-10")).toBeNull();
    expect(entryOpensOn(null, "2020-01-01")).toBeNull();
    expect(entryNotOpenValues("2026-12-01", 2026, "vi")).toEqual({ year: "2026", date: "01/12/2026" });
    expect(entryNotOpenValues("2026-12-01", 2026, "en")).toMatchObject({ year: "2026" });
  });

  it("counts a submission on time up to the deadline day, late after, and days late from the deadline", () => {
    expect(submittedOnTime(calendar, new Date("2027-01-15T02:00:00Z"))).toBe(true);
    expect(submittedOnTime(calendar, new Date("2027-01-16T02:00:00Z"))).toBe(false);
    expect(submittedOnTime(null, new Date("2027-01-16T02:00:00Z"))).toBeNull();
    expect(daysLate("2027-01-15", "2027-01-25")).toBe(10);
  });

  it("refuses changes to a submitted year, and to an approved one unless an importer who may unlock asks to", () => {
    expect(lockedYearRefusal("DRAFT")).toBeNull();
    expect(lockedYearRefusal("NOT_STARTED")).toBeNull();
    expect(lockedYearRefusal("SUBMITTED", { asked: true, allowed: true })).toBe("yearSubmitted");
    expect(lockedYearRefusal("APPROVED")).toBe("yearApproved");
    expect(lockedYearRefusal("APPROVED", { asked: true, allowed: false })).toBe("unlockForbidden");
    expect(lockedYearRefusal("APPROVED", { asked: true, allowed: true })).toBeNull();
  });
});
