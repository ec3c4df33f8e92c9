// API tokens: created by an administrator for a scope committee, stored hashed, revocable, audited on use.
// (The token table arrives with the schema change of this feature; until then no token is accepted.)
import "server-only";
import type { Viewer } from "@/lib/auth/session";

export async function authenticateToken(_token: string, _request: Request): Promise<Viewer | null> {
  return null;
}
