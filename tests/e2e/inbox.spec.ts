import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

// The reporting season in the browser: a year 100% away from last year's members asks for an explanation in place;
// the approver sees it on the follow-up list and returns the year; the editor finds the "returned" notice, with the
// comment, behind the header's bell and marks it read. It submits and returns a year of one cell, which is shared
// data: it runs once (desktop), on a cell-year no other browser test writes (the Facilities and Finance cell, 2027).
const UNIT = "Chi bộ Phòng Quản trị - Tài vụ";
const YEAR = 2027;
const VALUES: [string, string][] = [
  ["D - Đảng viên trong danh sách cuối kỳ báo cáo", "90"],
  ["Đảng viên được đánh giá, xếp loại", "44"],
  ["Đảng viên hoàn thành xuất sắc nhiệm vụ", "6"],
  ["Đảng viên hoàn thành tốt nhiệm vụ", "32"],
  ["Đảng viên hoàn thành nhiệm vụ", "5"],
  ["Đảng viên không hoàn thành nhiệm vụ", "1"],
  ["1. Kết nạp", "2"],
  ["Tổ chức đảng được đánh giá, xếp loại", "1"],
  ["Tổ chức đảng hoàn thành xuất sắc nhiệm vụ", "0"],
  ["Tổ chức đảng hoàn thành tốt nhiệm vụ", "1"],
  ["Tổ chức đảng hoàn thành nhiệm vụ", "0"],
  ["Tổ chức đảng không hoàn thành nhiệm vụ", "0"],
  ["Tổ chức đảng đạt tiêu chuẩn \"4 tốt\"", "1"],
  ["Tổ chức đảng ứng dụng chuyển đổi số", "1"],
  ["Hồ sơ công việc phát sinh", "1.250"],
  ["Hồ sơ công việc xử lý trên môi trường mạng", "1.100"],
  ["Cán bộ được đào tạo lý luận chính trị", "2"],
  ["Cuộc kiểm tra, giám sát", "1"],
];
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test("a year far from last year asks for an explanation; the editor finds the returned year in the inbox", async ({ page, browser }, info) => {
  test.skip(info.project.name !== "desktop", "writes one shared cell-year: run once");
  test.setTimeout(180_000);
  await signIn(page, "canbo.vpty");
  await page.goto("/figures");
  await page.getByLabel("Tổ chức đảng", { exact: true }).selectOption({ label: `\u2003${UNIT}` });
  await expect(page.locator("h1 + p")).toHaveText(UNIT);
  await page.getByLabel("Năm", { exact: true }).selectOption(String(YEAR));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Nhập số liệu năm ${YEAR}`);
  for (const [label, value] of VALUES) await field(page, label).fill(value);
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  // The check against last year, in place: the change, last year's figure, the limit; nothing sent.
  await expect(page.getByText(/Cảnh báo: thay đổi [\d,]+% so với năm trước \([\d.]+\), vượt mức 20%/)).toBeVisible();
  await expect(page.getByText("Chưa nhập", { exact: true })).toBeVisible();
  await page.screenshot({ path: info.outputPath("year-change-warning.png"), fullPage: true });
  await field(page, "Giải trình cho “D - Đảng viên trong danh sách cuối kỳ báo cáo”").fill("Tiếp nhận đảng viên từ chi bộ sáp nhập");
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Đã gửi duyệt số liệu năm ${YEAR}.`);

  // The approver: a notice waits behind the bell; the follow-up list shows the explained change; the year goes back.
  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, "lanhdao.cqd");
  await expect(leader.getByRole("link", { name: /^Thông báo, \d+ chưa đọc$/ })).toBeVisible();
  await leader.goto(`/figures/review?year=${YEAR}`);
  const followUp = leader.getByRole("row", { name: new RegExp(UNIT) }).filter({ hasText: "Tiếp nhận đảng viên từ chi bộ sáp nhập" });
  await expect(followUp).toContainText("Tổng số đảng viên cuối năm");
  await leader.screenshot({ path: info.outputPath("review-follow-up.png"), fullPage: true });
  await leader.getByRole("link", { name: `Xem và duyệt: ${UNIT}, ${YEAR}` }).click();
  await leader.getByLabel("Ý kiến khi trả lại").fill("Đề nghị kèm biên bản sáp nhập chi bộ");
  await leader.getByRole("button", { name: "Trả lại để sửa" }).click();
  await expect(leader.getByText("Đang nhập (bản nháp)", { exact: true })).toBeVisible();

  // The editor: the bell counts it; the inbox says which year came back and why; marked read, the count goes.
  await page.goto("/dashboard");
  // Other projects' tests approve the office's other cells at the same time, which tells this editor too: count ≥ 1.
  await page.getByRole("link", { name: /^Thông báo, \d+ chưa đọc$/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông báo");
  const notice = page.getByRole("listitem").filter({ hasText: `${UNIT}: số liệu năm ${YEAR} bị trả lại để sửa` });
  await expect(notice).toContainText("Ý kiến: Đề nghị kèm biên bản sáp nhập chi bộ");
  for (const width of [1280, 820, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: info.outputPath(`inbox-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await notice.getByRole("button", { name: "Đánh dấu đã đọc" }).click();
  await expect(notice.getByRole("button", { name: "Đánh dấu đã đọc" })).toHaveCount(0);
  await notice.getByRole("link").click();
  await expect(page.getByText("Đề nghị kèm biên bản sáp nhập chi bộ")).toBeVisible();
});
