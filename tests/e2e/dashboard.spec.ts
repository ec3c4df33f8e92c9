import { expect, test } from "@playwright/test";
import { pdfPages, squash } from "../unit/reports-files";
import { expectNoPageScroll } from "./a11y";
import { signIn } from "./fixtures";

test.describe("term dashboards", () => {
  test("the leader sees the summary sentence and every target card, drills to a grassroots unit and back", async ({ page }, info) => {
    await signIn(page, "lanhdao.cqd");
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đảng bộ các cơ quan Đảng tỉnh");
    await expect(page.getByTestId("summary-sentence")).toHaveText(/^Đạt và vượt \d+\/11 chỉ tiêu/);
    const cards = page.getByRole("article");
    await expect(cards).toHaveCount(11);
    // 2025 + 2026 admissions so far against a term plan of 150.
    const admissions = cards.filter({ hasText: "Kết nạp 150 đảng viên mới trong nhiệm kỳ" });
    await expect(admissions).toContainText(/\d+\/150 đảng viên/);
    await expect(page.getByRole("heading", { name: "Nhiệm vụ trọng tâm và khâu đột phá" })).toBeVisible();
    await expectNoPageScroll(page);
    await page.screenshot({ path: info.outputPath("dashboard.png"), fullPage: true });

    await admissions.getByRole("link", { name: /Chi tiết/ }).click();
    await expect(page.getByRole("heading", { level: 2, name: /Kết nạp 150 đảng viên/ })).toBeVisible();
    // The chart is one named image; the table of its years is its text alternative.
    const chart = page.getByRole("img", { name: /Biểu đồ đường luỹ kế/ });
    await expect(chart).toBeVisible();
    await expect(page.locator(`[id="${await chart.getAttribute("aria-describedby")}"]`)).toHaveAccessibleName("Theo năm");
    await expect(chart.locator('[role=application], [tabindex]:not([tabindex="-1"])')).toHaveCount(0);
    await expectNoPageScroll(page);
    await page.screenshot({ path: info.outputPath("target-detail.png"), fullPage: true });

    await page.getByRole("link", { name: "Đảng bộ Văn phòng Tỉnh ủy" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đảng bộ Văn phòng Tỉnh ủy");
    await page.getByRole("link", { name: "Chi bộ Phòng Tổng hợp" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chi bộ Phòng Tổng hợp");
    await expect(page.getByText("Không có kế hoạch riêng").first()).toBeVisible();
    await page.getByRole("navigation", { name: "Tổ chức đảng" }).getByRole("link", { name: "Đảng bộ các cơ quan Đảng tỉnh" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đảng bộ các cơ quan Đảng tỉnh");
  });

  test("the bloc's mid-term review of 2020–2025 shows 547/700 = 78,14% and the 2021 miss of the 95% threshold", async ({ page }, info) => {
    await signIn(page, "admin");
    await page.goto("/dashboard");
    // The filters apply as they are chosen; a new term brings its own years.
    await page.getByLabel("Nhiệm kỳ").selectOption({ label: "2020–2025" });
    await page.getByLabel("Năm đánh giá").selectOption("2022");
    await expect(page).toHaveURL(/term=\d+.*year=2022/);
    // The province at mid-term: 4,700 admitted against 4,003 planned.
    await expect(page.getByRole("article").filter({ hasText: "Kết nạp 4.003 đảng viên" })).toContainText("4.700/4.003 đảng viên");
    await expect(page.getByRole("article").filter({ hasText: "Kết nạp 4.003 đảng viên" })).toContainText("Đạt 117,41% kế hoạch");
    await page.getByRole("link", { name: "So sánh các đơn vị trực thuộc" }).click();
    await page.getByRole("row", { name: /Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh/ }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
    const admissions = page.getByRole("article").filter({ hasText: "Kết nạp 700 đảng viên mới trong nhiệm kỳ" });
    await expect(admissions).toContainText("547/700 đảng viên");
    await expect(admissions).toContainText("Đạt 78,14% kế hoạch");
    await expect(page.getByTestId("summary-sentence")).toHaveText("Đạt và vượt 6/10 chỉ tiêu; 3/10 chỉ tiêu đang trong lộ trình thực hiện; 1 chỉ tiêu có nguy cơ không đạt (đạt 66,67%)");
    const rate = page.getByRole("article").filter({ hasText: "Hằng năm có từ 95% đảng viên hoàn thành tốt nhiệm vụ trở lên" });
    await expect(rate).toContainText("Có nguy cơ");
    await rate.getByRole("link", { name: /Chi tiết/ }).click();
    await expect(page.getByRole("row", { name: /2021/ })).toContainText("94,8%");
    await expect(page.getByRole("row", { name: /2021/ })).toContainText("Không đạt");
    await page.screenshot({ path: info.outputPath("bloc-rate-detail.png"), fullPage: true });
  });

  test("term and year apply as they are chosen: a new term brings its own years, and a year outside the term is named", async ({ page }) => {
    await signIn(page, "lanhdao.cqd");
    await page.goto("/dashboard");
    const term = page.getByRole("combobox", { name: "Nhiệm kỳ", exact: true });
    const year = page.getByRole("combobox", { name: "Năm đánh giá", exact: true });
    // No button to press: the choice is the action.
    await expect(page.getByRole("button", { name: "Xem", exact: true })).toHaveCount(0);
    await term.focus();
    await term.selectOption({ label: "2020–2025" });
    await expect(page).toHaveURL(/term=\d+/);
    await expect(year.locator("option")).toHaveText(["2020", "2021", "2022", "2023", "2024", "2025"]);
    // Focus stays on the field the user changed, so the keyboard carries on from there.
    await expect(term).toBeFocused();
    await year.selectOption("2022");
    await expect(page).toHaveURL(/year=2022/);
    await expect(page.getByRole("heading", { name: "Tổng hợp đến năm 2022" })).toBeVisible();
    await expect(year).toBeFocused();

    const termId = new URL(page.url()).searchParams.get("term");
    await page.goto(`/dashboard?term=${termId}&year=2026`);
    const shown = await year.inputValue();
    expect(["2020", "2021", "2022", "2023", "2024", "2025"]).toContain(shown);
    await expect(page.getByRole("status").filter({ hasText: "Năm 2026" })).toHaveText(`Năm 2026 không thuộc nhiệm kỳ 2020–2025; đang hiển thị năm ${shown}.`);
  });

  test("the comparison grid sorts subordinate units by a target, laggards first", async ({ page }, info) => {
    await signIn(page, "lanhdao.cqd");
    await page.goto("/dashboard/compare");
    const header = page.getByRole("columnheader", { name: /Tỉ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên/ });
    await header.getByRole("link").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect(page.getByRole("row")).toHaveCount(13);
    await page.screenshot({ path: info.outputPath("compare.png"), fullPage: true });
  });
});

test.describe("on paper", () => {
  test("the dashboard prints on A4: what it shows and when in a header, the cards and their charts, no navigation or filters", async ({ page }, info) => {
    test.skip(info.project.name !== "desktop", "the print layout does not depend on the window: run once");
    await signIn(page, "lanhdao.cqd");
    await page.goto("/dashboard");
    const cards = page.getByRole("article");
    await expect(cards).toHaveCount(11);
    await expect(page.getByRole("button", { name: "In / Tải PDF" })).toBeEnabled();

    await page.emulateMedia({ media: "print" });
    const header = page.getByTestId("print-header");
    await expect(header).toHaveText(/^Nhiệm kỳ 2025–2030 · Tổng hợp đến năm 20\d\d · In lúc \d\d:\d\d \d\d\/\d\d\/20\d\d$/);
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
    await expect(page.getByRole("combobox", { name: "Nhiệm kỳ", exact: true })).toBeHidden();
    await expect(page.getByRole("button", { name: "In / Tải PDF" })).toBeHidden();
    await expect(cards.first().getByRole("img")).toBeVisible();
    // A4 at 96 px per inch: the first sheet as the printer gets it (the page's margins are the sheet's).
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: info.outputPath("dashboard-print.png") });

    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // Vietnamese as typed (diacritics kept), the decimal comma, and nothing of the screen's navigation.
    const first = squash(pages[0]!);
    expect(first).toContain(squash("Đảng bộ các cơ quan Đảng tỉnh"));
    expect(first).toContain(squash("Nhiệm kỳ 2025–2030 · Tổng hợp đến năm"));
    expect(first).toMatch(/Đạtvàvượt\d+\/11chỉtiêu/);
    expect(pages.join("")).toMatch(/\d,\d+%/);
    expect(first).not.toContain("Nhậpsốliệu");
    expect(first).not.toContain("Nămđánhgiá");
    await page.emulateMedia({ media: "screen" });
  });
});

