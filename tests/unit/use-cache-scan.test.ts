// Every "use cache" function is shared by everyone allowed to see what it shows (lib/cache/expiry.ts has the rule):
// nothing of the viewer may reach it (it would either leak into another viewer's page or, in its key, stop the
// sharing), and it must carry a committee's tag, or no write would ever expire it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** The body of each function that starts with "use cache", up to the next top-level declaration. */
function cachedBodies(text: string): string[] {
  return [...text.matchAll(/^\s*"use cache";[\s\S]*?(?=\n(?:export |function |const |async function )|(?![\s\S]))/gm)].map((m) => m[0]);
}

describe('"use cache" functions', () => {
  const files = ["app", "components", "lib"].flatMap(sources).map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }))
    .filter(({ text }) => cachedBodies(text).length > 0);

  it("exist (the bodies of the dashboard and target pages)", () => {
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining([
      path.join("components", "dashboard", "dashboard-body.tsx"), path.join("components", "dashboard", "target-detail-body.tsx"),
    ]));
  });

  it("read nothing of the viewer and tag themselves with a committee", () => {
    for (const { file, text } of files) {
      for (const body of cachedBodies(text)) {
        expect(body, file).not.toMatch(/\bviewer\b|getViewer|requirePermission|getSession|cookies\(|headers\(|getUiLocale/);
        expect(body, file).toMatch(/cacheTag\(committeeTag\(/);
      }
    }
  });
});
