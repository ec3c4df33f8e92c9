import { expect, test } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { createAccountWithPassword, signIn } from "./fixtures";

const codeFor = (secret: string) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate();

test("a user turns on two-step verification with a locally drawn QR code and then needs a code to sign in", async ({ page, browser }, info) => {
  // A retry creates an account of its own (the first attempt may have created its one).
  const username = `hai.buoc.${info.project.name}.${info.retry}`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await createAccountWithPassword(admin, username, "Đỗ Hải", "Hai-buoc-2026");

  // The administrator's password is changed first (a new account's user is sent to do so), then signed in again.
  await signIn(page, username, "Hai-buoc-2026");
  await expect(page).toHaveURL(/\/account\?required=password$/);
  await page.getByLabel("Mật khẩu hiện tại").fill("Hai-buoc-2026");
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("Hai-buoc-rieng-2026");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("Hai-buoc-rieng-2026");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=password/);
  await signIn(page, username, "Hai-buoc-rieng-2026");
  await page.goto("/account/two-factor");
  await page.getByRole("button", { name: "Bật xác thực hai bước" }).click();
  const qr = page.getByRole("img", { name: "Mã QR để thêm tài khoản vào ứng dụng xác thực" });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
  const secret = (await page.locator("code").textContent())!.trim();
  await page.getByLabel("Mã 6 chữ số từ ứng dụng").fill(codeFor(secret));
  await page.getByRole("button", { name: "Xác nhận và bật" }).click();
  const codes = page.getByRole("main").getByRole("status").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await page.screenshot({ path: info.outputPath("two-factor.png"), fullPage: true });

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto("/sign-in");
  await fresh.getByLabel("Tên đăng nhập").fill(username);
  await fresh.getByLabel("Mật khẩu").fill("Hai-buoc-rieng-2026");
  await fresh.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(fresh.getByRole("main").getByRole("alert")).toHaveText(/dùng xác thực hai bước/);
  await fresh.getByLabel("Mã xác thực (6 chữ số) hoặc mã dự phòng").fill(codeFor(secret));
  await fresh.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(fresh).not.toHaveURL(/\/sign-in/);
});
