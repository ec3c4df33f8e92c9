import { describe, expect, it } from "vitest";
import { hashActivationCode, newActivationCode, normalizeActivationCode } from "@/lib/accounts/activation";
import { readColumns } from "@/lib/imports/table";

describe("activation codes", () => {
  it("are 16 characters of Crockford's base32 in four groups, each new one different", () => {
    const codes = Array.from({ length: 200 }, newActivationCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(codes).size).toBe(200);
  });

  it("read as typed from paper: any case, spaces or hyphens, O for 0 and I or L for 1", () => {
    expect(normalizeActivationCode("k7pm 3qxr-9wtb hc4n")).toBe("K7PM3QXR9WTBHC4N");
    expect(normalizeActivationCode("O1IL-0000-1111-AAAA")).toBe("0111000011 11AAAA".replace(" ", ""));
    expect(hashActivationCode("k7pm 3qxr 9wtb hc4n")).toBe(hashActivationCode("K7PM-3QXR-9WTB-HC4N"));
    expect(hashActivationCode("K7PM-3QXR-9WTB-HC4M")).not.toBe(hashActivationCode("K7PM-3QXR-9WTB-HC4N"));
  });
});

describe("a set-up file's header", () => {
  it("finds the known columns in any order and case, and names the others", () => {
    expect(readColumns(["Role", "username", "", "Mật khẩu", "display_name"], ["username", "display_name", "role", "committee_code"]))
      .toEqual({ index: { role: 0, username: 1, display_name: 4 }, unknown: [{ column: "Mật khẩu", position: 3 }] });
  });
});
