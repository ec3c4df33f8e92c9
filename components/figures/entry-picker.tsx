import { CommitteeField } from "@/components/committees/committee-field";
import { FilterForm } from "@/components/ui/filter-form";
import type { CommitteeChoices } from "@/lib/committees/search";
// Committee and year of the form, as URL filters applied on change (a GET form, so it also works without script).
// Labels point at their selects (for=): a label wrapping a select would take the options into its text.
export interface EntryPickerProps {
  committeeId: number;
  year: number;
  choices: CommitteeChoices;
  years: number[];
  labels: { legend: string; committee: string; year: string; open: string };
  action?: string;
}

export function EntryPicker({ committeeId, year, choices, years, labels, action = "/figures" }: EntryPickerProps) {
  const id = action.replaceAll("/", "-").slice(1) || "picker";
  const field = "mt-1 min-h-11 w-full rounded border border-stone-300 bg-white px-3 py-2 text-base";
  return (
    <FilterForm action={action} current={`committee=${committeeId}&year=${year}`} label={labels.legend} keepSubmit={choices.search}
      className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem_auto] sm:items-end"
      submit={<button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-800">{labels.open}</button>}>
      <div>
        <label htmlFor={`${id}-committee`} className="font-medium">{labels.committee}</label>
        <CommitteeField id={`${id}-committee`} name="committee" choices={choices} value={String(committeeId)} className={field} />
      </div>
      <div>
        <label htmlFor={`${id}-year`} className="font-medium">{labels.year}</label>
        <select id={`${id}-year`} name="year" defaultValue={String(year)} className={field}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
    </FilterForm>
  );
}
