import { CommitteeSelectField, SelectField, TextField } from "@/components/ui/action-form";
import type { CommitteeChoices } from "@/lib/committees/search";

export interface AccountFieldLabels {
  displayName: string;
  role: string;
  scope: string;
  email: string;
  emailHint: string;
  roles: Record<string, string>;
}

/** The fields an administrator sets on an account (create and edit share them). */
export function AccountFields({ labels, choices, scopeCommitteeId, defaults }: {
  labels: AccountFieldLabels;
  choices: CommitteeChoices;
  /** The administrator's own scope: a new account's unit until another is chosen. */
  scopeCommitteeId: number;
  defaults?: { displayName: string; role: string; scopeCommitteeId: number; email: string | null };
}) {
  return (
    <>
      <TextField name="displayName" label={labels.displayName} defaultValue={defaults?.displayName} required />
      <SelectField name="role" label={labels.role} defaultValue={defaults?.role ?? "VIEWER"}
        options={Object.entries(labels.roles).map(([value, label]) => ({ value, label }))} />
      <CommitteeSelectField name="scopeCommitteeId" label={labels.scope} choices={choices}
        defaultValue={String(defaults?.scopeCommitteeId ?? scopeCommitteeId)} />
      <TextField name="email" type="email" label={labels.email} hint={labels.emailHint} defaultValue={defaults?.email ?? ""} autoComplete="off" />
    </>
  );
}
