// Reads of the restructuring page.
import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db, sql } from "@/lib/db";
import { logUnexpected } from "@/lib/errors";
import { applyDueRestructures, getPendingRestructures } from "./schedule";

/**
 * The pending operations in the viewer's subtree. Any that fell due are applied first (as every app worker also
 * does on a timer), so the page never lists as pending a change whose day has come.
 */
export async function getScopedPendingRestructures(viewer: Viewer) {
  await applyDueRestructures(db).catch((error) => logUnexpected("scheduled restructures", error));
  return getPendingRestructures(sql, viewer.scopeCommitteeId);
}
