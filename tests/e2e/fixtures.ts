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
