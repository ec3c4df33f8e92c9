import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.resolve(__dirname, "../../lib/i18n/messages");

// The messages index merges files with a shallow spread: a namespace defined in two files silently loses one.
describe("per-feature message files", () => {
  it("never redefine a top-level namespace of another file", () => {
    const owners = new Map<string, string[]>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".vi.json") || f === "vi.json")) {
      const messages = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;
      for (const key of Object.keys(messages)) owners.set(key, [...(owners.get(key) ?? []), file]);
    }
    expect(owners.size).toBeGreaterThan(10);
    expect([...owners].filter(([, f]) => f.length > 1)).toEqual([]);
  });

  it("are all merged into the messages of each locale", () => {
    const index = readFileSync(path.join(dir, "index.ts"), "utf8");
    for (const file of readdirSync(dir).filter((f) => /^\w+\.(vi|en)\.json$/.test(f))) {
      expect(index, file).toContain(`./${file}`);
    }
  });
});
