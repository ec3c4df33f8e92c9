import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "ChiTieu@2026";

/** Signs in through the sign-in page, as a user would, and waits for the first page after it. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 15_000 });
}

/** Posts credentials the way next-auth's client does; returns the error code, or null on success. */
export async function postCredentials(request: APIRequestContext, baseURL: string, username: string, password: string) {
  const csrf = await (await request.get(`${baseURL}/api/auth/csrf`)).json();
  const response = await request.post(`${baseURL}/api/auth/callback/credentials`, {
    form: { csrfToken: csrf.csrfToken, username, password, json: "true" },
    headers: { Origin: baseURL },
    maxRedirects: 0,
  });
  const body = await response.json().catch(() => ({}));
  const url = new URL(body.url ?? response.headers().location ?? baseURL, baseURL);
  return url.searchParams.get("error");
}

/**
 * Chooses a unit in a committee search field (scopes larger than COMMITTEE_LIST_MAX, set to 30 for these tests):
 * types words of its name without marks, then picks the result by its name, with the mouse or with Enter. A field that `adds` to a list of units is empty again afterwards.
 */
export async function chooseCommittee(page: Page, label: string, name: string, typed: string, { enter = false, adds = false } = {}) {
  const field = page.getByRole("combobox", { name: label, exact: true });
  await field.fill(typed);
  const results = page.locator(`[id="${await field.getAttribute("aria-controls")}"]`).getByRole("option");
  const option = results.filter({ has: page.getByText(name, { exact: true }) });
  await expect(option).toHaveCount(1);
  if (enter) {
    // The first result is active once the results arrive; the one wanted must be it.
    await expect(results.first()).toHaveAttribute("aria-selected", "true");
    await expect(results.first()).toContainText(name);
    await field.press("Enter");
  } else await option.click();
  await expect(field).toHaveValue(adds ? "" : name);
  await expect(field).toHaveAttribute("aria-expanded", "false");
}

/** An administrator's page creates an account with a temporary password (changed at its first sign-in). */
export async function createAccountWithPassword(admin: Page, username: string, displayName: string, password: string) {
  await admin.goto("/admin/accounts/new");
  await admin.getByLabel("Tên đăng nhập").fill(username);
  await admin.getByLabel("Họ tên, chức vụ").fill(displayName);
  await admin.getByLabel("Mật khẩu tạm thời").fill(password);
  await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(admin).toHaveURL(/\/admin\/accounts$/);
}
