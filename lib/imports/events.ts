// The NDJSON events of the import route, read by the import page. Pure types (the browser imports them).
import type { ImportPhase, ImportReport } from "./import-figures";

/** The report without its errors: those go to the browser rendered, and at most MAX_ERRORS_SHOWN of them. */
export type ImportSummary = Omit<ImportReport, "errors">;

export type ImportEvent =
  | { type: "progress"; phase: ImportPhase; done: number; total: number }
  | { type: "result"; summary: ImportSummary; errors: { row: number; column: string; message: string }[]; errorCount: number }
  | { type: "fileError"; message: string }
  | { type: "failed"; reference: string };

/** Errors sent to the browser at most; the count says how many there were. */
export const MAX_ERRORS_SHOWN = 1000;
export const MAX_UPLOAD_MB = 20;
/**
 * Data rows an upload may hold: the check keeps every row and its findings in memory, and this bound (about four
 * times a province's year) keeps that within what one server process should spend (docs/performance.md). Larger
 * loads: several files, or `npm run import`, which has no limit.
 */
export const MAX_IMPORT_ROWS = 250_000;
