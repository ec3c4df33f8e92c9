import { describe, expect, it, vi } from "vitest";
vi.mock("server-only", () => ({}));
vi.mock("@/lib/db", () => ({ sql: () => Promise.resolve([]) }));
const { DEMO_PASSWORD_HINT, DEMO_USERNAMES } = await import("@/lib/auth/demo");
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("@/prisma/seed/accounts");

describe("the sign-in page's demo accounts", () => {
  it("name every account the demo seed creates, canbo.cqd02 and canbo.cqd03 included, with its password", () => {
    expect([...DEMO_USERNAMES]).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
    expect(DEMO_USERNAMES).toContain("canbo.cqd03");
    expect(DEMO_PASSWORD_HINT).toBe(DEMO_PASSWORD);
  });
});
