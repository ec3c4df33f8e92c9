import { createTranslator } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, ERROR_STATUS, errorJson, errorReference, toErrorAnswer } from "@/lib/errors";
import { MESSAGES } from "@/lib/i18n/messages";

const translate = (locale: "vi" | "en") => {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "errors" });
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
};

afterEach(() => vi.restoreAllMocks());

describe("lib/errors", () => {
  it("answers a conflict with HTTP 409 and its message in Vietnamese, without a reference", () => {
    const answer = toErrorAnswer(new AppError("CONFLICT"), "test");
    expect(answer).toEqual({ code: "CONFLICT", key: "conflict" });
    expect(errorJson(answer, translate("vi"))).toEqual({
      status: 409,
      body: { error: { code: "CONFLICT", message: "Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang rồi thử lại." } },
    });
  });

  it("keeps an expected error's own key, values and details", () => {
    const answer = toErrorAnswer(new AppError("INVALID", "targets.termExists", { name: "2025–2030" }, ["name"]), "test");
    expect(errorJson(answer, translate("en"))).toEqual({
      status: 400,
      body: { error: { code: "INVALID", message: "The 2025–2030 term already exists.", details: ["name"] } },
    });
  });

  it("answers anything else with HTTP 500 and a logged reference, never the error's text", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const answer = toErrorAnswer(new Error('relation "User" password=hunter2'), "api");
    expect(answer.code).toBe("UNEXPECTED");
    expect(answer.reference).toMatch(/^[0-9a-f]{8}$/);
    const { status, body } = errorJson(answer, translate("vi"));
    expect(status).toBe(500);
    expect(body.error).toEqual({
      code: "UNEXPECTED",
      message: `Hệ thống chưa xử lý được yêu cầu. Vui lòng thử lại; nếu lỗi còn, báo quản trị viên mã ${answer.reference}.`,
      reference: answer.reference,
    });
    expect(JSON.stringify(body)).not.toContain("hunter2");
    // The server log has both the reference and the error itself.
    expect(logged).toHaveBeenCalledWith(`api failed [${answer.reference}]`, expect.objectContaining({ message: expect.stringContaining("hunter2") }));
  });

  it("uses Next's digest as the reference of a server component's error, so the page and the log agree", () => {
    expect(errorReference(Object.assign(new Error("hidden"), { digest: "2381947201" }))).toBe("2381947201");
    expect(errorReference(new Error("no digest"))).not.toBe(errorReference(new Error("no digest")));
  });

  it("has a message in both languages for every code's own key", () => {
    for (const code of Object.keys(ERROR_STATUS) as (keyof typeof ERROR_STATUS)[]) {
      const answer = code === "UNEXPECTED" ? { code, key: "unexpected", values: { reference: "x" } } : toErrorAnswer(new AppError(code), "test");
      for (const locale of ["vi", "en"] as const) {
        expect(errorJson(answer, translate(locale)).body.error.message, `${code} ${locale}`).not.toContain("errors.");
      }
    }
  });

  it("has messages that format in both languages (no stray ICU syntax)", () => {
    for (const locale of ["vi", "en"] as const) {
      const t = createTranslator({ locale, messages: MESSAGES[locale], onError: (error) => { throw error; } });
      const keys = (value: unknown, prefix: string): string[] =>
        typeof value === "object" && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}.${k}`)) : [prefix];
      for (const key of keys(MESSAGES[locale].errors, "errors")) {
        expect(() => t(key as never, { reference: "x", ref: "x", count: 1, year: 2026, name: "x", code: "x", codes: "x", start: 2026, end: 2030, from: 2026, to: 2030, status: "x", size: 1, other: "x", unit: "x", date: "x", committee: "x", kind: "x", parent: "x" } as never), key).not.toThrow();
      }
    }
  });
});

