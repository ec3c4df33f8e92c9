import { describe, expect, it } from "vitest";
import { checkActionRequest, isWellFormedReply } from "@/lib/auth/action-body";

const call = (body: string) => isWellFormedReply(new Map([["0", body]]), true);

describe("a server action's body, checked before Next.js decodes it", () => {
  it("accepts what the app's own forms send: plain values, escaped dollars, forms, undefined, dates", () => {
    for (const body of [
      `[{"committeeId":3,"year":2025,"fields":[{"elementId":1,"value":"547","version":0,"note":"$\${chú thích}"}]}]`,
      `["$undefined","$K1"]`, `[null,"$K2"]`, `["$undefined",5]`, `["$undefined",null]`, `[]`, `["$D2025-01-15T00:00:00.000Z","$n12"]`,
      `[{"ok":false,"error":{"code":"INVALID"}},"$K1"]`, `["$NaN","$-0","$Infinity","$-Infinity","$T"]`,
    ]) expect(call(body), body).toBe(true);
  });

  it("refuses the reported bodies and others of their kind", () => {
    for (const body of [
      "{not json", "", "[", `["\${"]`, `[{"note":"\${abc"}]`, `{"0":1}`, `"$undefined"`, `5`, `null`,
      `["$1"]`, `["$0:missing"]`, `["$Z"]`, `["$h1"]`, `["$@5"]`, `["$n1x"]`, `["$"]`, `["$B1"]`, `["$Q9"]`,
      JSON.stringify(Array.from({ length: 1001 }, () => 0)),
    ]) expect(call(body), body).toBe(false);
  });

  it("follows references to rows that are there, and only those", () => {
    expect(isWellFormedReply(new Map([["0", `["$1","$a:x"]`], ["1", `{"a":1}`], ["10", `{"x":2}`]]), true)).toBe(true);
    expect(isWellFormedReply(new Map([["0", `["$1:b"]`], ["1", `{"a":1}`]]), true)).toBe(false);
    expect(isWellFormedReply(new Map([["1", `[]`]]), true)).toBe(false);
  });

  it("reads the request as Next.js would: header and text, a multipart call, a form posted without JavaScript", async () => {
    const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://localhost/figures", { method: "POST", body, headers });
    expect(await checkActionRequest(post("{not json", { "next-action": "ab12" }), "/figures")).toBe(false);
    expect(await checkActionRequest(post(`["$undefined",5]`, { "next-action": "ab12" }), "/figures")).toBe(true);
    const form = new FormData();
    form.set("0", `["$undefined","$K1"]`);
    form.set("1_note", "${a note that starts like a reference}");
    expect(await checkActionRequest(post(form, { "next-action": "ab12" }), "/figures")).toBe(true);
    const broken = new FormData();
    broken.set("1_note", "x");
    expect(await checkActionRequest(post(broken, { "next-action": "ab12" }), "/figures")).toBe(false);
    const noScript = new FormData();
    noScript.set("$ACTION_REF_1", "");
    noScript.set("$ACTION_1:0", "{not json");
    expect(await checkActionRequest(post(noScript), "/figures")).toBe(false);
    // Not an action: the API's own routes read their bodies themselves, and a GET has none.
    expect(await checkActionRequest(post("{not json"), "/api/figures/import")).toBe(null);
    expect(await checkActionRequest(new Request("http://localhost/figures"), "/figures")).toBe(null);
  });
});
