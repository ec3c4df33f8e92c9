import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

test.describe("committee tree and committee page", () => {
  test.beforeEach(async ({ page }) => signIn(page, "admin"));

  test("shows the province tree in Vietnamese and opens the agencies' committee with its 2025–2030 targets", async ({ page }, info) => {
    await page.goto("/committees");
    await expect(page.getByRole("heading", { name: "Cây tổ chức đảng" })).toBeVisible();
    await expect(page.getByText("75 tổ chức đảng trong phạm vi theo dõi.")).toBeVisible();
    await page.screenshot({ path: info.outputPath("tree.png"), fullPage: true });

    await page.getByRole("link", { name: "Đảng bộ các cơ quan Đảng tỉnh" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Đảng bộ các cơ quan Đảng tỉnh" })).toBeVisible();
    await expect(page.getByText("10/02/2025")).toBeVisible();
    const targets = page.getByRole("table", { name: "Chỉ tiêu (11)" });
    await expect(targets.getByRole("row")).toHaveCount(12);
    await expect(targets.getByRole("row", { name: /Kết nạp 150 đảng viên mới trong nhiệm kỳ/ })).toContainText("150 đảng viên");
    await expect(targets.getByRole("row", { name: /không quá 1%/ })).toContainText("không quá 1%");
    await expect(page.getByRole("table", { name: "Khâu đột phá (3)" })).toContainText("Đúng tiến độ");
    await expect(page.getByRole("link", { name: "Chi bộ Ban Tổ chức Tỉnh ủy" })).toBeVisible();
    await page.screenshot({ path: info.outputPath("committee.png"), fullPage: true });
  });

  test("switches to English with the keyboard and keeps the choice", async ({ page }) => {
    await page.goto("/committees");
    const english = page.getByRole("button", { name: "English" });
    await english.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Party organization tree" })).toBeVisible();
    await page.getByRole("link", { name: "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Party Committee of the Provincial Agencies and Enterprises Bloc");
    await expect(page.getByRole("table", { name: "Targets (10)" }).getByRole("row", { name: /Admit 700 new members/ }))
      .toContainText("700 members");
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
  });

  test("answers not-found for a committee id that does not exist or is not a number", async ({ page }) => {
    for (const path of ["/committees/999999", "/committees/abc", "/committees/-1"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    }
  });
});

test("the committee search behind the fields answers within the account's subtree only", async ({ page, request, baseURL }) => {
  const signedOut = await request.get(`${baseURL}/api/v1/committees/search?q=chi bo`);
  expect(signedOut.status()).toBe(401);
  await signIn(page, "canbo.cqd02");
  const find = async (q: string) =>
    ((await (await page.request.get(`/api/v1/committees/search?${new URLSearchParams({ q })}`)).json()) as { data: { name: string }[] }).data.map((c) => c.name);
  expect(await find("")).toEqual(["Chi bộ Ban Tổ chức Tỉnh ủy"]);
  expect(await find("van phong")).toEqual([]);
  const tooLong = await page.request.get(`/api/v1/committees/search?q=${"a".repeat(101)}`);
  expect(tooLong.status()).toBe(400);
});
