"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { createTermSpec, setCurrentTermSpec } from "@/lib/targets/mutations";

export const createTerm = defineFormAction(createTermSpec);
export const setCurrentTerm = defineFormAction(setCurrentTermSpec);
