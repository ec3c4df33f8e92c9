import { expect, test, type Page } from "@playwright/test";
import { chooseCommittee, signIn } from "./fixtures";

// Runs after the desktop and tablet projects (see playwright.config.ts), each project on its own pair of units.
const PAIRS = {
  "desktop-restructure": { merged: "Chi bộ Hội Nông dân tỉnh", into: "Chi bộ Ủy ban MTTQ Việt Nam tỉnh" },
  "tablet-restructure": { merged: "Chi bộ Tỉnh đoàn", into: "Chi bộ Văn phòng Đoàn ĐBQH và HĐND tỉnh" },
} as const;
const AGENCIES = "Đảng bộ các cơ quan Đảng tỉnh";

/** The text of every target card of the agencies' committee's dashboard for 2025 (approved, so nothing else moves it). */
async function cards(page: Page, committeeId: string): Promise<string[]> {
  await page.goto(`/dashboard?committee=${committeeId}&year=2025`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(AGENCIES);
  await expect(page.getByRole("article")).toHaveCount(11);
  return page.getByRole("article").allInnerTexts();
}

test("an administrator merges two grassroots units; the agencies' committee's dashboard keeps the same totals", async ({ page }, info) => {
  test.setTimeout(120_000);
  const pair = PAIRS[info.project.name as keyof typeof PAIRS];
  test.skip(!pair, "runs in the restructure projects");
  await signIn(page, "admin");
  await page.goto("/committees");
  await page.getByRole("link", { name: AGENCIES, exact: true }).click();
  await expect(page).toHaveURL(/\/committees\/\d+$/);
  const committeeId = new URL(page.url()).pathname.split("/").at(-1)!;
  const before = await cards(page, committeeId);
  expect(before.join("\n")).toContain("đảng viên");

  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Sắp xếp tổ chức" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sắp xếp tổ chức đảng");
  await expect(page.getByLabel("Sáp nhập", { exact: true })).toBeChecked();
  await chooseCommittee(page, "Các tổ chức đảng được sáp nhập", pair.merged, pair.merged, { adds: true });
  await expect(page.getByRole("button", { name: `Bỏ ${pair.merged}` })).toBeVisible();
  await chooseCommittee(page, "Tổ chức đảng kế thừa", pair.into, pair.into);
  await page.getByRole("button", { name: "Xem trước" }).click();

  const preview = page.getByRole("region", { name: /Xem trước: Sáp nhập từ ngày/ });
  await expect(preview).toContainText(`Sáp nhập: ${pair.merged} (${AGENCIES} → ${pair.into})`);
  // In people's words: what moves, and whether the totals above change (a merge under one parent changes none).
  await expect(preview.getByTestId("preview-summary")).toHaveText(/^1 tổ chức đảng thay đổi; .*; số liệu tổng hợp của các cấp ủy cấp trên không đổi\.$/);
  await expect(preview.getByTestId("preview-totals")).toContainText(`${AGENCIES}: số liệu tổng hợp không đổi`);
  await expect(preview.getByTestId("preview-totals")).toContainText("Đảng bộ tỉnh An Phú: số liệu tổng hợp không đổi");
  await expect(preview).not.toContainText("dòng tổng hợp");
  await page.screenshot({ path: info.outputPath("restructure-preview.png"), fullPage: true });

  // Cancel changes nothing; preview again, then apply.
  await preview.getByRole("button", { name: "Hủy" }).click();
  await expect(preview).toHaveCount(0);
  await page.getByRole("button", { name: "Xem trước" }).click();
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã áp dụng. 1 tổ chức đảng thay đổi.");
  await page.screenshot({ path: info.outputPath("restructure-applied.png"), fullPage: true });

  // The merged unit is gone from today's tree and pickers, still in yesterday's tree.
  await expect(page.getByLabel("Tổ chức đảng kế thừa").locator("option", { hasText: pair.merged })).toHaveCount(0);
  expect(await cards(page, committeeId)).toEqual(before);

  await page.goto(`/committees/${committeeId}`);
  await expect(page.getByRole("link", { name: pair.merged, exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: pair.into, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Hình thành từ" })).toBeVisible();
  await expect(page.getByRole("link", { name: pair.merged, exact: true })).toBeVisible();
  await page.goto("/committees?asOf=2024-06-30");
  await expect(page.getByText(/Cây tổ chức tại ngày 30\/06\/2024: \d+ tổ chức đảng\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Chi bộ Hội Liên hiệp Phụ nữ tỉnh" })).toBeVisible();
  await page.screenshot({ path: info.outputPath("tree-as-of-2024.png"), fullPage: true });

  // Formed in 2025, the agencies' committee shows the 2020–2025 term from the organizations it was formed from:
  // 17 + 19 + 21 + 18 + 20 members admitted in 2020–2024.
  await page.goto(`/dashboard?committee=${committeeId}`);
  await page.getByRole("combobox", { name: "Nhiệm kỳ", exact: true }).selectOption({ label: "2020–2025" });
  await page.getByRole("combobox", { name: "Năm đánh giá", exact: true }).selectOption("2024");
  await expect(page).toHaveURL(/year=2024/);
  await expect(page.getByRole("article").filter({ hasText: "Kết nạp 4.003 đảng viên" })).toContainText("95 đảng viên");
  await page.screenshot({ path: info.outputPath("agencies-2020-2025.png"), fullPage: true });
});

const SCHEDULED = {
  "desktop-restructure": "Chi bộ Ban Nội chính Tỉnh ủy",
  "tablet-restructure": "Chi bộ Ban Chính sách, chiến lược Tỉnh ủy",
} as const;

test("a renaming adopted ahead of its date is scheduled, shown as pending, changes nothing yet, and can be cancelled", async ({ page }, info) => {
  test.slow();
  const unit = SCHEDULED[info.project.name as keyof typeof SCHEDULED];
  await signIn(page, "admin");
  await page.goto("/admin/restructure");
  await page.getByLabel("Đổi tên", { exact: true }).check();
  await page.getByLabel("Có hiệu lực từ ngày").fill("2099-07-01");
  await chooseCommittee(page, "Tổ chức đảng", unit, unit.replace(/^Chi bộ /, ""));
  await page.getByLabel("Tên mới", { exact: true }).fill(`${unit} (mới)`);
  await page.getByRole("button", { name: "Xem trước" }).click();

  const preview = page.getByRole("region", { name: "Xem trước: Đổi tên từ ngày 01/07/2099" });
  await expect(preview).toContainText("Ngày hiệu lực sau hôm nay: chưa có gì thay đổi.");
  await preview.getByRole("button", { name: "Lên lịch áp dụng" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lên lịch" })).toHaveText("Đã lên lịch: 1 tổ chức đảng sẽ thay đổi vào ngày 01/07/2099. Có thể hủy trước ngày đó.");

  const item = page.getByTestId("pending-restructures").getByRole("listitem").filter({ hasText: unit });
  await expect(item).toContainText(`Đổi tên: ${unit} thành “${unit} (mới)”, từ ngày 01/07/2099`);
  await expect(item).toContainText("Lên lịch bởi Quản trị hệ thống");
  await page.screenshot({ path: info.outputPath("restructure-scheduled.png"), fullPage: true });
  // Nothing changed yet: the unit keeps its name in today's tree.
  const tree = await (await page.request.get(`/api/v1/committees/search?q=${encodeURIComponent(unit)}&limit=5`)).json();
  expect((tree.data as { name: string }[]).map((c) => c.name)).toContain(unit);

  await item.getByRole("button", { name: "Hủy lịch" }).click();
  await expect(page.getByTestId("pending-restructures").getByRole("listitem").filter({ hasText: unit })).toHaveCount(0);
});

const NEW_CELLS = { "desktop-restructure": "AP-CQD-08-7", "tablet-restructure": "AP-CQD-08-8" } as const;

test("an administrator adds a cell under a committee, then moves it to another through the dated move", async ({ page }, info) => {
  test.slow();
  const code = NEW_CELLS[info.project.name as keyof typeof NEW_CELLS];
  test.skip(!code, "runs in the restructure projects");
  const name = `Chi bộ Thư viện ${code}`;
  await signIn(page, "admin");
  await page.goto("/committees");
  await page.getByRole("link", { name: "Đảng bộ Trường Chính trị tỉnh", exact: true }).click();
  await page.getByRole("link", { name: "Sửa đơn vị này hoặc thêm đơn vị trực thuộc" }).click();
  const add = page.getByRole("region", { name: "Thêm đơn vị trực thuộc Đảng bộ Trường Chính trị tỉnh" });
  await add.getByLabel("Tên", { exact: true }).fill(name);
  await add.getByLabel("Mã", { exact: true }).fill("AP-CQD-08-1");
  await add.getByLabel("Ngày thành lập").fill("2025-03-01");
  await add.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(add.getByRole("alert")).toHaveText("Mã AP-CQD-08-1 đã được dùng.");
  await add.getByLabel("Mã", { exact: true }).fill(code.toLowerCase());
  await add.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(add.getByRole("status")).toHaveText("Đã thêm đơn vị.");

  await page.goto("/committees");
  await page.getByRole("link", { name: "Đảng bộ Trường Chính trị tỉnh", exact: true }).click();
  await page.getByRole("region", { name: "Tổ chức trực thuộc" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByRole("link", { name: "Sửa đơn vị này hoặc thêm đơn vị trực thuộc" }).click();
  await chooseCommittee(page, "Trực thuộc", "Đảng bộ Văn phòng Tỉnh ủy", "van phong tinh uy");
  await page.getByRole("region", { name: `Sửa ${name}` }).getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu.")).toBeVisible();
  await page.goto("/committees");
  await page.getByRole("link", { name: "Đảng bộ Văn phòng Tỉnh ủy", exact: true }).click();
  await expect(page.getByRole("region", { name: "Tổ chức trực thuộc" }).getByRole("link", { name, exact: true })).toBeVisible();
});
