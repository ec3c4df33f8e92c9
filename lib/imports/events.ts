// The NDJSON events of the import route, read by the import page. Pure types (the browser imports them).
import type { ImportPhase } from "./import-figures";

export interface ImportSummary {
  rows: number;
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  unlocked: number;
  dryRun: boolean;
  applied: boolean;
}

export type ImportEvent =
  | { type: "progress"; phase: ImportPhase; done: number; total: number }
  | { type: "result"; summary: ImportSummary; errors: { row: number; column: string; message: string }[]; errorCount: number }
  | { type: "fileError"; message: string }
  | { type: "failed"; reference: string };

/** Errors sent to the browser at most; the count says how many there were. */
export const MAX_ERRORS_SHOWN = 1000;
export const MAX_UPLOAD_MB = 50;
