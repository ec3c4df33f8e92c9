// Pure helpers shared by the download route and the button that calls it (no server code, no zod, so the
// client bundle stays small).

/** The route's URL for one format of a committee's review; kind and lang are optional (the route decides). */
export function reviewHref(params: {
  committee: number; term: number; year: number; format: string; kind?: "mid" | "end"; lang?: string; number?: string; signer?: string;
}): string {
  const query = new URLSearchParams({ committee: String(params.committee), term: String(params.term), year: String(params.year), format: params.format });
  if (params.kind) query.set("kind", params.kind);
  if (params.lang) query.set("lang", params.lang);
  if (params.number !== undefined) query.set("number", params.number);
  if (params.signer !== undefined) query.set("signer", params.signer);
  return `/api/reports/review?${query.toString()}`;
}

/**
 * Content-Disposition for a download: the plain name for every browser, and the RFC 6266 UTF-8 form for a
 * name with letters beyond ASCII.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The file name a Content-Disposition header carries (the UTF-8 form first), or null. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8?.[1]) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? null;
}
