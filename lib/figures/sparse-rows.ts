// Which rows of a form's group the entry form shows when the group is a long breakdown most units leave empty
// (blankIsZero: Biểu 4's 56 ethnic groups and 7 religions, each with its women). A clerk sees the rows with a value
// (now, stored, or last year) and the rows paired with them (a row and its women), and opens the rest with one
// button: 126 empty fields are not what a cell of 40 members should scroll past every year.
import type { FormElement } from "./types";

/** Fewer blank-as-zero rows than this: the group is short enough to show whole. */
export const LONG_BREAKDOWN = 20;

export interface SparseView {
  shown: FormElement[];
  /** Rows left out (0 when the group is short, or opened). */
  hidden: number;
}

/**
 * The rows to show, in order; the headings of a row left out go to the next row shown, so "II. …tôn giáo" still heads
 * the religions when the first religion is empty. `hasData` says whether a row has anything to show.
 */
export function sparseView(list: FormElement[], open: boolean, hasData: (e: FormElement) => boolean): SparseView {
  const sparse = list.filter((e) => e.blankIsZero);
  if (open || sparse.length < LONG_BREAKDOWN) return { shown: list, hidden: 0 };
  const ids = new Set(list.map((e) => e.id));
  // A row and its women ("of which", a part of it on the same form) show together.
  const rowOf = (e: FormElement) => (e.partOfId !== null && ids.has(e.partOfId) ? e.partOfId : e.id);
  const withData = new Set(list.filter(hasData).map(rowOf));
  const shown: FormElement[] = [];
  let headings: string[] = [];
  for (const e of list) {
    if (e.blankIsZero && !withData.has(rowOf(e))) {
      headings = [...headings, ...(e.headings ?? [])];
      continue;
    }
    const own = [...headings, ...(e.headings ?? [])];
    shown.push(own.length > 0 ? { ...e, headings: own } : e);
    headings = [];
  }
  return { shown, hidden: list.length - shown.length };
}
