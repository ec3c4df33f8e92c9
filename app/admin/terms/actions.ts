"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { createTermSpec, deleteTermSpec, setCurrentTermSpec, updateTermSpec } from "@/lib/targets/mutations";

export const createTerm = defineFormAction(createTermSpec);
export const setCurrentTerm = defineFormAction(setCurrentTermSpec);
export const updateTerm = defineFormAction(updateTermSpec);
export const deleteTerm = defineFormAction(deleteTermSpec);
