"use server";
import { defineAction } from "@/lib/auth/server-action";
import { applyRestructureSpec, previewRestructureSpec } from "@/lib/committees/restructure/mutations";

export const previewRestructureAction = defineAction(previewRestructureSpec);
export const applyRestructureAction = defineAction(applyRestructureSpec);
