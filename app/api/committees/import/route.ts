import { NextResponse } from "next/server";
import { apiError, handle } from "@/lib/api/respond";
import { importUploadedTree, treeUploadSchema } from "@/lib/committees/tree-file/upload";
import { getFileAccess } from "@/lib/imports/access";

/** Checks (dryRun=1) or applies an uploaded committee tree file; answers the summary and every error (row, column, message). */
export async function POST(request: Request) {
  return handle(async () => {
    const access = await getFileAccess("committee.manage");
    if ("refused" in access) return apiError(access.refused);
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    const choices = treeUploadSchema.safeParse({ dryRun: form?.get("dryRun"), effectiveFrom: form?.get("effectiveFrom") ?? undefined });
    if (!form || !(file instanceof File) || !choices.success) return apiError("INVALID", ["file"], access.locale);
    const answer = await importUploadedTree(file, choices.data, access.viewer, access.locale);
    return NextResponse.json(answer, { headers: { "Cache-Control": "no-store" } });
  });
}
