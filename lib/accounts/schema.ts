import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { passwordSchema } from "@/lib/auth/password";

export const ROLES = ["ADMIN", "EDITOR", "APPROVER", "VIEWER"] as const;

const id = idSchema;
export const usernameSchema = z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,64}$/, "usernameFormat");
const displayName = z.string().trim().min(1, "required").max(200);
/** Where the account's notices also go by mail (where SMTP is configured); empty: none. Absent: left as it is. */
export const emailSchema = z.string().trim().toLowerCase().max(254, "emailInvalid")
  .refine((v) => v === "" || z.email().safeParse(v).success, "emailInvalid")
  .transform((v) => v || null);
const email = emailSchema.optional();

export const createAccountSchema = z.object({
  username: usernameSchema,
  displayName,
  role: z.enum(ROLES),
  scopeCommitteeId: id,
  email,
  password: passwordSchema,
});

export const updateAccountSchema = z.object({ id, displayName, role: z.enum(ROLES), scopeCommitteeId: id, email });
export const setActiveSchema = z.object({ id, active: z.enum(["true", "false"]).transform((v) => v === "true") });
export const resetPasswordSchema = z.object({ id, password: passwordSchema });
export const accountIdSchema = z.object({ id });

/** The account's own address for notices by mail ("" for none). */
export const changeOwnEmailSchema = z.object({ email: emailSchema });

export const changeOwnPasswordSchema = z
  .object({ currentPassword: z.string().min(1, "required").max(200), newPassword: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "passwordMismatch" });
