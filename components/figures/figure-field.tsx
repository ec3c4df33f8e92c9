"use client";
// One row of the entry form: label, input with its unit, last year's value, and the messages that belong to
// it (error, warning with its explanation field, someone else's stored value), all linked by aria-describedby.
import type { FormElement } from "@/lib/figures/types";

export interface FieldView {
  element: FormElement;
  value: string;
  note: string;
  /** Show the explanation input (a warning, or an explanation already stored). */
  showNote: boolean;
  lastYear: string;
  error: string | null;
  warning: string | null;
  conflict: string | null;
  readOnly: boolean;
}

export interface FieldLabels {
  note: string;
  noteHint: string;
}

const INDENT = ["font-medium", "pl-4 font-medium", "pl-8"];

export function FigureField({ view, labels, onValue, onNote }: {
  view: FieldView;
  labels: FieldLabels;
  onValue: (value: string) => void;
  onNote: (note: string) => void;
}) {
  const { element, error, warning, conflict } = view;
  const id = `figure-${element.id}`;
  const describedBy = [`${id}-unit`, `${id}-last`, error && `${id}-error`, warning && `${id}-warning`, conflict && `${id}-conflict`]
    .filter(Boolean).join(" ");
  const border = error ? "border-red-700" : warning ? "border-amber-600" : conflict ? "border-blue-700" : "border-stone-400";
  return (
    <div className="grid gap-x-4 gap-y-1 border-t border-stone-200 py-2.5 first:border-t-0 sm:grid-cols-[minmax(0,1fr)_14rem_9.5rem] sm:items-center">
      {/* A statistical form's rows keep the form's indent: sections bold, "a." and "of which" rows further in. */}
      <label htmlFor={id} className={`leading-snug ${INDENT[element.indent] ?? INDENT[2]}`}>{element.name}</label>
      <div className="flex items-center gap-2">
        <input
          // Counts are whole: the phone's digit pad; rates and money: the pad with the decimal comma. "next" on the
          // on-screen keyboard sends Enter, which the form turns into a move to the next field.
          id={id} name={`value-${element.id}`} data-entry type="text" inputMode={element.valueType === "COUNT" ? "numeric" : "decimal"}
          enterKeyHint="next" autoComplete="off" spellCheck={false}
          value={view.value} readOnly={view.readOnly} onChange={(e) => onValue(e.target.value)}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy}
          className={`min-h-11 w-32 scroll-my-24 rounded border-2 px-2 py-1.5 text-right text-base tabular-nums read-only:bg-stone-100 read-only:text-stone-700 focus:border-blue-700 ${border}`}
        />
        <span id={`${id}-unit`} className="whitespace-nowrap text-sm text-stone-600">{element.unit}</span>
      </div>
      <p id={`${id}-last`} className="text-sm text-stone-500 tabular-nums">{view.lastYear}</p>
      {error && <p id={`${id}-error`} className="text-sm font-medium text-red-800 sm:col-span-3">{error}</p>}
      {warning && <p id={`${id}-warning`} className="text-sm font-medium text-amber-900 sm:col-span-3">{warning}</p>}
      {conflict && <p id={`${id}-conflict`} className="text-sm font-medium text-blue-900 sm:col-span-3">{conflict}</p>}
      {view.showNote && (
        <div className="sm:col-span-3">
          <label htmlFor={`${id}-note`} className="text-sm font-medium">{labels.note}</label>
          <input
            id={`${id}-note`} name={`note-${element.id}`} data-entry type="text" value={view.note} readOnly={view.readOnly}
            onChange={(e) => onNote(e.target.value)} aria-describedby={`${id}-note-hint`} maxLength={1000} enterKeyHint="next"
            className="mt-1 min-h-11 w-full rounded border-2 border-stone-400 px-2 py-1.5 text-base read-only:bg-stone-100 focus:border-blue-700"
          />
          <p id={`${id}-note-hint`} className="text-sm text-stone-500">{labels.noteHint}</p>
        </div>
      )}
    </div>
  );
}
