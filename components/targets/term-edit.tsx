// A term's years, corrected or the term deleted, offered only while no resolution uses it (the server checks again).
import { ActionForm, TextField } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/auth/action";

type Action = (previous: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;

export function TermEdit({ term, labels, update, remove }: {
  term: { id: number; name: string; startYear: number; endYear: number };
  labels: { edit: string; save: string; delete: string; startYear: string; endYear: string };
  update: Action;
  remove: Action;
}) {
  return (
    <details>
      <summary className="cursor-pointer text-party underline">{labels.edit}</summary>
      <div className="mt-2 space-y-3">
        <ActionForm action={update} submitLabel={labels.save}>
          <input type="hidden" name="id" value={term.id} />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="startYear" label={labels.startYear} inputMode="numeric" defaultValue={term.startYear} />
            <TextField name="endYear" label={labels.endYear} inputMode="numeric" defaultValue={term.endYear} />
          </div>
        </ActionForm>
        <ActionForm action={remove} submitLabel={`${labels.delete} ${term.name}`} variant="danger">
          <input type="hidden" name="id" value={term.id} />
        </ActionForm>
      </div>
    </details>
  );
}
