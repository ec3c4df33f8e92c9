// The security review's reproductions against the running app server (issue 28), with variants of each.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./fixtures";

test.beforeEach(({}, info) => test.skip(info.project.name !== "desktop", "server behaviour: run once"));

const json = async (response: { json: () => Promise<unknown> }) => (await response.json()) as { error: { code: string; message: string } };

test("sign-in never leads off-site, signed in or not, and never fails on a control character", async ({ page, baseURL }) => {
  const evil = ["%2F%09%2Fevil.example%2Fphish", "%2F%0A%2Fx", "%2F%0D%2Fevil.example", "%2F%5C%2Fevil.example", "%2F%E2%80%83%2Fevil.example", "%2F%00%2Fx"];
  await page.goto(`/sign-in?callbackUrl=${evil[0]}`);
  await page.getByLabel("Tên đăng nhập").fill("lanhdao.cqd");
  await page.getByLabel("Mật khẩu").fill("ChiTieu@2026");
  await page.keyboard.press("Enter");
  // The sign-in page sends the leader home ("/"), which shows their dashboard: on this site, not evil.example.
  await expect(page).toHaveURL(`${baseURL}/dashboard`, { timeout: 45_000 });
  for (const value of evil) {
    const response = await page.request.get(`/sign-in?callbackUrl=${value}`, { maxRedirects: 0 });
    expect(response.status(), value).toBe(307);
    expect(response.headers().location, value).toBe("/");
  }
});

test("signing out ends the session: a copy of its cookie reads nothing afterwards", async ({ page, browser }) => {
  await signIn(page, "canbo.vpty");
  const cookies = await page.context().cookies();
  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  expect((await copy.request.get("/api/v1/terms")).status()).toBe(200);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const after = await copy.request.get("/api/v1/terms");
  expect(after.status()).toBe(401);
  expect((await json(after)).error.code).toBe("UNAUTHENTICATED");
  await copy.close();
});

test("an API call without a valid session or token gets 401 in the documented shape", async ({ request }) => {
  for (const authorization of [undefined, "Basic YWRtaW46eA==", "Bearer ct_notatoken", "bearer x"]) {
    const response = await request.get("/api/v1/figures?year=2022", { headers: authorization ? { authorization } : {} });
    expect(response.status(), authorization).toBe(401);
    expect((await json(response)).error.code).toBe("UNAUTHENTICATED");
  }
});

test("out-of-range ids in pages are not found or ignored, not a server error", async ({ page }) => {
  await signIn(page, "admin");
  for (const id of ["2147483648", "99999999999999", "-1", "1e400"]) {
    expect((await page.goto(`/resolutions/${id}`))?.status(), id).toBe(404);
    expect((await page.goto(`/committees?root=${id}`))?.status(), id).toBe(200);
    expect((await page.goto(`/committees/${id}`))?.status(), id).toBe(404);
    expect((await page.goto(`/dashboard?committee=${id}&term=${id}`))?.status(), id).toBe(200);
  }
  const search = await page.request.get("/api/v1/committees/search?q=%00");
  expect(search.status()).toBe(400);
});

async function postAction(request: APIRequestContext, baseURL: string, body: string | Buffer) {
  return request.post("/figures", { headers: { Origin: baseURL, "Next-Action": "7f0000000000000000000000000000000000000000", "Content-Type": "text/plain;charset=UTF-8" }, data: body });
}

test("malformed or oversized action bodies get 400 or 413 with a message, not 500", async ({ page, baseURL }) => {
  await signIn(page, "canbo.vpty");
  for (const body of ["{not json", `[{"note":"\${abc"}]`, `["\${"]`, `{"0":1}`]) {
    const response = await postAction(page.request, baseURL!, body);
    expect(response.status(), body).toBe(400);
    expect((await json(response)).error.message).toBe("Yêu cầu không đúng định dạng của ứng dụng. Vui lòng tải lại trang rồi thử lại.");
  }
  const big = await postAction(page.request, baseURL!, Buffer.alloc(3 * 1024 * 1024, "a"));
  expect(big.status()).toBe(413);
  expect((await json(big)).error.message).toBe("Dữ liệu gửi lên quá lớn (tối đa 1 MB).");
});

test("uploads: one limit, 20 MB, with one message; a 10.5 MB file within it is read, and refused at its first cell no spreadsheet holds", async ({ page, baseURL }) => {
  await signIn(page, "canbo.vpty");
  const upload = (bytes: number) => page.request.post("/api/figures/import", {
    headers: { Origin: baseURL! },
    multipart: { dryRun: "1", file: { name: "so-lieu.csv", mimeType: "text/csv", buffer: Buffer.concat([Buffer.from("committee_code;element_code;year;value\n"), Buffer.alloc(bytes, "#")]) } },
  });
  const over = await upload(21.5 * 1024 * 1024);
  expect(over.status()).toBe(413);
  expect((await json(over)).error.message).toBe("Tệp quá lớn (tối đa 20 MB).");
  const within = await upload(10.5 * 1024 * 1024);
  expect(within.status()).toBe(200);
  expect(within.headers()["content-type"]).toContain("application/x-ndjson");
  expect(await within.text()).toContain("Dòng 2 có một ô dài hơn 32.767 ký tự, quá giới hạn một ô của Excel: tệp không được đọc.");
});

test("every answer carries the security policy: a refused cross-site write, /favicon.ico, a static file", async ({ request, page }) => {
  const forged = await request.post("/account", { headers: { Origin: "http://evil.example" }, data: "x=1" });
  expect(forged.status()).toBe(403);
  expect(forged.headers()["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  const favicon = await request.get("/favicon.ico");
  expect(favicon.headers()["content-security-policy"]).toMatch(/default-src 'self'/);
  await page.goto("/sign-in");
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});
