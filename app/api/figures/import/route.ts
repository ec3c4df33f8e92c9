import { NextResponse } from "next/server";
import { apiError, handle } from "@/lib/api/respond";
import { getFileAccess } from "@/lib/imports/access";
import { streamUploadedImport } from "@/lib/imports/upload-stream";

/**
 * Checks (dryRun=1) or applies an uploaded CSV/XLSX file of figures. Answers a stream of NDJSON events: progress
 * while the file is read, checked and written, then the result with every error (row, column, message).
 */
export async function POST(request: Request) {
  return handle(async () => {
    const access = await getFileAccess("figure.enter");
    if ("refused" in access) return apiError(access.refused, undefined, undefined, access.key);
    const { viewer, locale } = access;
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !(file instanceof File)) return apiError("INVALID", ["file"], locale);
    const chosen = (name: string) => form.get(name) === "1";
    const body = streamUploadedImport(file, {
      viewer, locale, dryRun: chosen("dryRun"), unlock: chosen("unlock"), overwrite: chosen("overwrite"), deleteEmpty: chosen("deleteEmpty"),
    });
    return new NextResponse(body, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
  });
}
