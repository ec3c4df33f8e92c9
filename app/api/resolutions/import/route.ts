import { NextResponse } from "next/server";
import { z } from "zod";
import { apiError, handle } from "@/lib/api/respond";
import { idSchema } from "@/lib/ids";
import { getFileAccess } from "@/lib/imports/access";
import { uploadResolution } from "@/lib/targets/resolution-upload";

const fields = z.object({ committee: idSchema, term: idSchema });

/** Checks (dryRun=1) or loads the XLSX of a resolution and its targets into a committee's term. */
export async function POST(request: Request) {
  return handle(async () => {
    const access = await getFileAccess("resolution.manage");
    if ("refused" in access) return apiError(access.refused, undefined, undefined, access.key);
    const { viewer, locale } = access;
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    const where = fields.safeParse({ committee: form?.get("committee"), term: form?.get("term") });
    if (!form || !(file instanceof File) || !where.success) return apiError("INVALID", ["file"], locale);
    const answer = await uploadResolution(file, { viewer, locale, committeeId: where.data.committee, termId: where.data.term, dryRun: form.get("dryRun") === "1" });
    return NextResponse.json(answer, { headers: { "Cache-Control": "no-store" } });
  }, undefined);
}
