"use server";
import { defineAction, defineFormAction } from "@/lib/auth/server-action";
import { cascadeTargetSpec } from "@/lib/targets/cascade-mutations";
import {
  amendTargetSpec, createTargetSpec, deleteTargetSpec, moveTargetSpec, saveResolutionSpec, updateTargetSpec,
} from "@/lib/targets/mutations";

export const saveResolution = defineFormAction(saveResolutionSpec);
export const createTarget = defineFormAction(createTargetSpec);
export const updateTarget = defineFormAction(updateTargetSpec);
export const amendTarget = defineFormAction(amendTargetSpec);
export const moveTarget = defineFormAction(moveTargetSpec);
export const deleteTarget = defineFormAction(deleteTargetSpec);
export const cascadeTarget = defineAction(cascadeTargetSpec);
