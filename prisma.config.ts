import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/schema-engine-adapter";

// The WebAssembly schema engine runs through a driver adapter, so no native engine is ever downloaded.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run through `npm start` or set it to a PostgreSQL URL");
    return createMigrationAdapter(url);
  },
});
