"use server";
import { defineAction, defineFormAction } from "@/lib/auth/server-action";
import { applyRestructureSpec, previewRestructureSpec } from "@/lib/committees/restructure/mutations";
import { cancelScheduledRestructureSpec } from "@/lib/committees/restructure/schedule";

export const previewRestructureAction = defineAction(previewRestructureSpec);
export const applyRestructureAction = defineAction(applyRestructureSpec);
export const cancelScheduledRestructureAction = defineFormAction(cancelScheduledRestructureSpec);
