"use server";
import { activateAccount } from "@/lib/accounts/activation";
import { definePublicFormAction } from "@/lib/auth/server-action";

export const activate = definePublicFormAction((raw, { db, ip }) => activateAccount(db, raw, ip));
