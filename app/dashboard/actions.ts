"use server";
import { defineAction } from "@/lib/auth/server-action";
import { saveReportDetailsSpec } from "@/lib/reports/details";

export const saveReportDetails = defineAction(saveReportDetailsSpec);
