// An uploaded file checked (dryRun) or applied, answered as a stream of NDJSON events: progress while the file is
// read, checked and written, then the result with the first errors (row, column, message), or why it failed.
import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { toErrorAnswer } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { MAX_ERRORS_SHOWN, MAX_IMPORT_ROWS, MAX_UPLOAD_MB, type ImportEvent } from "./events";
import { formatOfName, readImportFile } from "./files";
import { describeFailure, describeIssues, importTranslator } from "./messages";
import { importUploadedFigures } from "./mutations";

export interface UploadChoices {
  dryRun: boolean;
  unlock: boolean;
  overwrite: boolean;
  deleteEmpty: boolean;
}

export function streamUploadedImport(file: File, { viewer, locale, ...choices }: { viewer: Viewer; locale: Locale } & UploadChoices) {
  const t = importTranslator(locale);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
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
        const report = await importUploadedFigures(read.rows, { actor: viewer, ...choices, locale, source: file.name },
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
}
