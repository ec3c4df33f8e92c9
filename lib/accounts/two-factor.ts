// Two-step verification of one's own account: enrol (secret shown as a QR code rendered on the server),
// confirm with a code (then ten recovery codes, shown once), regenerate recovery codes, or turn it off.
import { z } from "zod";
import { type ActionSpec } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, verifyTotp } from "@/lib/auth/totp";
import { recordAudit } from "@/lib/audit/record";
import { transaction } from "@/lib/sql";
import { getBooleanSetting, REQUIRE_TOTP_FOR_ADMINS, setBooleanSetting } from "@/lib/settings";

const nothing = z.object({}).passthrough();
const codeSchema = z.object({ code: z.string().trim().min(1, "required").max(20) });
const passwordSchema = z.object({ password: z.string().min(1, "required").max(200) });

export const startTotpSpec = {
  permission: "account.self",
  scope: "own-account",
  schema: nothing,
  async run(_input, { viewer, db }) {
    if (viewer.totpEnabled) throw new AppError("REFUSED", "totpAlreadyOn");
    // A fresh secret each time enrolment starts; it only takes effect once a code from it is confirmed.
    await db.user.update({ where: { id: viewer.userId }, data: { totpSecret: newTotpSecret() } });
    return { started: true };
  },
} satisfies ActionSpec<typeof nothing, { started: boolean }>;

export const confirmTotpSpec = {
  permission: "account.self",
  scope: "own-account",
  schema: codeSchema,
  async run({ code }, { viewer, db }) {
    const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { totpSecret: true, totpEnabled: true } });
    if (user.totpEnabled || !user.totpSecret) throw new AppError("REFUSED", "totpNotStarted");
    if (!verifyTotp(user.totpSecret, viewer.username, code)) throw new AppError("INVALID", "totpWrongCode");
    const recoveryCodes = newRecoveryCodes();
    await transaction(db, async (tx, sql) => {
      await tx.user.update({
        where: { id: viewer.userId },
        data: { totpEnabled: true, recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) },
      });
      await recordAudit(sql, { actorId: viewer.userId, action: "account.totp_enable", entityType: "User", entityId: viewer.userId });
    });
    return { recoveryCodes };
  },
} satisfies ActionSpec<typeof codeSchema, { recoveryCodes: string[] }>;

export const regenerateRecoveryCodesSpec = {
  permission: "account.self",
  scope: "own-account",
  schema: passwordSchema,
  async run({ password }, { viewer, db }) {
    await checkPassword(db, viewer.userId, password);
    const recoveryCodes = newRecoveryCodes();
    await transaction(db, async (tx, sql) => {
      await tx.user.update({ where: { id: viewer.userId }, data: { recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) } });
      await recordAudit(sql, { actorId: viewer.userId, action: "account.recovery_codes", entityType: "User", entityId: viewer.userId });
    });
    return { recoveryCodes };
  },
} satisfies ActionSpec<typeof passwordSchema, { recoveryCodes: string[] }>;

export const disableTotpSpec = {
  permission: "account.self",
  scope: "own-account",
  schema: passwordSchema,
  async run({ password }, { viewer, db }) {
    await checkPassword(db, viewer.userId, password);
    if (viewer.role === "ADMIN" && (await getBooleanSetting(db, REQUIRE_TOTP_FOR_ADMINS))) {
      throw new AppError("REFUSED", "totpRequired");
    }
    await transaction(db, async (tx, sql) => {
      await tx.user.update({ where: { id: viewer.userId }, data: { totpEnabled: false, totpSecret: null, recoveryCodeHashes: [] } });
      await recordAudit(sql, { actorId: viewer.userId, action: "account.totp_disable", entityType: "User", entityId: viewer.userId });
    });
    return { disabled: true };
  },
} satisfies ActionSpec<typeof passwordSchema, { disabled: boolean }>;

const settingSchema = z.object({ required: z.enum(["true", "false"]).transform((v) => v === "true") });

export const requireTotpForAdminsSpec = {
  permission: "account.manage",
  scope: "installation",
  schema: settingSchema,
  async run({ required }, { viewer, db }) {
    await transaction(db, async (tx, sql) => {
      await setBooleanSetting(tx, REQUIRE_TOTP_FOR_ADMINS, required);
      await recordAudit(sql, { actorId: viewer.userId, action: "setting.require_totp_for_admins", entityType: "AppSetting", entityId: REQUIRE_TOTP_FOR_ADMINS, after: { required } });
    });
    return { required };
  },
} satisfies ActionSpec<typeof settingSchema, { required: boolean }>;

async function checkPassword(db: Parameters<typeof disableTotpSpec.run>[1]["db"], userId: number, password: string) {
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(password, passwordHash))) throw new AppError("REFUSED", "wrongPassword");
}
