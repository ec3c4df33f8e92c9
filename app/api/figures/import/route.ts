import { NextResponse } from "next/server";
import { apiError, handle } from "@/lib/api/respond";
import { toErrorAnswer } from "@/lib/errors";
import { getFileAccess } from "@/lib/imports/access";
import { MAX_ERRORS_SHOWN, MAX_IMPORT_ROWS, MAX_UPLOAD_MB, type ImportEvent } from "@/lib/imports/events";
import { formatOfName, readImportFile } from "@/lib/imports/files";
import { importUploadedFigures } from "@/lib/imports/mutations";
import { describeFailure, describeIssues, importTranslator } from "@/lib/imports/messages";

/**
 * Checks (dryRun=1) or applies an uploaded CSV/XLSX file of figures. Answers a stream of NDJSON events: progress
 * while the file is read, checked and written, then the result with every error (row, column, message).
 */
export async function POST(request: Request) {
  return handle(async () => {
    const access = await getFileAccess("figure.enter");
    if ("refused" in access) return apiError(access.refused);
    const { viewer, locale } = access;
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !(file instanceof File)) return apiError("INVALID", ["file"], locale);
    const dryRun = form.get("dryRun") === "1";
    const unlock = form.get("unlock") === "1";
    const t = importTranslator(locale);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        let lastShare = -1;
        const progress = (phase: "read" | "check" | "write", done: number, total: number) => {
          // At most one event per percent (and per phase), so a 200,000-row file sends a few hundred lines.
          const share = total > 0 ? Math.floor((done / total) * 100) : 0;
          if (phase === "read" ? done % 2000 !== 0 : share === lastShare) return;
          lastShare = share;
          send({ type: "progress", phase, done, total });
        };
        try {
          if (file.size > MAX_UPLOAD_MB * 1024 * 1024) {
            send({ type: "fileError", message: t("imports.tooLarge", { size: MAX_UPLOAD_MB }) });
            return;
          }
          const read = await readImportFile(file.stream() as unknown as AsyncIterable<Uint8Array>, formatOfName(file.name), locale,
            (n) => progress("read", n, n), MAX_IMPORT_ROWS);
          if (!read.ok) {
            send({ type: "fileError", message: t(`importErrors.${read.key}`, read.params) });
            return;
          }
          const report = await importUploadedFigures(read.rows, { actor: viewer, dryRun, unlock, locale, source: file.name },
            (p) => progress(p.phase, p.done, p.total));
          const { errors, ...summary } = report;
          send({ type: "result", summary, errors: describeIssues(errors.slice(0, MAX_ERRORS_SHOWN), locale), errorCount: errors.length });
        } catch (error) {
          const answer = toErrorAnswer(error, "import");
          send(answer.reference ? { type: "failed", reference: answer.reference } : { type: "fileError", message: describeFailure(answer, locale) });
        } finally {
          controller.close();
        }
      },
    });
    return new NextResponse(body, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
  });
}
