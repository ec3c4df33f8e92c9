"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { changeOwnEmailSpec, changeOwnPasswordSpec, signOutEverywhereSpec } from "@/lib/accounts/mutations";

export const changeOwnPassword = defineFormAction(changeOwnPasswordSpec);
export const changeOwnEmail = defineFormAction(changeOwnEmailSpec);
export const signOutEverywhere = defineFormAction(signOutEverywhereSpec);
