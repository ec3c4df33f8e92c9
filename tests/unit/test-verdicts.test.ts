import { describe, expect, it } from "vitest";
import { judgePlaywright, judgeVitest, summarise } from "../../scripts/lib/test-verdicts";

const vitest = (over: Record<string, unknown> = {}) => ({
  numPassedTests: 2, numFailedTests: 0, numPendingTests: 1, numTodoTests: 0, numTotalTests: 3, success: true,
  testResults: [{ name: "a.test.ts", status: "passed", assertionResults: [{ status: "passed" }, { status: "passed" }] }],
  ...over,
});

describe("judging vitest's report", () => {
  it("passes a clean report and counts skipped tests", () => {
    expect(judgeVitest(vitest(), 0)).toEqual({ passed: 2, failed: 0, skipped: 1, problems: [] });
  });

  it("fails a clean-looking report whose runner exited non-zero, and an exit 0 over failed tests", () => {
    expect(judgeVitest(vitest(), 1).problems).toEqual(["vitest exited with 1"]);
    expect(judgeVitest(vitest({ numFailedTests: 1, success: false }), 0).failed).toBe(1);
  });

  it("counts a file that failed outside its tests (an import or a hook) as a failure", () => {
    const broken = { name: "b.test.ts", status: "failed", assertionResults: [] };
    const verdict = judgeVitest(vitest({ success: false, testResults: [broken] }), 1);
    expect(verdict.failed).toBe(1);
    expect(verdict.problems).toEqual(["a test file failed outside its tests: b.test.ts"]);
  });

  it("fails a missing report and a run of no test", () => {
    expect(judgeVitest(undefined, 0).problems).toEqual(["vitest wrote no report (exit 0)"]);
    expect(judgeVitest(vitest({ numPassedTests: 0, numPendingTests: 0, numTotalTests: 0, testResults: [] }), 0).problems)
      .toEqual(["vitest ran no test"]);
  });
});

describe("judging Playwright's report", () => {
  const suites = [{ title: "x.spec.ts", specs: [{ title: "loads", tests: [{ projectName: "desktop", status: "flaky" }] }] }];

  it("counts a test that passed only on its retry as failed, and names it", () => {
    const verdict = judgePlaywright({ stats: { expected: 5, unexpected: 0, flaky: 1, skipped: 2 }, suites }, 0);
    expect(verdict).toEqual({ passed: 5, failed: 1, skipped: 2, problems: ["flaky, passed only on its retry: [desktop] x.spec.ts › loads"] });
  });

  it("fails a missing report, a run of no test, and an error outside the tests", () => {
    expect(judgePlaywright(undefined, 1).problems).toEqual(["Playwright wrote no report (exit 1)"]);
    expect(judgePlaywright({ stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 3 } }, 0).problems).toEqual(["Playwright ran no test"]);
    expect(judgePlaywright({ stats: { expected: 3 }, errors: [{}] }, 1).problems)
      .toEqual(["Playwright reported an error outside the tests", "Playwright exited with 1"]);
  });
});

it("sums the layers into the closing line and lists every reason to fail", () => {
  const { line, problems } = summarise([
    { layer: "vitest", verdict: { passed: 300, failed: 1, skipped: 0, problems: [] } },
    { layer: "Playwright", verdict: { passed: 60, failed: 0, skipped: 4, problems: [] } },
  ]);
  expect(line).toBe("360 passed, 1 failed, 4 skipped");
  expect(problems).toEqual(["vitest: 1 failed"]);
});
