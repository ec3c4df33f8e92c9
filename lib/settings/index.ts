// Instance-wide settings kept in PostgreSQL (so every app instance sees the same).
import type { Db } from "@/lib/db-client";

type Tx = Pick<Db, "appSetting">;

export const REQUIRE_TOTP_FOR_ADMINS = "requireTotpForAdmins";

export async function getBooleanSetting(tx: Tx, key: string): Promise<boolean> {
  const row = await tx.appSetting.findUnique({ where: { key } });
  return row?.value === true;
}

export async function setBooleanSetting(tx: Tx, key: string, value: boolean): Promise<void> {
  await tx.appSetting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
