import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { idSchema, optionalIdParam, versionSchema } from "@/lib/ids";
import { treeRootSchema } from "@/lib/committees/schema";

const root = path.resolve(import.meta.dirname, "../..");

describe("ids from requests", () => {
  it("are whole numbers within PostgreSQL's int4: 2147483648 and its kind are refused, not sent to a query", () => {
    for (const bad of ["2147483648", "99999999999", "0", "-1", "1.5", "1e400", "abc", ""]) {
      expect(idSchema.safeParse(bad).success, bad).toBe(false);
      expect(treeRootSchema.safeParse(bad).success, bad).toBe(false);
      expect(optionalIdParam.parse(bad), bad).toBeUndefined();
    }
    expect(idSchema.parse("2147483647")).toBe(2_147_483_647);
    expect(versionSchema.safeParse("2147483648").success).toBe(false);
  });

  it("are read with lib/ids.ts everywhere: no id schema of its own without the upper bound", () => {
    const sources = ["app", "lib"].flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f) && !f.includes("generated")).map((f) => path.join(dir, f)));
    const unbounded = sources.filter((f) => /\.int\(\)\.positive\(\)(?!\.max)/.test(readFileSync(path.join(root, f), "utf8")));
    expect(unbounded).toEqual([]);
  });
});
