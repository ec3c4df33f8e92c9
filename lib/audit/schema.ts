// Filters of the audit page, from the URL. Anything malformed is dropped rather than trusted.
import { z } from "zod";
import { optionalIdParam } from "@/lib/ids";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, type AuditGroup } from "./actions";

const day = z.iso.date();
const GROUPS = Object.keys(AUDIT_ACTION_GROUPS) as AuditGroup[];

export const auditFilterSchema = z.object({
  committee: optionalIdParam,
  /** One action, or a group of them ("signIns"). */
  action: z.enum([...AUDIT_ACTIONS, ...GROUPS] as [string, ...string[]]).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  /** Keyset pagination: events older than this id. */
  before: z.string().regex(/^\d{1,19}$/).optional().catch(undefined),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;
