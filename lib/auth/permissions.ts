// What each role may do. Scope (which committees) is checked separately, in every query.
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  "dashboard.read",
  "figure.enter",
  "figure.submit",
  "figure.approve",
  "figure.unlock",
  "report.export",
  /** Terms and the catalogue of data elements and indicators: administrators only. */
  "target.manage",
  /** A committee's resolution and its targets, cascades and amendments (scope-checked). */
  "resolution.manage",
  "committee.manage",
  "account.manage",
  /** One's own account: password, sessions, two-step verification. Every role has it. */
  "account.self",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  // Staff enter and submit their units' figures; approving their own work is someone else's job.
  EDITOR: ["dashboard.read", "figure.enter", "figure.submit", "report.export", "resolution.manage", "account.self"],
  // Leaders approve, return and unlock; they read everything in their subtree but do not type figures.
  APPROVER: ["dashboard.read", "figure.approve", "figure.unlock", "report.export", "account.self"],
  VIEWER: ["dashboard.read", "report.export", "account.self"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
