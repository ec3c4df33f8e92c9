import { NextResponse } from "next/server";
import { uploadAccounts } from "@/lib/accounts/upload";
import { apiError, handle } from "@/lib/api/respond";
import { getFileAccess } from "@/lib/imports/access";

/** Checks (dryRun=1) or applies an accounts file; answers the findings, or the new accounts with their one-time codes. */
export async function POST(request: Request) {
  return handle(async () => {
    const access = await getFileAccess("account.manage");
    if ("refused" in access) return apiError(access.refused, undefined, undefined, access.key);
    const { viewer, locale } = access;
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !(file instanceof File)) return apiError("INVALID", ["file"], locale);
    const answer = await uploadAccounts(file, {
      viewer, locale, dryRun: form.get("dryRun") === "1", days: form.get("days") ?? "14", format: form.get("format") === "xlsx" ? "xlsx" : "csv",
    });
    return NextResponse.json(answer, { headers: { "Cache-Control": "no-store" } });
  });
}
