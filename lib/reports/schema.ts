import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { LOCALES } from "@/lib/i18n/locales";
import { REPORT_FORMATS, type ReviewKind } from "./types";

const id = idSchema;

/** kind=mid|end chooses the review; without it the review year decides (reviewKindFor). */
export const REVIEW_KINDS: Record<"mid" | "end", ReviewKind> = { mid: "MID_TERM", end: "TERM_END" };

/** "25", "125a", "07": the part before the symbol of "Số 25-BC/ĐU"; the symbol itself is the committee's. */
export const reportNumberSchema = z.string().trim().max(12).regex(/^[0-9A-Za-zĐđ.]*$/, "reportNumber");
export const signerNameSchema = z.string().trim().max(80).regex(/^[^<>{}\n\r\t]*$/, "signerName");

/** The download's query: the dashboard's filters, the file format, the review, and the language (?lang=vi|en). */
export const reviewQuerySchema = z.object({
  committee: id.optional(),
  term: id.optional(),
  year: z.coerce.number().int().min(1930).max(2100).optional(),
  format: z.enum(REPORT_FORMATS),
  kind: z.enum(["mid", "end"]).optional(),
  lang: z.enum(LOCALES).optional(),
  number: reportNumberSchema.optional(),
  signer: signerNameSchema.optional(),
});

export type ReviewQuery = z.infer<typeof reviewQuerySchema>;

/** The details kept for a committee's next report (lib/reports/details.ts). */
export const reportDetailsSchema = z.object({
  committeeId: id,
  number: reportNumberSchema,
  signer: signerNameSchema,
});

