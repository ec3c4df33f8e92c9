// Every action the audit trail records, grouped as the audit page's filter offers them. A test checks that every
// action written anywhere in lib/ is listed here and reads as a sentence in both languages.
export const AUDIT_ACTION_GROUPS = {
  figures: ["figure.create", "figure.update", "figure.delete", "figure.import"],
  workflow: ["figure.submit", "figure.approve", "figure.return", "figure.unlock"],
  resolutions: [
    "resolution.create", "resolution.update", "resolution.reassign", "resolution.import", "target.create", "target.update", "target.amend", "target.move",
    "target.delete", "target.cascade", "target.uncascade", "report.details",
  ],
  committees: [
    "committee.create", "committee.import", "committee.update", "committee.move", "committee.merge", "committee.split", "committee.rename", "committee.dissolve",
    "restructure.move", "restructure.merge", "restructure.split", "restructure.rename", "restructure.dissolve",
    "restructure.schedule", "restructure.cancel", "restructure.schedule_failed",
  ],
  accounts: [
    "account.create", "account.import", "account.activate", "account.activation_failed", "account.issue_code", "account.update", "account.enable", "account.disable", "account.reset_password", "account.change_password", "account.email",
    "account.totp_enable", "account.totp_disable", "account.recovery_codes", "account.scopeFollowsSuccessor",
    "api_token.create", "api_token.revoke", "api_token.use",
  ],
  calendar: ["calendar.set", "calendar.remove", "extension.grant", "extension.revoke"],
  installation: [
    "installation.setup", "demo.seed", "term.create", "term.update", "term.delete", "term.set_current", "element.create", "element.retire", "element.restore", "element.delete", "indicator.create", "setting.require_totp_for_admins", "setting.approve_after_units"],
  signIns: ["auth.sign_in", "auth.sign_in_failed", "auth.sign_in_throttled", "auth.recovery_code_used", "auth.sign_out", "auth.sign_out_everywhere"],
} as const;

export type AuditGroup = keyof typeof AUDIT_ACTION_GROUPS;
export type AuditAction = (typeof AUDIT_ACTION_GROUPS)[AuditGroup][number];
export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AUDIT_ACTION_GROUPS).flat();
