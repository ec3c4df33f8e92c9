// The test gate itself: `npm test`'s script, run on a fixture where one test of one layer fails (or passes only on
// its retry), must exit non-zero and count it. The fixture's integration layer runs on the real integration setup.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/database";

function runGate(fail: string): Promise<{ code: number | null; output: string }> {
  // The fixture's vitest must not think it runs inside this one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST")));
  const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["scripts/test.ts", "--fixture", "tests/fixtures/gate"], {
    cwd: PROJECT_ROOT,
    env: { ...env, GATE_FAIL: fail, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, output })));
}

const closingLine = (output: string) => output.trim().split("\n").filter((l) => /^\d+ passed, \d+ failed/.test(l)).at(-1);

describe.concurrent("npm test fails when one test fails", { timeout: 300_000 }, () => {
  for (const layer of ["unit", "integration", "browser"]) {
    it(`in the ${layer} layer`, async () => {
      const { code, output } = await runGate(layer);
      expect(closingLine(output), output).toBe("3 passed, 1 failed, 0 skipped");
      expect(code, output).toBe(1);
    });
  }

  it("when a browser test passes only on its retry", async () => {
    const { code, output } = await runGate("flaky");
    expect(closingLine(output), output).toBe("3 passed, 1 failed, 0 skipped");
    expect(output).toContain("flaky, passed only on its retry: browser.spec.ts › reads a figure");
    expect(code, output).toBe(1);
  });
});
