import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

// What the serving stack must never get wrong, whatever Next.js keeps ("use cache", lib/cache/): one account never
// receives another's page, a writer's next page shows the write (every time, whichever of the two app processes
// answers), and a write through the second instance shows at the first's next request. 2030: in the current term,
// after the default review year, and written by no other test. Server behaviour, not layout: desktop only.
const UNIT = "Chi bộ Phòng Quản trị - Tài vụ";
const TARGET = /Kết nạp .* đảng viên mới/;
test.describe.configure({ mode: "serial" });
// eslint-disable-next-line no-empty-pattern
test.beforeEach(({}, info) => test.skip(info.project.name !== "desktop", "server behaviour: run once"));

/** The first number of a card's headline ("1.234/…" → 1234). */
async function cardNumber(page: Page): Promise<number> {
  const headline = page.getByRole("article").filter({ hasText: TARGET }).first().locator("p").first();
  await expect(headline).toBeVisible();
  return Number(/[\d.]+/.exec((await headline.textContent()) ?? "")![0].replace(/\./g, ""));
}

/** The figures form of UNIT for 2030, and the number of members admitted stored there. */
async function openForm(page: Page): Promise<string> {
  await page.goto("/figures");
  await page.getByLabel("Tổ chức đảng", { exact: true }).selectOption({ label: `\u2003${UNIT}` });
  await page.getByLabel("Năm", { exact: true }).selectOption("2030");
  await expect(page).toHaveURL(/year=2030/);
  return page.url();
}

async function save(page: Page, value: number) {
  await page.getByLabel("1. Kết nạp", { exact: true }).fill(String(value));
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(/Đã lưu bản nháp/);
}

const stored = async (page: Page) => Number((await page.getByLabel("1. Kết nạp", { exact: true }).inputValue()).replace(/\D/g, "") || "0");

test("two accounts of different scopes asking for the same pages in turn each get only their own", async ({ browser }) => {
  const leader = await (await browser.newContext()).newPage();
  const clerk = await (await browser.newContext()).newPage();
  await signIn(leader, "lanhdao.cqd");
  await signIn(clerk, "canbo.vpty");
  const committees = (await (await leader.request.get("/api/v1/committees")).json()).data as { id: number; code: string }[];
  const agencies = committees.find((c) => c.code === "AP-CQD")!.id;
  const office = committees.find((c) => c.code === "AP-CQD-01")!.id;
  const wide = `/dashboard?committee=${agencies}&year=2030`;
  const own = `/dashboard?committee=${office}&year=2030`;
  for (let round = 0; round < 5; round++) {
    for (const url of [wide, own]) {
      // The leader first, then the clerk, on the same URL: what one filled is what the other may be sent.
      const leaderAnswer = await leader.goto(url);
      expect(leaderAnswer?.status()).toBe(200);
      await expect(leader.getByRole("link", { name: "lanhdao.cqd", exact: true })).toBeVisible();
      await expect(leader.getByText("canbo.vpty")).toHaveCount(0);
      const clerkAnswer = await clerk.goto(url);
      if (url === wide) {
        // Outside the clerk's scope: refused, never the leader's page.
        expect(clerkAnswer?.status()).toBe(404);
        await expect(clerk.getByRole("article")).toHaveCount(0);
      } else {
        expect(clerkAnswer?.status()).toBe(200);
        // Same cards (the same for everyone allowed to see them), but the breadcrumb starts at the clerk's scope.
        expect(await cardNumber(clerk)).toBe(await cardNumber(leader));
        const trail = (p: Page) => p.getByRole("navigation", { name: "Tổ chức đảng", exact: true }).getByRole("listitem");
        await expect(trail(leader)).toHaveCount(2);
        await expect(trail(clerk)).toHaveCount(1);
        await expect(clerk.getByRole("link", { name: "canbo.vpty", exact: true })).toBeVisible();
      }
      await expect(clerk.getByText("lanhdao.cqd")).toHaveCount(0);
    }
  }
});

test("100 saves in a row, each followed by a reload: the dashboard always shows the value just saved", async ({ page }) => {
  test.setTimeout(600_000);
  await signIn(page, "canbo.vpty");
  const form = await openForm(page);
  const start = await stored(page);
  await page.goto("/dashboard?year=2030");
  const base = (await cardNumber(page)) - start;
  for (let round = 1; round <= 100; round++) {
    await page.goto(form);
    await save(page, start + round);
    // The dashboard of the clerk's committee sums the unit's figure: rendered by either process, kept or not.
    await page.goto("/dashboard?year=2030");
    expect(await cardNumber(page), `round ${round}`).toBe(base + start + round);
  }
});

test("a figure saved through the second instance shows at the first instance's next request", async ({ page, browser }, info) => {
  await signIn(page, "canbo.vpty");
  await page.goto("/dashboard?year=2030");
  const before = await cardNumber(page);
  // Once more, so that the first instance has the cards kept.
  await page.goto("/dashboard?year=2030");
  expect(await cardNumber(page)).toBe(before);

  const other = await (await browser.newContext({ baseURL: info.config.metadata.secondInstance as string })).newPage();
  await signIn(other, "canbo.vpty");
  await openForm(other);
  await save(other, (await stored(other)) + 9);

  await page.goto("/dashboard?year=2030");
  expect(await cardNumber(page)).toBe(before + 9);
});
