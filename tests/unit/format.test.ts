import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent, formatRatio } from "@/lib/i18n/format";

describe("number formatting as Party reports write it", () => {
  it("uses a decimal comma and dot thousands in Vietnamese", () => {
    expect(formatPercent(78.14, "vi")).toBe("78,14%");
    expect(formatNumber(8793, "vi")).toBe("8.793");
    expect(formatRatio(8793, 6500, "vi")).toBe("8.793/6.500");
    expect(`${formatRatio(547, 700, "vi")}, đạt ${formatPercent(78.14, "vi")}`).toBe("547/700, đạt 78,14%");
  });

  it("uses a decimal point and comma thousands in English", () => {
    expect(formatPercent(78.14, "en")).toBe("78.14%");
    expect(formatNumber(8793, "en")).toBe("8,793");
    expect(formatRatio(4700, 4003, "en")).toBe("4,700/4,003");
  });

  it("drops trailing zeros but keeps at most the decimals asked for", () => {
    expect(formatPercent(600, "vi")).toBe("600%");
    expect(formatNumber(117.4123, "vi", 1)).toBe("117,4");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
  });

  it("writes calendar dates day first in Vietnamese", () => {
    expect(formatDate(new Date("2025-02-10"), "vi")).toBe("10/02/2025");
    expect(formatDate(new Date("2025-02-10"), "en")).toBe("10 Feb 2025");
  });
});
