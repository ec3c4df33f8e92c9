import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_CLIENT_NAMESPACES, CLIENT_COMPONENT_NAMESPACES, clientMessages, type ClientComponent } from "@/lib/i18n/client-messages";
import { MESSAGES } from "@/lib/i18n/messages";

const root = path.resolve(__dirname, "../..");
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? (f === "generated" ? [] : files(p)) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe("messages sent to the browser", () => {
  it("include every namespace a client component reads", () => {
    const used = new Set<string>();
    for (const file of ["app", "components", "lib"].flatMap((d) => files(path.join(root, d)))) {
      const text = readFileSync(file, "utf8");
      if (!text.startsWith('"use client"')) continue;
      for (const m of text.matchAll(/useTranslations\(\s*"([A-Za-z]+)/g)) used.add(m[1]!);
      expect(text, `${file} reads messages without a namespace`).not.toMatch(/useTranslations\(\s*\)/);
    }
    expect(used.size).toBeGreaterThan(5);
    const listed: string[] = [...BASE_CLIENT_NAMESPACES, ...Object.values(CLIENT_COMPONENT_NAMESPACES).flat()];
    expect([...used].filter((ns) => !listed.includes(ns))).toEqual([]);
  });

  it("leave out what only the server renders, in both languages", () => {
    for (const locale of ["vi", "en"] as const) {
      expect(Object.keys(clientMessages(MESSAGES[locale]))).toEqual(["errors", "committeePicker"]);
      const picked = clientMessages(MESSAGES[locale], Object.keys(CLIENT_COMPONENT_NAMESPACES) as ClientComponent[]);
      expect(Object.keys(picked)).toHaveLength(16);
      expect(picked).not.toHaveProperty("dashboard");
      expect(picked).not.toHaveProperty("nav");
      expect(Object.keys(clientMessages(MESSAGES[locale], ["reportDownload"]))).toEqual(["errors", "committeePicker", "reports"]);
    }
  });
});
