import { expect, test, type Page } from "@playwright/test";
import { expectNoPageScroll } from "./a11y";
import { signIn } from "./fixtures";

// The projects (desktop, tablet, phone) run every test against the same database, so each uses its own unit or year.
// The seed leaves 2027–2030 (in the 2025–2030 term) empty for every unit.
const CELL = { desktop: "Chi bộ Phòng Tổng hợp", tablet: "Chi bộ Phòng Hành chính - Lưu trữ", phone: "Chi bộ Phòng Tổng hợp" } as const;
// The year each project enters. The Provincial Party Office's three cells × the term's four open years are shared out
// among the specs (the conflict test: Quản trị - Tài vụ 2028/2029; committee totals: Hành chính 2028/2029; the inbox:
// Quản trị - Tài vụ 2027; imports and serving: 2030; Biểu 2's and Biểu 4's refusals in stat-forms.spec take the newspaper's Engineering cell, 2030 and 2029; Biểu 3's its Online Desk cell, 2030): the
// phone takes Tổng hợp 2029, which no other test writes (the conflict test only on a retry, and a retry fails the run
// anyway). No 2028 figures: no carried start to match.
const ENTRY_YEAR = { desktop: 2027, tablet: 2027, phone: 2029 } as const;
// The other years are all taken by the desktop and tablet projects: the phone runs the entry itself.
const DESKTOP_AND_TABLET = "the office's years are taken by the desktop and tablet projects; the phone runs the entry test";

/**
 * A cell's year, in form order; "46" members assessed is a mistake the first save must catch. Biểu 1-BTCTW comes
 * last: it starts from the cell's members at the end of 2026 (46 on desktop, 41 on tablet), ends at 45, and adds up.
 */
function cellYear(project: string): [string, string][] {
  const [start, movements] = project === "desktop"
    ? ["46", ["2", "2", "0", "0", "0", "0", "3", "1", "0", "0", "0", "0", "2", "1", "1"]]
    : ["41", ["5", "2", "3", "1", "2", "0", "1", "1", "0", "0", "0", "0", "0", "0", "0"]];
  return [
    ["Đảng viên được đánh giá, xếp loại", "46"],
    ["Đảng viên hoàn thành xuất sắc nhiệm vụ", "7"],
    ["Đảng viên hoàn thành tốt nhiệm vụ", "32"],
    ["Đảng viên hoàn thành nhiệm vụ", "4"],
    ["Đảng viên không hoàn thành nhiệm vụ", "1"],
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
    ["A - Tổng số đảng viên cuối kỳ trước chuyển sang", start],
    ...FORM_1_ROWS.map((label, i): [string, string] => [label, movements[i]!]),
    [MEMBERS_END, "45"],
  ];
}

/** Biểu 1's rows B to C.5b, as the form labels them. */
const FORM_1_ROWS = ["B - Đảng viên tăng trong kỳ", "1. Kết nạp", "2. Chuyển đến", "a. Tỉnh khác chuyển đến", "b. Huyện khác trong tỉnh chuyển đến",
  "3. Phục hồi đảng tịch", "C - Đảng viên giảm trong kỳ", "1. Từ trần", "2. Khai trừ", "3. Xóa tên", "Trong đó: Đảng viên dự bị",
  "4. Xin ra khỏi Đảng", "5. Chuyển đi", "a. Chuyển đi tỉnh khác", "b. Chuyển đi huyện khác trong tỉnh"];
