// Pure: one statistical form of one committee and year, rolled up over its subtree, as every file prints it.
import { formatFixed, formatNumber } from "@/lib/i18n/format";
import type { CommitteeName } from "@/lib/reports/issuer";
import { formHeading } from "./heading";
import type { StatForm } from "./forms";
import type { FormHeading } from "./layout";
import type { GroupsFormModel } from "./groups-form";
import type { TypesFormModel } from "./types-form";

export interface StatFormRowInput {
  label: string;
  indent: number;
  /** Subtree totals for the year and the year before; null where nothing was entered. */
  current: number | null;
  previous: number | null;
  /** A heading, or a row the installation does not collect (Biểu 2's average age): its number cells stay blank. */
  heading?: boolean;
}

export interface StatFormRow extends StatFormRowInput {
  /** A section (A, B, C, D) prints bold. */
  bold: boolean;
  /** Column 4 = 2 × 100 / 3, to two decimals; null (printed "-") when last year is missing or zero. */
  percent: number | null;
}

export interface StatFormModel extends FormHeading {
  /** Units with nothing below them that submitted the year, of those expected (a provisional form says so). */
  coverage: { submitted: number; expected: number };
  rows: StatFormRow[];
}

export function percentOf(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return Math.round((current * 10000) / previous) / 100;
}

export function buildStatForm(input: {
  form: StatForm; committee: CommitteeName & { code: string }; province: CommitteeName | null; year: number; issuedOn: Date;
  rows: StatFormRowInput[]; coverage: { submitted: number; expected: number };
}): StatFormModel {
  return {
    ...formHeading(input),
    coverage: input.coverage,
    rows: input.rows.map((r) => ({ ...r, bold: r.indent === 0, percent: percentOf(r.current, r.previous) })),
  };
}

/** A count as the form prints it: "4.850"; nothing entered prints empty. */
export const formCount = (value: number | null) => (value === null ? "" : formatNumber(value, "vi", 0));
/** Column 4: "101,23"; "-" where it cannot be computed (never a non-finite or made-up number). */
export const formPercent = (value: number | null) => (value === null ? "-" : formatFixed(value, "vi", 2));
export const coverageText = (c: { submitted: number; expected: number }) =>
  `(Tổng hợp từ số liệu đã gửi của ${formatNumber(c.submitted, "vi")}/${formatNumber(c.expected, "vi")} đơn vị)`;

/** Any form as the route and the CLI hand it to the renderers (model.form.layout says which). */
export type AnyFormModel = StatFormModel | TypesFormModel | GroupsFormModel;
