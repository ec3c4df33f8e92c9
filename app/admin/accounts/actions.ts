"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { createAccountSpec, issueActivationCodeSpec, resetPasswordSpec, setAccountActiveSpec, updateAccountSpec } from "@/lib/accounts/mutations";

export const createAccount = defineFormAction(createAccountSpec);
export const updateAccount = defineFormAction(updateAccountSpec);
export const setAccountActive = defineFormAction(setAccountActiveSpec);
export const resetPassword = defineFormAction(resetPasswordSpec);
export const issueActivationCode = defineFormAction(issueActivationCodeSpec);
