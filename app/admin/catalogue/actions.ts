"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { createDataElementSpec, createIndicatorSpec, deleteDataElementSpec, retireDataElementSpec } from "@/lib/catalogue/mutations";

export const createDataElement = defineFormAction(createDataElementSpec);
export const retireDataElement = defineFormAction(retireDataElementSpec);
export const deleteDataElement = defineFormAction(deleteDataElementSpec);
export const createIndicator = defineFormAction(createIndicatorSpec);
