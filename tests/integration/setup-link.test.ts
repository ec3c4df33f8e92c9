// `npm run setup -- --link`: instead of a typed password, a one-time link (an activation code) with which the first
// administrator sets one; it expires, works once, and setup never takes over an administrator who has a password.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { activateAccount } from "@/lib/accounts/activation";
import { verifySignIn } from "@/lib/auth/sign-in";
import { setUpInstallation } from "../../prisma/seed/installation";
import { useTestDatabase } from "./db";

const t = useTestDatabase();
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const ARGS = ["--term", "2025-2030", "--root-code", "TQ", "--root-name", "Đảng bộ tỉnh Tân Quang", "--admin", "quantri.tq", "--link"];
const PASSWORD = "Mat-khau-quan-tri-2026";

function runSetup(args: string[]) {
  const { CHITIEU_ADMIN_PASSWORD: _typed, ...inherited } = process.env;
  const env = { ...inherited, DATABASE_URL: t.url, NEXTAUTH_URL: "https://chitieu.tanquang.dcs.vn" };
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/setup.ts", ...args], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe("npm run setup --link", () => {
  it("prints a one-time link on the public address; the administrator sets a password with it once, then signs in", async () => {
    const run = runSetup(ARGS);
    expect(run.code).toBe(0);
    const link = /https:\/\/chitieu\.tanquang\.dcs\.vn\/activate\?u=quantri\.tq&code=([0-9A-Z-]{19})/.exec(run.out);
    expect(link, run.out).not.toBeNull();
    const admin = await t.db.user.findUniqueOrThrow({ where: { username: "quantri.tq" }, include: { activationCode: true } });
    expect(admin.role).toBe("ADMIN");
    // 24 hours by default.
    expect(admin.activationCode!.expiresAt.getTime() - admin.activationCode!.createdAt.getTime()).toBeGreaterThan(23.9 * 3_600_000);
    expect(admin.activationCode!.expiresAt.getTime() - admin.activationCode!.createdAt.getTime()).toBeLessThan(24.1 * 3_600_000);
    await expect(verifySignIn(t.db, { username: "quantri.tq", password: PASSWORD }, "10.1.0.1")).rejects.toMatchObject({ key: "signIn.invalid" });

    // Lost it? Run again: a new link replaces the old one while no password is set.
    const again = runSetup(ARGS);
    const second = /code=([0-9A-Z-]{19})/.exec(again.out)![1]!;
    expect(second).not.toBe(link![1]);
    const fields = { username: "quantri.tq", newPassword: PASSWORD, confirmPassword: PASSWORD };
    await expect(activateAccount(t.db, { ...fields, code: link![1] }, "10.1.0.1")).rejects.toMatchObject({ key: "activationInvalid" });
    await activateAccount(t.db, { ...fields, code: second }, "10.1.0.1");
    await expect(verifySignIn(t.db, { username: "quantri.tq", password: PASSWORD }, "10.1.0.1")).resolves.toMatchObject({ id: admin.id });

    // With a password set, setup prints no link and the password stays.
    const third = runSetup(ARGS);
    expect(third.out).toContain("The administrator already has a password: no link.");
    expect(third.out).not.toContain("/activate?");
    expect(await t.db.activationCode.count()).toBe(0);
  }, 90_000);

  it("expires after --link-hours (the injected clock)", async () => {
    const now = new Date("2026-03-01T00:00:00Z");
    const outcome = await setUpInstallation(t.db, {
      terms: ["2025-2030"], root: { code: "TQ", name: "Đảng bộ tỉnh Tân Quang", kind: "PROVINCIAL" },
      admin: { username: "quantri2.tq", displayName: "Quản trị 2" }, linkHours: 2, force: true,
    }, now);
    expect(outcome).toMatchObject({ changed: true, admin: "quantri2.tq", activation: { username: "quantri2.tq", expiresAt: new Date("2026-03-01T02:00:00Z") } });
    const fields = { username: "quantri2.tq", code: outcome.activation!.code, newPassword: PASSWORD, confirmPassword: PASSWORD };
    await expect(activateAccount(t.db, fields, "10.1.0.2", new Date("2026-03-01T02:00:01Z"))).rejects.toMatchObject({ key: "activationInvalid" });
    await expect(activateAccount(t.db, fields, "10.1.0.2", new Date("2026-03-01T01:59:00Z"))).resolves.toMatchObject({ username: "quantri2.tq" });
  });
});
