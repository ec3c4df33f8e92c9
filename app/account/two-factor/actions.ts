"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { confirmTotpSpec, disableTotpSpec, regenerateRecoveryCodesSpec, requireTotpForAdminsSpec, startTotpSpec } from "@/lib/accounts/two-factor";
import type { ActionResult } from "@/lib/auth/action";

type State = ActionResult<unknown> | null;
const start = defineFormAction(startTotpSpec);
const confirm = defineFormAction(confirmTotpSpec);
const regenerate = defineFormAction(regenerateRecoveryCodesSpec);
const disable = defineFormAction(disableTotpSpec);
const requireForAdmins = defineFormAction(requireTotpForAdminsSpec);

export async function startTotp(_previous: State, form: FormData) {
  return start(null, form);
}
export async function confirmTotp(_previous: State, form: FormData) {
  return confirm(null, form);
}
export async function regenerateRecoveryCodes(_previous: State, form: FormData) {
  return regenerate(null, form);
}
export async function disableTotp(_previous: State, form: FormData) {
  return disable(null, form);
}
export async function setRequireTotpForAdmins(_previous: State, form: FormData) {
  return requireForAdmins(null, form);
}
