"use server";
import { defineAction, defineFormAction } from "@/lib/auth/server-action";
import { approveYearSpec, returnYearSpec, saveDraftSpec, submitYearSpec, unlockYearSpec } from "@/lib/figures/mutations";

// The entry form posts a structured object (fields with versions); the workflow steps post their forms.
export const saveDraft = defineAction(saveDraftSpec);
export const submitYear = defineAction(submitYearSpec);
export const approveYear = defineFormAction(approveYearSpec);
export const returnYear = defineFormAction(returnYearSpec);
export const unlockYear = defineFormAction(unlockYearSpec);
