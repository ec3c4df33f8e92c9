// Every id and version the app reads from a request (route, search parameter, action, API) is a PostgreSQL int4:
// a value beyond it must be refused here, as "not found" or "invalid", never reach a query that fails with it.
import { z } from "zod";

export const MAX_INT = 2_147_483_647;

/** An id: a whole number 1..2147483647. */
export const idSchema = z.coerce.number().int().min(1).max(MAX_INT);

/** A row version for optimistic concurrency (0 where the form saw no row). */
export const versionSchema = z.coerce.number().int().min(0).max(MAX_INT);

/** An optional id from a URL: a malformed or out-of-range one is ignored, as if absent. */
export const optionalIdParam = idSchema.optional().catch(undefined);
