// The forms' reads for pages, on the app's pool and within the viewer's subtree.
import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { sql } from "@/lib/db";
import { findFormIssues } from "./checks";

export function getFormIssues(viewer: Viewer, committeeId: number, year: number) {
  return findFormIssues(sql, viewer.scopeCommitteeId, committeeId, year);
}
