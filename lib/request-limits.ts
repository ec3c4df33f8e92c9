// The largest body each kind of request may send, in one place. The proxy refuses a larger one at once with 413
// and a message in the caller's language; next.config.ts gives Next.js the same figures, so that no body is cut
// short silently below a limit the app states (Next.js's proxy used to cut every body at 10 MB).
// Relative, not "@/": next.config.ts imports this file too.
import { MAX_UPLOAD_MB } from "./imports/events";

const MB = 1024 * 1024;

/** A file upload: the file, plus the form around it (the route then checks the file itself against MAX_UPLOAD_MB). */
export const UPLOAD_BODY_MAX_BYTES = (MAX_UPLOAD_MB + 1) * MB;
/** A server action: the largest, a year's entry form of 500 fields with notes, is well under 1 MB. */
export const ACTION_BODY_MAX_BYTES = 1 * MB;
/** Anything else (sign-in and the other writes). */
export const OTHER_BODY_MAX_BYTES = 1 * MB;

const UPLOAD_PATHS = new Set(["/api/figures/import", "/api/accounts/import", "/api/resolutions/import", "/api/committees/import"]);

/** The limit of a request to `pathname`, and the size its message names (whole MB, as the import page states it). */
export function bodyLimitOf(pathname: string): { bytes: number; key: "fileTooLarge" | "requestTooLarge"; sizeMb: number } {
  if (UPLOAD_PATHS.has(pathname)) return { bytes: UPLOAD_BODY_MAX_BYTES, key: "fileTooLarge", sizeMb: MAX_UPLOAD_MB };
  return { bytes: Math.max(ACTION_BODY_MAX_BYTES, OTHER_BODY_MAX_BYTES), key: "requestTooLarge", sizeMb: Math.max(ACTION_BODY_MAX_BYTES, OTHER_BODY_MAX_BYTES) / MB };
}
