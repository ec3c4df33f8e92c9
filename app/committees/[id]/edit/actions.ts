"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { addUnitSpec, editUnitSpec } from "@/lib/committees/units";

export const editUnit = defineFormAction(editUnitSpec);
export const addUnit = defineFormAction(addUnitSpec);
