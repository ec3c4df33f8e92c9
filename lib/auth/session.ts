// The one session helper every page, action and route handler calls.
// FOUNDATION PLACEHOLDER: there is no sign-in yet (the sign-in issue replaces this file's body); until then
// every visitor acts as a read-only viewer of the whole tree's first root.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export interface Viewer {
  userId: number | null;
  role: "ADMIN" | "EDITOR" | "APPROVER" | "VIEWER";
  scopeCommitteeId: number;
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const root = await db.committee.findFirst({ where: { parentId: null }, orderBy: { id: "asc" }, select: { id: true } });
  return root ? { userId: null, role: "VIEWER", scopeCommitteeId: root.id } : null;
});
