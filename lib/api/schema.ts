import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { SEARCH_LIMIT } from "@/lib/committees/search-key";

export const COMMITTEE_PAGE_DEFAULT = 1000;
export const COMMITTEE_PAGE_MAX = 5000;

const id = idSchema;
const year = z.coerce.number().int().min(1930).max(2100);

export const progressQuerySchema = z.object({ committee: id.optional(), term: id.optional(), year: year.optional() });
export const committeesQuerySchema = z.object({
  root: id.optional(),
  /** Levels below the root to include (0: the root alone, 1: with its direct subordinates): the country has 300,000 units. */
  depth: z.coerce.number().int().min(0).max(20).optional(),
  /** A page of at most `limit` units; `after` is the `next` of the previous page. */
  limit: z.coerce.number().int().min(1).max(COMMITTEE_PAGE_MAX).default(COMMITTEE_PAGE_DEFAULT),
  after: z
    .string()
    .regex(/^\d{1,2}\.\d{1,10}$/)
    .transform((cursor) => cursor.split(".").map(Number) as [depth: number, id: number])
    .optional(),
});
export const committeeSearchQuerySchema = z.object({
  // No control characters: PostgreSQL refuses a NUL byte in text, and no committee name holds one.
  q: z.string().max(100).regex(/^\P{Cc}*$/u).default(""),
  limit: z.coerce.number().int().min(1).max(50).default(SEARCH_LIMIT),
});
export const figuresQuerySchema = z.object({ committee: id.optional(), year, element: z.string().regex(/^[A-Z0-9_]{1,64}$/).optional() });
