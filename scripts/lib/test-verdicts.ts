// How `npm test` judges a runner: from its own JSON report, and from its exit code. A runner can exit 0 over
// failed tests (a dependency's exit hook did once), so neither alone is trusted; a missing report, or one that
// counts no test, is a failure too. A browser test that passed only on its retry is flaky, and fails the run.

/** What one runner's report says; `problems` are reasons to fail beyond failed tests (no report, flaky tests…). */
export interface Verdict { passed: number; failed: number; skipped: number; problems: string[] }

interface VitestFile { name: string; status: string; assertionResults: { status: string }[] }
interface VitestReport {
  numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numTotalTests: number;
  success: boolean; testResults: VitestFile[];
}

export function judgeVitest(report: unknown, exitCode: number): Verdict {
  const r = report as VitestReport | undefined;
  if (!r?.testResults) return { passed: 0, failed: 0, skipped: 0, problems: [`vitest wrote no report (exit ${exitCode})`] };
  // A file that fails to load, or whose hooks fail, has no failed test of its own: it counts as one failure.
  const brokenFiles = r.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"));
  const verdict: Verdict = {
    passed: r.numPassedTests,
    failed: r.numFailedTests + brokenFiles.length,
    skipped: r.numPendingTests + r.numTodoTests,
    problems: brokenFiles.map((f) => `a test file failed outside its tests: ${f.name}`),
  };
  if (r.numTotalTests === 0) verdict.problems.push("vitest ran no test");
  if (!r.success && verdict.failed === 0) verdict.problems.push("vitest reported an error outside the tests");
  if (exitCode !== 0 && verdict.failed === 0) verdict.problems.push(`vitest exited with ${exitCode}`);
  return verdict;
}

interface PlaywrightSuite {
  title: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; tests: { projectName: string; status: string }[] }[];
}
interface PlaywrightReport { stats: Record<string, number>; suites?: PlaywrightSuite[]; errors?: unknown[] }

function flakyTests(suites: PlaywrightSuite[] = [], trail: string[] = []): string[] {
  return suites.flatMap((suite) => {
    const here = suite.title ? [...trail, suite.title] : trail;
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests.filter((t) => t.status === "flaky").map((t) => `${t.projectName ? `[${t.projectName}] ` : ""}${[...here, spec.title].join(" › ")}`));
    return [...own, ...flakyTests(suite.suites, here)];
  });
}

export function judgePlaywright(report: unknown, exitCode: number): Verdict {
  const r = report as PlaywrightReport | undefined;
  if (!r?.stats) return { passed: 0, failed: 0, skipped: 0, problems: [`Playwright wrote no report (exit ${exitCode})`] };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = r.stats;
  const verdict: Verdict = { passed: expected, failed: unexpected + flaky, skipped, problems: [] };
  for (const name of flakyTests(r.suites)) verdict.problems.push(`flaky, passed only on its retry: ${name}`);
  if (expected + unexpected + flaky === 0) verdict.problems.push("Playwright ran no test");
  if ((r.errors?.length ?? 0) > 0 && verdict.failed === 0) verdict.problems.push("Playwright reported an error outside the tests");
  if (exitCode !== 0 && verdict.failed === 0) verdict.problems.push(`Playwright exited with ${exitCode}`);
  return verdict;
}

/** The closing line every run prints, and the reasons it failed (none: the run passed). */
export function summarise(verdicts: { layer: string; verdict: Verdict }[]): { line: string; problems: string[] } {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const problems: string[] = [];
  for (const { layer, verdict } of verdicts) {
    total.passed += verdict.passed;
    total.failed += verdict.failed;
    total.skipped += verdict.skipped;
    if (verdict.failed) problems.push(`${layer}: ${verdict.failed} failed`);
    problems.push(...verdict.problems.map((p) => `${layer}: ${p}`));
  }
  return { line: `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`, problems };
}
