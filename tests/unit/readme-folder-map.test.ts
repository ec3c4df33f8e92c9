// The README's folder map must name every top-level folder of app/, components/ and lib/, and nothing else there,
// so that it stays true as folders come and go. The README stays short: it is for users and operators.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const readmePath = path.join(root, "README.md");
const TOPS = ["app", "components", "lib"] as const;

function folderMapSection(readme: string): string {
  const start = readme.search(/^## Folder map\s*$/m);
  if (start < 0) throw new Error("README.md has no '## Folder map' section");
  const rest = readme.slice(start + 1);
  const next = rest.search(/^## /m);
  return next < 0 ? rest : rest.slice(0, next);
}

function foldersOnDisk(): string[] {
  return TOPS.flatMap((top) =>
    readdirSync(path.join(root, top), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${top}/${entry.name}/`),
  ).sort();
}

function foldersInMap(section: string): string[] {
  const named = new Set<string>();
  for (const match of section.matchAll(/`((?:app|components|lib)\/[^/`\s]+\/)/g)) named.add(match[1]!);
  return [...named].sort();
}

describe("README.md", () => {
  const readme = readFileSync(readmePath, "utf8");

  it("is under 12,000 bytes", () => {
    expect(statSync(readmePath).size).toBeLessThan(12_000);
  });

  it("names every top-level folder of app/, components/ and lib/ in its folder map", () => {
    const inMap = new Set(foldersInMap(folderMapSection(readme)));
    expect(foldersOnDisk()).toContain("lib/progress/");
    expect(foldersOnDisk().filter((folder) => !inMap.has(folder))).toEqual([]);
  });

  it("names no folder in its folder map that does not exist", () => {
    const onDisk = new Set(foldersOnDisk());
    expect(foldersInMap(folderMapSection(readme)).filter((folder) => !onDisk.has(folder))).toEqual([]);
  });
});
