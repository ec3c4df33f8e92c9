"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { markAllNoticesReadSpec, markNoticeReadSpec } from "@/lib/notifications/mutations";

export const markNoticeRead = defineFormAction(markNoticeReadSpec);
export const markAllNoticesRead = defineFormAction(markAllNoticesReadSpec);
