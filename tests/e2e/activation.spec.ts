import { expect, test } from "@playwright/test";
import { createAccountWithPassword, signIn } from "./fixtures";

const csv = (rows: string[]) => Buffer.from(`\ufeff${["username;display_name;role;committee_code", ...rows].join("\r\n")}\r\n`, "utf8");

test("an administrator loads accounts from a file; the new user sets a password with the activation code, then signs in", async ({ page, browser }, info) => {
  // Desktop and tablet share one database: a username per project (and per retry).
  const username = `kich.hoat.${info.project.name}.${info.retry}`;
  await signIn(page, "admin");
  await page.goto("/admin/accounts");
  await page.getByRole("link", { name: "Nạp từ tệp" }).click();
  await expect(page.getByRole("heading", { name: "Nạp tài khoản từ tệp" })).toBeVisible();

  // A bad file: every bad row with its row and column, nothing created.
  await page.getByLabel("Tệp", { exact: true }).setInputFiles({ name: "tai-khoan.csv", mimeType: "text/csv", buffer: csv([
    `${username};Nguyễn Thị Kim;EDITOR;AP-CQD-02`, `${username};Trần Văn Long;EDITOR;AP-CQD-02`, `khac.${username};Lê Minh;THU_KY;XX-1`,
  ]) });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("3 lỗi: chưa ghi gì. Sửa tệp rồi kiểm tra lại.");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1).getByRole("cell")).toHaveText(["3", "username", `Tên đăng nhập ${username} đã có ở dòng 2 của tệp.`]);
  await expect(rows.nth(2).getByRole("cell")).toHaveText(["4", "role", "Vai trò “THU_KY” không có (dùng ADMIN, EDITOR, APPROVER, VIEWER, hoặc tên vai trò)."]);
  await expect(rows.nth(3).getByRole("cell")).toHaveText(["4", "committee_code", "Không có đơn vị mã XX-1."]);

  // The fixed file: checked, then created; the code is shown once, and offered as a file.
  await page.getByLabel("Tệp", { exact: true }).setInputFiles({ name: "tai-khoan.csv", mimeType: "text/csv", buffer: csv([`${username};Nguyễn Thị Kim;EDITOR;AP-CQD-02`]) });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("1 tài khoản sẵn sàng tạo");
  await page.getByRole("button", { name: "Tạo 1 tài khoản" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Đã tạo 1 tài khoản.");
  const code = (await page.getByTestId("activation-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await expect(page.getByRole("link", { name: /Tải tệp ma-kich-hoat-\d+\.xlsx/ })).toBeVisible();
  await page.screenshot({ path: info.outputPath("accounts-import.png"), fullPage: true });

  // The new user, on their own browser: activation page → own password → sign-in → straight to work.
  const user = await (await browser.newContext()).newPage();
  await user.goto("/activate");
  await user.getByLabel("Tên đăng nhập").fill(username);
  await user.getByLabel("Mã kích hoạt").fill(code.toLowerCase());
  await user.getByLabel("Mật khẩu mới", { exact: true }).fill("Kich-hoat-rieng-2026");
  await user.getByLabel("Nhập lại mật khẩu mới").fill("Kich-hoat-rieng-2026");
  await user.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(user).toHaveURL(/\/sign-in\?reason=activated/);
  await expect(user.getByRole("main").getByRole("status")).toHaveText("Đã đặt mật khẩu. Hãy đăng nhập bằng mật khẩu mới.");
  await signIn(user, username, "Kich-hoat-rieng-2026");
  await expect(user).not.toHaveURL(/\/account/);
  // A password the user chose themselves: nothing to change first, the pages open.
  await user.goto("/figures");
  await expect(user).toHaveURL(/\/figures/);
  await user.goto("/account");
  await expect(user.getByRole("main")).toContainText("Cán bộ nhập liệu");
  await expect(user.getByRole("main").getByRole("alert")).toHaveCount(0);

  // The code worked once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(`/activate?u=${username}&code=${code}`);
  await again.getByLabel("Mật khẩu mới", { exact: true }).fill("Mat-khau-khac-2026");
  await again.getByLabel("Nhập lại mật khẩu mới").fill("Mat-khau-khac-2026");
  await again.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(again.getByRole("main").getByRole("alert")).toContainText("mã đã dùng hay đã hết hạn");
});

test("a session that must change its password reads no page, file or API but the account page", async ({ page, browser }, info) => {
  test.skip(info.project.name !== "desktop", "server behaviour, not layout: run once");
  const username = `doi.mat.khau.${info.retry}`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await createAccountWithPassword(admin, username, "Phan Văn Minh", "Tam-thoi-2026");

  await signIn(page, username, "Tam-thoi-2026");
  await expect(page).toHaveURL(/\/account\?required=password$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/account\?required=password$/);
  for (const path of ["/api/v1/terms", "/api/v1/committees", "/api/figures/export?committee=1&from=2025&to=2030", "/api/audit/export"]) {
    const answer = await page.request.get(path);
    expect(answer.status(), path).toBe(403);
    expect((await answer.json()).error.message, path).toBe("Hãy đổi mật khẩu do quản trị viên đặt trước khi làm việc khác.");
  }
  // Only the account's own links are offered.
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tổng quan" })).toHaveCount(0);
});
