import { expect, test } from "@playwright/test";
import { chooseCommittee, postCredentials, signIn } from "./fixtures";

test.describe("sign-in and access by subtree", () => {
  test("sends a signed-out visitor to the sign-in page and back after signing in", async ({ page }) => {
    await page.goto("/committees");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcommittees/);
    await page.getByLabel("Tên đăng nhập").fill("admin");
    await page.getByLabel("Mật khẩu").fill("ChiTieu@2026");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/committees$/);
    await expect(page.getByText("75 tổ chức đảng trong phạm vi theo dõi.")).toBeVisible();
  });

  test("answers an unknown user and a wrong password with the same message", async ({ page }, info) => {
    await page.goto("/sign-in");
    for (const [username, password] of [["khongco.ai", "ChiTieu@2026"], ["lanhdao.cqd", "sai-mat-khau-1"]]) {
      await page.getByLabel("Tên đăng nhập").fill(username!);
      await page.getByLabel("Mật khẩu").fill(password!);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
    await page.screenshot({ path: info.outputPath("sign-in-error.png") });
  });

  test("grassroots staff see their own unit and get not-found for another subtree's committee", async ({ page, browser }) => {
    // Find the bloc's URL as the administrator, who sees the whole province.
    const adminPage = await (await browser.newContext()).newPage();
    await signIn(adminPage, "admin");
    await adminPage.goto("/committees");
    const blocHref = await adminPage.getByRole("link", { name: "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh" }).getAttribute("href");
    expect(blocHref).toMatch(/^\/committees\/\d+$/);

    await signIn(page, "canbo.vpty");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đảng bộ Văn phòng Tỉnh ủy");
    await page.goto("/committees");
    await expect(page.getByText("4 tổ chức đảng trong phạm vi theo dõi.")).toBeVisible();
    const response = await page.goto(blocHref!);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    // Administration is not offered to an editor, and its URL is not found either.
    await expect(page.getByRole("link", { name: "Quản trị" })).toHaveCount(0);
    expect((await page.goto("/admin/accounts"))?.status()).toBe(404);
  });

  test("the leader of the agencies' committee lands on that committee's dashboard", async ({ page }) => {
    await signIn(page, "lanhdao.cqd");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đảng bộ các cơ quan Đảng tỉnh");
    await expect(page.getByRole("heading", { name: "Chỉ tiêu (11)" })).toBeVisible();
  });

  test("refuses a cross-site write and sends security headers", async ({ page, request }) => {
    const forged = await request.post("/account", { headers: { Origin: "http://evil.example" }, data: "x=1" });
    expect(forged.status()).toBe(403);
    const noOrigin = await request.post("/account", { data: "x=1" });
    expect(noOrigin.status()).toBe(403);

    await signIn(page, "lanhdao.cqd");
    const response = await page.goto("/committees");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["cache-control"]).toContain("no-store");
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
  });
});

test.describe("accounts", () => {
  test("an administrator creates an account; disabling it ends its open session at once", async ({ page, browser }, info) => {
    const username = `thu.${info.project.name}`;
    await signIn(page, "admin");
    await page.goto("/admin/accounts/new");
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Họ tên, chức vụ").fill("Phạm Thu, Ban Tổ chức");
    await page.getByLabel("Vai trò").selectOption("EDITOR");
    // The province's 75 units are searched (COMMITTEE_LIST_MAX=30 here); Enter in the open list chooses, it does not submit.
    await chooseCommittee(page, "Phạm vi (tổ chức đảng)", "Chi bộ Ban Tổ chức Tỉnh ủy", "ban to chuc", { enter: true });
    await expect(page).toHaveURL(/\/admin\/accounts\/new$/);
    await page.getByLabel("Mật khẩu tạm thời").fill("ngan");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(page.getByText("Mật khẩu cần ít nhất 10 ký tự.")).toBeVisible();
    await expect(page.getByLabel("Tên đăng nhập")).toHaveValue(username);
    await page.getByLabel("Mật khẩu tạm thời").fill("Tam-thoi-2026");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(page).toHaveURL(/\/admin\/accounts$/);
    await page.screenshot({ path: info.outputPath("accounts.png"), fullPage: true });

    // The password the administrator set is changed first: every page leads to the change-password form.
    const userPage = await (await browser.newContext()).newPage();
    await signIn(userPage, username, "Tam-thoi-2026");
    await expect(userPage).toHaveURL(/\/account\?required=password$/);
    await expect(userPage.getByRole("main").getByRole("alert")).toHaveText("Mật khẩu này do quản trị viên đặt: hãy đổi mật khẩu của riêng bạn trước khi làm việc khác.");
    await userPage.goto("/dashboard");
    await expect(userPage).toHaveURL(/\/account\?required=password$/);
    await userPage.getByLabel("Mật khẩu hiện tại").fill("Tam-thoi-2026");
    await userPage.getByLabel("Mật khẩu mới", { exact: true }).fill("Rieng-cua-Thu-2026");
    await userPage.getByLabel("Nhập lại mật khẩu mới").fill("Rieng-cua-Thu-2026");
    await userPage.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(userPage).toHaveURL(/\/sign-in\?reason=password/);
    await signIn(userPage, username, "Rieng-cua-Thu-2026");
    await expect(userPage.getByRole("heading", { level: 1 })).toHaveText("Chi bộ Ban Tổ chức Tỉnh ủy");

    await page.getByRole("link", { name: username }).click();
    await page.getByRole("button", { name: "Khóa tài khoản" }).click();
    await expect(page.getByRole("button", { name: "Mở khóa tài khoản" })).toBeVisible();

    await userPage.reload();
    await expect(userPage).toHaveURL(/\/sign-in/);
  });

  test("the last active administrator cannot disable their own account", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/accounts");
    await page.getByRole("main").getByRole("link", { name: "admin", exact: true }).click();
    await page.getByRole("button", { name: "Khóa tài khoản" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Không thể tự khóa hoặc hạ vai trò tài khoản của chính mình.");
  });
});

test.describe("sign-in throttling shared by two app instances", () => {
  test("failures on either instance add up, and both refuse further attempts", async ({ page, request, baseURL }, info) => {
    test.skip(info.project.name !== "desktop", "locks an account: run once");
    const second = info.config.metadata.secondInstance as string;
    for (let i = 0; i < 3; i++) expect(await postCredentials(request, baseURL!, "canbo.khoi", `sai-${i}-mat-khau`)).toBe("signIn.invalid");
    for (let i = 0; i < 2; i++) expect(await postCredentials(request, second, "canbo.khoi", `sai-${i}-mat-khau`)).toBe("signIn.invalid");
    // The sixth attempt is refused even with the right password, on both instances.
    expect(await postCredentials(request, second, "canbo.khoi", "ChiTieu@2026")).toBe("signIn.throttled");
    await page.goto("/sign-in");
    await page.getByLabel("Tên đăng nhập").fill("canbo.khoi");
    await page.getByLabel("Mật khẩu").fill("ChiTieu@2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Đăng nhập sai quá nhiều lần/);
  });
});
