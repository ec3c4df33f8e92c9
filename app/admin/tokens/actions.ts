"use server";
import { defineFormAction } from "@/lib/auth/server-action";
import { createApiTokenSpec, revokeApiTokenSpec } from "@/lib/accounts/api-tokens";

export const createApiToken = defineFormAction(createApiTokenSpec);
export const revokeApiToken = defineFormAction(revokeApiTokenSpec);
