// The account a command-line tool acts as (the audit trail needs a who): `--as <username>`, or the first active
// administrator. Its role and scope apply exactly as in the browser.
import type { Db } from "../../lib/db-client";

export async function findCliAccount(db: Db, username: string | undefined) {
  const account = await db.user.findFirst({
    where: username ? { username, active: true } : { role: "ADMIN", active: true },
    orderBy: { id: "asc" },
    select: { id: true, username: true, role: true, scopeCommitteeId: true },
  });
  if (!account) throw new Error(username ? `No active account "${username}".` : "No active administrator: pass --as <username>.");
  return { userId: account.id, username: account.username, role: account.role, scopeCommitteeId: account.scopeCommitteeId };
}
