"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { createAccountSpec, resetPasswordSpec, setAccountActiveSpec, updateAccountSpec } from "@/lib/accounts/mutations";
import type { ActionResult } from "@/lib/auth/action";

type State = ActionResult<unknown> | null;
const create = defineFormAction(createAccountSpec);
const update = defineFormAction(updateAccountSpec);
const setActive = defineFormAction(setAccountActiveSpec);
const reset = defineFormAction(resetPasswordSpec);

export async function createAccount(_previous: State, form: FormData) {
  return create(null, form);
}
export async function updateAccount(_previous: State, form: FormData) {
  return update(null, form);
}
export async function setAccountActive(_previous: State, form: FormData) {
  return setActive(null, form);
}
export async function resetPassword(_previous: State, form: FormData) {
  return reset(null, form);
}
