"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { confirmTotpSpec, disableTotpSpec, regenerateRecoveryCodesSpec, requireTotpForAdminsSpec, startTotpSpec } from "@/lib/accounts/two-factor";

export const startTotp = defineFormAction(startTotpSpec);
export const confirmTotp = defineFormAction(confirmTotpSpec);
export const regenerateRecoveryCodes = defineFormAction(regenerateRecoveryCodesSpec);
export const disableTotp = defineFormAction(disableTotpSpec);
export const setRequireTotpForAdmins = defineFormAction(requireTotpForAdminsSpec);
