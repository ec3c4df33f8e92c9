import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it("has every Vietnamese message in English too, and no English-only ones", () => {
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.vi).sort());
  });
});
