// Shapes shared by the server (queries, actions) and the entry form in the browser. Values are decimal strings.
import type { FigureStatus, ValueType } from "@/lib/generated/prisma/enums";

/** A committee-year's workflow status; NOT_STARTED = no FigureYear row yet. */
export type YearStatus = "NOT_STARTED" | FigureStatus;

export const YEAR_STATUSES = ["NOT_STARTED", "DRAFT", "SUBMITTED", "APPROVED"] as const satisfies readonly YearStatus[];

/** What the validation rules need to know about a data element. */
export interface RuleElement {
  id: number;
  valueType: ValueType;
  partOfId: number | null;
  classificationLevel: number | null;
  levelCapPercent: string | null;
  /** A value further than this % from the unit's value of the year before asks for an explanation (a warning). */
  maxYearChangePercent?: string | null;
  /** A term of that element's sum with this sign (a statistical form's identity: D = A + B − C). */
  sumOfId: number | null;
  sumSign: number | null;
  /** The breakdown of the whole it belongs to when the whole has several (each sums to it on its own); null: its only one. */
  sumGroup?: string | null;
  /** This year's value equals last year's value of that element (Biểu 1: A = last year's D). */
  carriedFromId: number | null;
  /** Empty reads as 0 in its breakdown once another row of it is entered, and is never required (Biểu 4's rows). */
  blankIsZero?: boolean;
}

/** A data element as the entry form shows it. */
export interface FormElement extends RuleElement {
  code: string;
  name: string;
  unit: string;
  groupCode: string;
  /** Its indent on a statistical form (0 = a section, 1 = a numbered row, 2 = a lettered or "of which" row). */
  indent: number;
  /** The form's headings printed above it ("II. Phân tích đảng viên mới kết nạp", "2. Tuổi đời:"). */
  headings?: string[];
}

/** A message key under `figureErrors` with its values; values named `whole`/`other` are element ids. */
export interface FieldMessage {
  key: string;
  params?: Record<string, string | number>;
}

export interface FieldConflict {
  /** What is stored now (null: the figure was removed). */
  value: string | null;
  version: number;
  /** Display name of who stored it. */
  by: string | null;
  at: string | null;
}

/** One field of the entry form as read: the stored figure (or none) and last year's value beside it. */
export interface EntryField {
  value: string | null;
  /** 0 = no figure when the form was read. */
  version: number;
  note: string;
  lastYear: string | null;
}

/** A save that went through: the year's status and the versions of the values the user now has. */
export interface SaveOutcome {
  status: YearStatus;
  changed: number;
  versions: Record<string, number>;
}

/**
 * The details of a refused save (an AppError's `details`): per-field findings when it is INVALID, the figures
 * someone else changed meanwhile when it is a CONFLICT. Nothing is written in either case.
 */
export type SaveRefusal =
  | { errors: Record<string, FieldMessage>; warnings: Record<string, FieldMessage> }
  | { conflicts: Record<string, FieldConflict> };
