"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { changeOwnPasswordSpec, signOutEverywhereSpec } from "@/lib/accounts/mutations";

export const changeOwnPassword = defineFormAction(changeOwnPasswordSpec);
export const signOutEverywhere = defineFormAction(signOutEverywhereSpec);
