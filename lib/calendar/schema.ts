// zod schemas of the reporting calendar's actions. Dates are calendar days ("YYYY-MM-DD", as a date input sends).
import { z } from "zod";
import { idSchema, MAX_INT } from "@/lib/ids";
import { yearSchema } from "@/lib/figures/schema";

const day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "dateInvalid");

export const setCalendarSchema = z.object({
  committeeId: idSchema,
  year: yearSchema,
  opensOn: day,
  entryDeadline: day,
  approvalDeadline: day,
}).superRefine((c, ctx) => {
  if (c.entryDeadline < c.opensOn) ctx.addIssue({ code: "custom", path: ["entryDeadline"], message: "deadlineBeforeOpening" });
  if (c.approvalDeadline < c.entryDeadline) ctx.addIssue({ code: "custom", path: ["approvalDeadline"], message: "approvalBeforeEntry" });
});

export const removeCalendarSchema = z.object({ id: idSchema });

/** Ids as the extension form posts them: one field, comma-separated (several units at once). */
export const committeeIdList = z.string().max(20_000)
  .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\d{1,10}$/, "notFound").transform(Number).refine((n) => n >= 1 && n <= MAX_INT, "notFound")).min(1, "unitsRequired").max(1000));

export const grantExtensionsSchema = z.object({
  committeeIds: committeeIdList,
  year: yearSchema,
  until: day,
  reason: z.string().trim().min(1, "reasonRequired").max(1000),
});

export const revokeExtensionSchema = z.object({ id: idSchema });

/** The ids a raw extension form names, for the scope check before parsing. */
export function namedIds(raw: unknown): (number | null)[] {
  const value = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).committeeIds : undefined;
  const parsed = committeeIdList.safeParse(value);
  return parsed.success ? parsed.data : [null];
}
