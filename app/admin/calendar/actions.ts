"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { approveAfterUnitsSpec } from "@/lib/figures/approval-order";
import { grantExtensionsSpec, removeCalendarSpec, revokeExtensionSpec, setCalendarSpec } from "@/lib/calendar/mutations";

export const setCalendar = defineFormAction(setCalendarSpec);
export const removeCalendar = defineFormAction(removeCalendarSpec);
export const grantExtensions = defineFormAction(grantExtensionsSpec);
export const revokeExtension = defineFormAction(revokeExtensionSpec);
export const setApproveAfterUnits = defineFormAction(approveAfterUnitsSpec);
