import { SelectField, TextField } from "@/components/ui/action-form";

export interface AccountFieldLabels {
  displayName: string;
  role: string;
  scope: string;
  roles: Record<string, string>;
}

/** The fields an administrator sets on an account (create and edit share them). */
export function AccountFields({ labels, committees, defaults }: {
  labels: AccountFieldLabels;
  committees: { value: string; label: string }[];
  defaults?: { displayName: string; role: string; scopeCommitteeId: number };
}) {
  return (
    <>
      <TextField name="displayName" label={labels.displayName} defaultValue={defaults?.displayName} required />
      <SelectField name="role" label={labels.role} defaultValue={defaults?.role ?? "VIEWER"}
        options={Object.entries(labels.roles).map(([value, label]) => ({ value, label }))} />
      <SelectField name="scopeCommitteeId" label={labels.scope} defaultValue={defaults ? String(defaults.scopeCommitteeId) : undefined}
        options={committees} />
    </>
  );
}
