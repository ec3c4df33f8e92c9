import { describe, expect, it } from "vitest";
import dashboardVi from "@/lib/i18n/messages/dashboard.vi.json";
import figuresVi from "@/lib/i18n/messages/figures.vi.json";
import reportsVi from "@/lib/i18n/messages/reports.vi.json";
import targetsVi from "@/lib/i18n/messages/targets.vi.json";
import vi from "@/lib/i18n/messages/vi.json";

// The messages index merges files with a shallow spread: a namespace defined in two files silently loses one.
describe("per-feature message files", () => {
  it("never redefine a top-level namespace of another file", () => {
    const files = { vi, dashboardVi, figuresVi, reportsVi, targetsVi };
    const owners = new Map<string, string[]>();
    for (const [file, messages] of Object.entries(files)) {
      for (const key of Object.keys(messages)) owners.set(key, [...(owners.get(key) ?? []), file]);
    }
    expect([...owners].filter(([, f]) => f.length > 1)).toEqual([]);
  });
});
