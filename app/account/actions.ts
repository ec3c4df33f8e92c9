"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { changeOwnPasswordSpec, signOutEverywhereSpec } from "@/lib/accounts/mutations";
import type { ActionResult } from "@/lib/auth/action";

const changePasswordAction = defineFormAction(changeOwnPasswordSpec);
const signOutEverywhereAction = defineFormAction(signOutEverywhereSpec);

export async function changeOwnPassword(previous: ActionResult<unknown> | null, form: FormData) {
  return changePasswordAction(null, form);
}

export async function signOutEverywhere(previous: ActionResult<unknown> | null, form: FormData) {
  return signOutEverywhereAction(null, form);
}
