import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrlOf, getScriptEnv } from "./lib/env";
import { createMigrationAdapter } from "./prisma/schema-engine-adapter";

// The WebAssembly schema engine runs through a driver adapter, so no native engine is ever downloaded.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    return createMigrationAdapter(databaseUrlOf(getScriptEnv()));
  },
});
