// Builds the app when its sources changed since the last build, so `npm start` is quick after the first run.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT, runBin } from "./database";

const INPUTS = ["app", "components", "lib", "public", "messages", "next.config.ts", "postcss.config.mjs",
  "tsconfig.json", "package-lock.json", "prisma/schema.prisma", "middleware.ts", "proxy.ts"];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = path.join(PROJECT_ROOT, ".next", "chitieu-source-hash");

function hashTree(hash: ReturnType<typeof createHash>, target: string) {
  if (!existsSync(target)) return;
  const stat = statSync(target);
  if (stat.isDirectory()) {
    for (const name of readdirSync(target).sort()) if (!SKIP.has(name)) hashTree(hash, path.join(target, name));
    return;
  }
  hash.update(path.relative(PROJECT_ROOT, target));
  hash.update(readFileSync(target));
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) hashTree(hash, path.join(PROJECT_ROOT, input));
  return hash.digest("hex");
}

export async function buildIfNeeded(log: (line: string) => void): Promise<void> {
  const current = sourceHash();
  const built = existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID")) && existsSync(STAMP)
    ? readFileSync(STAMP, "utf8") : "";
  if (built === current) return;
  log("Building the app (first start or changed sources; takes a minute or two)…");
  await runBin("next", ["build"], { NEXT_TELEMETRY_DISABLED: "1" }, false);
  writeFileSync(STAMP, current);
}
