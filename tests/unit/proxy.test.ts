import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";

let proxy: (request: NextRequest) => Promise<Response>;
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  process.env.DATABASE_URL ??= "postgresql://localhost:5432/unused";
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123";
  ({ proxy } = await import("../../proxy"));
});

const request = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new NextRequest(`${ORIGIN}${path}`, { method: init.method ?? "GET", headers: { host: "localhost:3000", ...init.headers }, body: init.body });
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  request(path, { method: "POST", body, headers: { origin: ORIGIN, "content-length": String(Buffer.byteLength(body)), ...headers } });
/** The proxy passed the request on to the route (Next.js's mark for "continue"). */
const passed = (response: Response) => response.headers.get("x-middleware-next") === "1";

function expectPolicy(response: Response) {
  expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
}

describe("the proxy's answers", () => {
  it("refuses a cross-site write with a message and the security headers", async () => {
    const response = await proxy(post("/account", "x=1", { origin: "http://evil.example" }));
    expect(response.status).toBe(403);
    expectPolicy(response);
    expect(await response.json()).toEqual({ error: { code: "FORBIDDEN", message: "Yêu cầu ghi dữ liệu từ trang web khác bị từ chối." } });
  });

  it("gives /favicon.ico (a not-found page) the policy, signed out too", async () => {
    const response = await proxy(request("/favicon.ico"));
    expect(passed(response)).toBe(true);
    expectPolicy(response);
  });

  it("answers a signed-out API call in the documented error shape, whatever its Authorization header", async () => {
    for (const authorization of [undefined, "Basic YWRtaW46eA==", "Token ct_abc", "Bearer", ""]) {
      const response = await proxy(request("/api/v1/figures?year=2022", { headers: authorization === undefined ? {} : { authorization, "accept-language": "en" } }));
      expect(response.status, String(authorization)).toBe(401);
      expectPolicy(response);
      const body = await response.json();
      expect(body.error.code).toBe("UNAUTHENTICATED");
      expect(body.error.message).toMatch(/Authorization: Bearer/);
    }
    // A Bearer token (any letter case) is the route's to check.
    for (const authorization of ["Bearer ct_x", "bearer ct_x", "BEARER  ct_x"]) {
      expect(passed(await proxy(request("/api/v1/figures", { headers: { authorization } }))), authorization).toBe(true);
    }
  });

  it("refuses a body beyond its limit with 413 and the limit in words, before Next.js would cut it", async () => {
    const big = (path: string, bytes: number, lang = "vi") =>
      proxy(request(path, { method: "POST", headers: { origin: ORIGIN, "content-length": String(bytes), "accept-language": lang, "next-action": "ab" } }));
    const action = await big("/figures", 3 * 1024 * 1024);
    expect(action.status).toBe(413);
    expectPolicy(action);
    expect(await action.json()).toEqual({ error: { code: "TOO_LARGE", message: "Dữ liệu gửi lên quá lớn (tối đa 1 MB)." } });
    const upload = await big("/api/figures/import", 21.5 * 1024 * 1024, "en");
    expect(upload.status).toBe(413);
    expect((await upload.json()).error.message).toBe("The file is too large (at most 20 MB).");
    // 10.5 MB, cut at 10 MB before: now the route's to read (and check against 20 MB).
    const fits = await proxy(request("/api/figures/import", { method: "POST", headers: { origin: ORIGIN, "content-length": String(10.5 * 1024 * 1024) } }));
    expect(fits.status).not.toBe(413);
    expect((await big("/api/figures/import", Number.NaN)).status).toBe(413);
    const chunked = await proxy(request("/figures", { method: "POST", headers: { origin: ORIGIN, "transfer-encoding": "chunked" } }));
    expect(chunked.status).toBe(400);
  });

  it("refuses malformed action bodies with 400 and a message, and lets well-formed ones through", async () => {
    for (const body of ["{not json", `["\${"]`, `[{"note":"\${x"}]`, `{"a":1}`]) {
      const response = await proxy(post("/figures", body, { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" }));
      expect(response.status, body).toBe(400);
      expectPolicy(response);
      expect((await response.json()).error).toEqual({ code: "INVALID", message: "Yêu cầu không đúng định dạng của ứng dụng. Vui lòng tải lại trang rồi thử lại." });
    }
    for (const body of [`["$undefined",5]`, `[{"note":"$\${x"}]`]) {
      const response = await proxy(post("/figures", body, { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" }));
      expect(response.status, body).not.toBe(400);
    }
  });
});
