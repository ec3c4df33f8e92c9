import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { LOCALES } from "@/lib/i18n/locales";
import { REPORT_FORMATS, type ReviewKind } from "./types";

const id = idSchema;

/** kind=mid|end chooses the review; without it the review year decides (reviewKindFor). */
export const REVIEW_KINDS: Record<"mid" | "end", ReviewKind> = { mid: "MID_TERM", end: "TERM_END" };

/** The download's query: the dashboard's filters, the file format, the review, and the language (?lang=vi|en). */
export const reviewQuerySchema = z.object({
  committee: id.optional(),
  term: id.optional(),
  year: z.coerce.number().int().min(1930).max(2100).optional(),
  format: z.enum(REPORT_FORMATS),
  kind: z.enum(["mid", "end"]).optional(),
  lang: z.enum(LOCALES).optional(),
});

export type ReviewQuery = z.infer<typeof reviewQuerySchema>;

