// Shared page checks: WCAG 2.1 A/AA by axe-core, and the phone layout rules (no sideways page scroll).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

/** Runs axe on the page as it is now; fails on any serious or critical violation, naming the rule and the elements. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const report = blocking.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5)
    .map((n) => `    ${n.target.join(" ")}  ${n.failureSummary?.split("\n").slice(0, 2).join(" ") ?? ""}`).join("\n")}`);
  // Soft: one run lists every page's violations, and the test still fails.
  expect.soft(report, `${what}: accessibility violations`).toEqual([]);
}

/** The page itself never scrolls sideways (wide tables scroll inside their own box). */
export async function expectNoPageScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll, `page ${widths.scroll}px wide in a ${widths.inner}px window`).toBeLessThanOrEqual(widths.inner);
}
