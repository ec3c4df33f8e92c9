import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { signIn } from "./fixtures";

// Every page of app/**/page.tsx, as each role that may open it, checked by axe-core against WCAG 2.1 A and AA: a
// serious or critical violation fails the run. Pages with an id are reached through the link a user would follow.
// Read-only: nothing here changes data, so both projects share the database safely.

const EVERYONE = ["/dashboard", "/dashboard/compare", "/committees", "/resolutions", "/audit", "/figures", "/figures/overdue",
  "/inbox", "/account", "/account/two-factor"];
const LINKED: { from: string; link: RegExp }[] = [
  { from: "/dashboard", link: /^\/dashboard\/target\/\d+/ },
  { from: "/committees", link: /^\/committees\/\d+$/ },
];
const PAGES = {
  "canbo.vpty": [...EVERYONE, "/figures/import"],
  "lanhdao.cqd": [...EVERYONE, "/figures/review"],
  admin: [...EVERYONE, "/figures/import", "/figures/review", "/admin/accounts", "/admin/accounts/new", "/admin/calendar",
    "/admin/catalogue", "/admin/restructure", "/admin/terms", "/admin/tokens", "/admin/accounts/import", "/admin/committees/import"],
} as const;
const ADMIN_LINKED = [
  { from: "/admin/accounts", link: /^\/admin\/accounts\/\d+$/ },
  { from: "/committees", link: /^\/committees\/\d+$/, then: "/edit" },
];
// The province has no resolution of the current term: the administrator's target page is the agencies' committee's.
const AGENCIES = "Đảng bộ các cơ quan Đảng tỉnh";

async function check(page: Page, path: string) {
  const answer = await page.goto(path);
  expect(answer?.status(), path).toBeLessThan(400);
  // Cards and charts load on their own: check the page once they are in.
  await page.waitForLoadState("networkidle");
  await expectAccessible(page, path);
}

/** The first link on `from` whose path matches `link`: the page a user opens from there. */
async function linked(page: Page, from: string, link: RegExp, name?: string) {
  await page.goto(from);
  await page.waitForLoadState("networkidle");
  const links = name ? page.locator("main a[href]").filter({ hasText: name }) : page.locator("main a[href]");
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => link.test(h));
  expect(href, `a link ${link} on ${from}`).toBeTruthy();
  return href!;
}

test("the sign-in and activation pages", async ({ page }) => {
  await check(page, "/sign-in");
  await check(page, "/activate");
});

for (const [username, paths] of Object.entries(PAGES)) {
  test(`every page ${username} can open`, async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, username);
    for (const path of paths) await test.step(path, () => check(page, path));
    for (const { from, link } of LINKED) {
      const dashboard = username === "admin" && from === "/dashboard"
        ? `/dashboard?committee=${(await linked(page, "/committees", /^\/committees\/\d+$/, AGENCIES)).split("/").pop()}` : from;
      const href = await linked(page, dashboard, link);
      await test.step(href, () => check(page, href));
    }
    // The resolution of the account's own committee in the current term, or the page offering to set it up.
    await page.goto("/resolutions");
    await page.getByRole("button", { name: "Mở" }).click();
    await page.waitForURL(/\/resolutions(\/\d+|\?committee=)/);
    await test.step(page.url(), () => check(page, page.url()));
    if (username === "admin") {
      for (const { from, link, then } of ADMIN_LINKED) {
        const href = (await linked(page, from, link)) + (then ?? "");
        await test.step(href, () => check(page, href));
      }
    }
  });
}

test("the English pages", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "lanhdao.cqd");
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  for (const path of ["/dashboard", "/figures"]) await test.step(path, () => check(page, path));
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});
