import { CommitteeField } from "@/components/committees/committee-field";
import type { CommitteeChoices } from "@/lib/committees/search";
// The audit page's filters, as URL parameters of a plain GET form (keyboard-friendly, works without script).
export interface AuditFiltersProps {
  committeeId: number;
  choices: CommitteeChoices;
  action?: string;
  /** Grouped: each group's first option is the whole group. */
  actions: { label: string; options: { value: string; label: string }[] }[];
  from?: string;
  to?: string;
  labels: { committee: string; action: string; allActions: string; from: string; to: string; apply: string };
}

export function AuditFilters({ committeeId, choices, action, actions, from, to, labels }: AuditFiltersProps) {
  const field = "mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2 text-base";
  return (
    <form method="get" action="/audit" className="grid gap-3 sm:grid-cols-2 sm:items-end lg:grid-cols-[minmax(0,2fr)_minmax(0,1.3fr)_10rem_10rem_auto]">
      <div>
        <label htmlFor="audit-committee" className="font-medium">{labels.committee}</label>
        <CommitteeField id="audit-committee" name="committee" choices={choices} value={String(committeeId)} className={field} />
      </div>
      <div>
        <label htmlFor="audit-action" className="font-medium">{labels.action}</label>
        <select id="audit-action" name="action" defaultValue={action ?? ""} className={field}>
          <option value="">{labels.allActions}</option>
          {actions.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((a) => <option key={a.value} value={a.value}>{a.label}</option>)}
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="font-medium">{labels.from}</label>
        <input id="audit-from" type="date" name="from" defaultValue={from} className={field} />
      </div>
      <div>
        <label htmlFor="audit-to" className="font-medium">{labels.to}</label>
        <input id="audit-to" type="date" name="to" defaultValue={to} className={field} />
      </div>
      <button type="submit" className="justify-self-start rounded bg-party px-4 py-2 font-semibold text-white">{labels.apply}</button>
    </form>
  );
}