/** Members at year end: Biểu 1's row D. */
const MEMBERS_END = "D - Đảng viên trong danh sách cuối kỳ báo cáo";

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Opens a unit's year with the picker: each choice applies at once. */
async function openForm(page: Page, unit: string, year: number) {
  await page.goto("/figures");
  await page.getByLabel("Tổ chức đảng", { exact: true }).selectOption({ label: `\u2003${unit}` });
  await expect(page.locator("h1 + p")).toHaveText(unit);
  await page.getByLabel("Năm", { exact: true }).selectOption(String(year));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Nhập số liệu năm ${year}`);
  await expect(page.locator("h1 + p")).toHaveText(unit);
}

test.describe("yearly figures: entry, review, locking", () => {
  test("staff fill a year by keyboard, save a draft and submit; the approver approves; the year is locked", async ({ page, browser }, info) => {
    test.setTimeout(180_000);
    const unit = CELL[info.project.name as keyof typeof CELL];
    const YEAR = cellYear(info.project.name);
    const year = ENTRY_YEAR[info.project.name as keyof typeof ENTRY_YEAR];
    await signIn(page, "canbo.vpty");
    await openForm(page, unit, year);
    await expect(page.getByText("Chưa nhập", { exact: true })).toBeVisible();

    // Usable on a phone: the page never scrolls sideways; every field is a finger high, opens the digit pad (a
    // count) or the one with the decimal comma, and its keyboard's action key says "next".
    await expectNoPageScroll(page);
    for (const [label] of YEAR) {
      const input = field(page, label);
      expect((await input.boundingBox())!.height, label).toBeGreaterThanOrEqual(44);
      await expect(input).toHaveAttribute("inputmode", /^(numeric|decimal)$/);
      await expect(input).toHaveAttribute("enterkeyhint", "next");
    }
    await expect(field(page, MEMBERS_END)).toHaveAttribute("inputmode", "numeric");
    await page.screenshot({ path: info.outputPath("figures-empty.png"), fullPage: true });

    // Type every value; Enter moves to the next field and never submits. After Biểu 1's row D comes Biểu 2's first
    // row (optional: the clerk leaves it for later); after Biểu 3's last row, Biểu 4's rows the cell had last year (the
    // demo's 2026: Kinh first; none in 2028, so the phone's 2029 has them behind their button); after the last field,
    // Enter goes to "Lưu nháp". Biểu 2 and 3 share row labels ("- Dân tộc thiểu số"): each is looked up in its form's group.
    await field(page, YEAR[0]![0]).focus();
    for (const [label, value] of YEAR) {
      await expect(field(page, label)).toBeFocused();
      await page.keyboard.type(value);
      await page.keyboard.press("Enter");
    }
    await expect(page.getByRole("group", { name: /^Biểu số 2-BTCTW/ }).getByLabel("- Dân tộc thiểu số", { exact: true })).toBeFocused();
    await page.getByRole("group", { name: /^Biểu số 3-BTCTW/ }).getByLabel("- Cao cấp, cử nhân", { exact: true }).focus();
    await page.keyboard.press("Enter");
    if (year === 2027) {
      await expect(field(page, "Kinh")).toBeFocused();
      await page.locator("input[data-entry]").last().focus();
      await page.keyboard.press("Enter");
    }
    await expect(page.getByRole("button", { name: "Lưu nháp" })).toBeFocused();
    await page.keyboard.press("Enter");

    // Refused: an error and a warning in place, the focus on the first, everything typed still there.
    const assessed = field(page, "Đảng viên được đánh giá, xếp loại");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Chưa lưu: 2 ô cần sửa hoặc cần giải trình.");
    await expect(assessed).toHaveAttribute("aria-invalid", "true");
    await expect(assessed).toBeFocused();
    await expect(page.getByText("Không được lớn hơn “Tổng số đảng viên cuối năm” (45).")).toBeVisible();
    await expect(page.getByText("Cảnh báo: vượt 20% số “Đảng viên hoàn thành tốt nhiệm vụ” (tối đa 6).")).toBeVisible();
    await expect(field(page, "Hồ sơ công việc phát sinh")).toHaveValue("1.250");

    // Correct the mistake and explain the warning, still by keyboard.
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("44");
    await page.keyboard.press("Enter");
    await expect(field(page, "Đảng viên hoàn thành xuất sắc nhiệm vụ")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(field(page, "Giải trình cho “Đảng viên hoàn thành xuất sắc nhiệm vụ”")).toBeFocused();
    await page.keyboard.type("01 đồng chí được Tỉnh ủy khen thưởng đột xuất");
    await page.getByRole("button", { name: "Lưu nháp" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Đã lưu bản nháp (33 số liệu thay đổi).");
    await expect(page.getByText("Đang nhập (bản nháp)", { exact: true })).toBeVisible();
    await expectNoPageScroll(page);
    await page.screenshot({ path: info.outputPath("figures-draft.png"), fullPage: true });

    // A reload shows what was stored, written the Vietnamese way.
    await page.reload();
    await expect(field(page, "Hồ sơ công việc phát sinh")).toHaveValue("1.250");
    await expect(field(page, "Giải trình cho “Đảng viên hoàn thành xuất sắc nhiệm vụ”")).toHaveValue("01 đồng chí được Tỉnh ủy khen thưởng đột xuất");

    await page.getByRole("button", { name: "Gửi duyệt" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("status")).toHaveText(`Đã gửi duyệt số liệu năm ${year}.`);
    await expect(page.getByText("Đã gửi, chờ duyệt", { exact: true })).toBeVisible();
    await expect(field(page, "Cuộc kiểm tra, giám sát")).not.toBeEditable();

    // The approver finds the year in the queue and approves it.
    const leader = await (await browser.newContext()).newPage();
    await signIn(leader, "lanhdao.cqd");
    await leader.goto("/figures/review");
    await expect(leader.getByRole("heading", { level: 1 })).toHaveText("Số liệu chờ duyệt");
    await leader.screenshot({ path: info.outputPath("review-queue.png"), fullPage: true });
    await leader.getByRole("link", { name: `Xem và duyệt: ${unit}, ${year}` }).focus();
    await leader.keyboard.press("Enter");
    await expect(field(leader, "Hồ sơ công việc phát sinh")).toHaveValue("1.250");
    await expect(field(leader, "Hồ sơ công việc phát sinh")).not.toBeEditable();
    await leader.getByRole("button", { name: "Duyệt và khóa" }).focus();
    await leader.keyboard.press("Enter");
    await expect(leader.getByText("Đã duyệt, đã khóa", { exact: true })).toBeVisible();
    await expect(leader.getByRole("button", { name: "Mở khóa" })).toBeVisible();

    // The staff can no longer change anything.
    await page.reload();
    await expect(page.getByText("Đã duyệt, đã khóa", { exact: true })).toBeVisible();
    await expect(page.getByText("Số liệu đã được duyệt và khóa. Muốn sửa, đề nghị người duyệt mở khóa.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
    for (const [label] of YEAR) await expect(field(page, label)).not.toBeEditable();
    await page.screenshot({ path: info.outputPath("figures-approved.png"), fullPage: true });

    // The audit trail of the agencies' committee shows the approval, filtered by action.
    await leader.goto("/audit");
    await leader.getByLabel("Thao tác").selectOption({ label: "Duyệt và khóa" });
    await leader.getByRole("button", { name: "Lọc" }).click();
    await expect(leader).toHaveURL(/action=figure\.approve/);
    // The unit is named with its parent: many cells share a name.
    await expect(leader.getByRole("row", { name: new RegExp(`${unit} Đảng bộ Văn phòng Tỉnh ủy Duyệt và khóa số liệu năm ${year}`) })).toBeVisible();
    await leader.screenshot({ path: info.outputPath("audit.png"), fullPage: true });
  });

  test("a save over someone else's change is refused whole, shows the stored value and who stored it, and keeps the input", async ({ page, browser }, info) => {
    test.skip(info.project.name === "phone", DESKTOP_AND_TABLET);
    test.setTimeout(120_000);
    const year = info.project.name === "desktop" ? 2028 : 2029;
    // A retry starts on a committee-year of its own, so it checks the same thing instead of the first attempt's data.
    const unit = info.retry === 0 ? "Chi bộ Phòng Quản trị - Tài vụ" : "Chi bộ Phòng Tổng hợp";
    await signIn(page, "canbo.vpty");
    await openForm(page, unit, year);
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, "admin");
    await admin.goto(page.url());

    await field(admin, "Cuộc kiểm tra, giám sát").fill("3");
    await admin.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(admin.getByRole("main").getByRole("status")).toHaveText("Đã lưu bản nháp (1 số liệu thay đổi).");

    await field(page, "Cán bộ được đào tạo lý luận chính trị").fill("2");
    await field(page, "Cuộc kiểm tra, giám sát").fill("5");
    await page.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Chưa lưu: 1 số liệu vừa được người khác thay đổi");
    await expect(page.getByText(/Giá trị đang lưu: 3, do Quản trị hệ thống lưu lúc/)).toBeVisible();
    await expect(field(page, "Cuộc kiểm tra, giám sát")).toHaveValue("5");
    await expect(field(page, "Cán bộ được đào tạo lý luận chính trị")).toHaveValue("2");

    // Nothing of the refused save was stored.
    await admin.reload();
    await expect(field(admin, "Cán bộ được đào tạo lý luận chính trị")).toHaveValue("");
    await page.screenshot({ path: info.outputPath("figures-conflict.png"), fullPage: true });

    // Saving again, having seen the stored value, applies the user's figures.
    await page.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Đã lưu bản nháp (2 số liệu thay đổi).");
    await admin.reload();
    await expect(field(admin, "Cuộc kiểm tra, giám sát")).toHaveValue("5");

    // The history under the form names both people.
    await page.reload();
    await page.getByText("Cuộc kiểm tra, giám sát (2 lần thay đổi)").click();
    await expect(page.getByRole("row", { name: /Quản trị hệ thống Nhập mới: \(trống\) → 3/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Trần Thị Lan, Văn phòng Tỉnh ủy Sửa: 3 → 5/ })).toBeVisible();

    // In English, with English number formats.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Figures for ${year}`);
    await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Nhập số liệu năm ${year}`);
  });

  test("another subtree's unit and a year outside every term are not found", async ({ page }) => {
    await signIn(page, "canbo.vpty");
    expect((await page.goto("/figures?committee=3&year=2025"))?.status()).toBe(404);
    expect((await page.goto("/figures?year=2040"))?.status()).toBe(404);
    expect((await page.goto("/figures?committee=abc"))?.status()).toBe(404);
    expect((await page.goto("/figures/review"))?.status()).toBe(404);
  });
});

test.describe("a committee with cells", () => {
  test("sees its cells' members as their total, read-only, its cells' total beside its own fields, and submits without members", async ({ page }, info) => {
    test.skip(info.project.name === "phone", DESKTOP_AND_TABLET);
    test.setTimeout(120_000);
    // Its own year per project: the cells' forms of these years are written only by the conflict test (inspections).
    const year = info.project.name === "desktop" ? 2028 : 2029;
    await signIn(page, "canbo.vpty");
    await openForm(page, "Chi bộ Phòng Hành chính - Lưu trữ", year);
    await field(page, MEMBERS_END).fill("45");
    await field(page, "Tổ chức đảng được đánh giá, xếp loại").fill("1");
    await page.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Đã lưu bản nháp (2 số liệu thay đổi).");

    // The Provincial Party Office's own committee: its cells' members, read-only, with how many submitted.
    await page.goto(`/figures?year=${year}`);
    await expect(page.locator("h1 + p")).toHaveText("Đảng bộ Văn phòng Tỉnh ủy");
    const totals = page.getByRole("region", { name: "Tổng hợp từ các đơn vị trực thuộc" });
    await expect(totals.getByRole("row", { name: /^D - Đảng viên trong danh sách cuối kỳ báo cáo/ })).toContainText("45 đảng viên");
    await expect(totals.getByRole("row", { name: /^D - Đảng viên trong danh sách cuối kỳ báo cáo/ })).toContainText(/0\/\d+$/);
    await expect(field(page, MEMBERS_END)).toHaveCount(0);

    // Its own organizations, with its cells' total beside the field: it types its own part (itself: 1).
    await expect(page.getByText("các đơn vị trực thuộc: 1 (chỉ nhập phần của riêng cấp ủy)", { exact: false })).toBeVisible();
    await page.screenshot({ path: info.outputPath("committee-form.png"), fullPage: true });
    const inputs = page.locator("form input[inputmode]");
    const count = await inputs.count();
    for (let i = 0; i < count; i++) await inputs.nth(i).fill("0");
    await field(page, "Tổ chức đảng được đánh giá, xếp loại").fill("1");
    await page.getByRole("button", { name: "Gửi duyệt" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(`Đã gửi duyệt số liệu năm ${year}.`);
    await page.screenshot({ path: info.outputPath("committee-submitted.png"), fullPage: true });
  });
});
