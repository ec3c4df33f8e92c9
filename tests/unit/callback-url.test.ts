import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

const HOST = "https://chitieu.example";
/** Where a browser goes for a Location header: it drops tabs and newlines and reads "\" as "/" (WHATWG URL). */
const browserTarget = (location: string) => new URL(location.replace(/[\t\n\r]/g, "").replaceAll("\\", "/"), HOST);

// C0 and C1 controls, DEL, the Unicode spaces and the invisible format characters.
const CONTROLS = [...Array.from({ length: 0x20 }, (_, i) => i), 0x7f, ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i)];
const SPACES = [0xa0, 0x1680, ...Array.from({ length: 11 }, (_, i) => 0x2000 + i), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
const INVISIBLE = [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202e, 0x2060, 0xfeff, 0xad];

describe("safeCallbackUrl, where sign-in leads", () => {
  it("keeps a path of the app, with its query", () => {
    expect(safeCallbackUrl("/dashboard?committee=3&year=2022")).toBe("/dashboard?committee=3&year=2022");
    expect(safeCallbackUrl("/committees")).toBe("/committees");
  });

  it("refuses the reported open redirect, signed in or not: /<TAB>/evil.example/phish", () => {
    expect(safeCallbackUrl("/\t/evil.example/phish")).toBe("/");
    expect(safeCallbackUrl("/\n/x")).toBe("/");
  });

  it.each([...CONTROLS, ...SPACES, ...INVISIBLE].map((c) => [`U+${c.toString(16).padStart(4, "0")}`, String.fromCodePoint(c)]))(
    "refuses %s anywhere in the path", (_, c) => {
      for (const value of [`/${c}/evil.example`, `/${c}evil.example`, `/dashboard${c}`, `/a?b=${c}`]) expect(safeCallbackUrl(value)).toBe("/");
    });

  it("refuses other sites, schemes, backslashes and the sign-in page itself", () => {
    for (const value of ["//evil.example", "/\\evil.example", "/\\/evil.example", "\\\\evil.example", "https://evil.example", "javascript:alert(1)",
      "evil.example", "", "/sign-in", "/sign-in?callbackUrl=%2F", "/sign-in/x", 42, null, ["/a", "/b"]]) {
      expect(safeCallbackUrl(value), String(value)).toBe("/");
    }
  });

  it("whatever it is given, leads a browser to this site only", () => {
    const anyString = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme-composite", maxLength: 20 }),
      fc.constantFrom("/", "//", "\\", "/\t", "%2F", "http:", "evil.example", ".", "@").chain((a) => fc.string({ maxLength: 10 }).map((b) => a + b)));
    fc.assert(fc.property(fc.array(anyString, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("")), (value) => {
      const result = safeCallbackUrl(value);
      expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
      expect(browserTarget(result).origin).toBe(HOST);
    }), { numRuns: 3000 });
  });
});
