import { describe, expect, it } from "vitest";
import { formatFigureInput, normalizeFigure, parseFigureInput } from "./number";

describe("reading what a clerk typed", () => {
  it("reads Vietnamese thousands dots and decimal commas, and plain digits", () => {
    expect(parseFigureInput("1.234", "vi")).toEqual({ ok: true, value: "1234" });
    expect(parseFigureInput("1.234.567", "vi")).toEqual({ ok: true, value: "1234567" });
    expect(parseFigureInput("12,5", "vi")).toEqual({ ok: true, value: "12.5" });
    expect(parseFigureInput("1.234,50", "vi")).toEqual({ ok: true, value: "1234.5" });
    expect(parseFigureInput(" 806 ", "vi")).toEqual({ ok: true, value: "806" });
    expect(parseFigureInput("1 234", "vi")).toEqual({ ok: true, value: "1234" });
    expect(parseFigureInput("007", "vi")).toEqual({ ok: true, value: "7" });
  });

  it("reads English separators in English", () => {
    expect(parseFigureInput("1,234", "en")).toEqual({ ok: true, value: "1234" });
    expect(parseFigureInput("12.5", "en")).toEqual({ ok: true, value: "12.5" });
  });

  it("treats an empty field as no figure", () => {
    expect(parseFigureInput("", "vi")).toEqual({ ok: true, value: null });
    expect(parseFigureInput("   ", "vi")).toEqual({ ok: true, value: null });
  });

  it("refuses what it cannot read for sure instead of guessing", () => {
    expect(parseFigureInput("12.5", "vi")).toEqual({ ok: false, key: "invalidNumber" });
    expect(parseFigureInput("1.23", "vi")).toEqual({ ok: false, key: "invalidNumber" });
    expect(parseFigureInput("abc", "vi")).toEqual({ ok: false, key: "invalidNumber" });
    expect(parseFigureInput("1,2,3", "vi")).toEqual({ ok: false, key: "invalidNumber" });
    expect(parseFigureInput("-5", "vi")).toEqual({ ok: false, key: "negative" });
    expect(parseFigureInput("0,12345", "vi")).toEqual({ ok: false, key: "tooManyDecimals" });
    expect(parseFigureInput("123456789012345", "vi")).toEqual({ ok: false, key: "tooLarge" });
  });

  it("shows stored values so that reading them back gives the same value", () => {
    expect(formatFigureInput("1234.5000", "vi")).toBe("1.234,5");
    expect(formatFigureInput("1234.5", "en")).toBe("1,234.5");
    expect(formatFigureInput("99999999999999.9999", "vi")).toBe("99.999.999.999.999,9999");
    expect(formatFigureInput(null, "vi")).toBe("");
    for (const value of ["0", "7", "806", "1234.5", "99999999999999.9999", "0.0001"]) {
      for (const locale of ["vi", "en"] as const) {
        expect(parseFigureInput(formatFigureInput(value, locale), locale)).toEqual({ ok: true, value: normalizeFigure(value) });
      }
    }
  });
});
