// An uploaded file's figures, checked or applied on the app's own pool (the page's and the route's way in; the CLI
// and the tests call importFigures with a database of their own).
import "server-only";
import { db } from "@/lib/db";
import { importFigures, type ImportOptions, type ImportProgress } from "./import-figures";
import type { ImportRow } from "./rows";

export function importUploadedFigures(rows: ImportRow[], options: ImportOptions, onProgress?: (p: ImportProgress) => void) {
  return importFigures(db, rows, options, onProgress);
}
