import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { ActionSpec } from "@/lib/auth/action";

/** Every action spec the app exports: each module of lib/ that builds one, every export with a permission and a run. */
export async function allActionSpecs(): Promise<[string, ActionSpec<z.ZodType, unknown>][]> {
  const lib = path.resolve(import.meta.dirname, "../../lib");
  const files = readdirSync(lib, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && readFileSync(path.join(lib, f), "utf8").includes("ActionSpec"));
  const specs: [string, ActionSpec<z.ZodType, unknown>][] = [];
  for (const file of files) {
    for (const [name, value] of Object.entries(await import(path.join(lib, file)))) {
      if (value && typeof value === "object" && "permission" in value && "run" in value) specs.push([`${file}: ${name}`, value as ActionSpec<z.ZodType, unknown>]);
    }
  }
  return specs;
}
