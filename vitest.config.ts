import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
// Server-only modules (lib/db, queries) run in integration tests as they do on the server.
const serverAlias = { ...alias, "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          environment: "node",
          // Property tests run thousands of cases: on a loaded two-core machine 5 s is not enough for some.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias: serverAlias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
