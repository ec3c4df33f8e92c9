// Filters of the audit page, from the URL. Anything malformed is dropped rather than trusted.
import { z } from "zod";

export const FIGURE_ACTIONS = [
  "figure.create", "figure.update", "figure.delete", "figure.submit", "figure.approve", "figure.return", "figure.unlock",
  "figure.import",
] as const;
/** Account events carry the account's scope committee; only account administrators see them. */
export const ACCOUNT_ACTIONS = [
  "account.create", "account.update", "account.enable", "account.disable", "account.reset_password", "auth.sign_in",
] as const;

const day = z.iso.date();

export const auditFilterSchema = z.object({
  committee: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  action: z.enum([...FIGURE_ACTIONS, ...ACCOUNT_ACTIONS]).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  /** Keyset pagination: events older than this id. */
  before: z.string().regex(/^\d{1,19}$/).optional().catch(undefined),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;
