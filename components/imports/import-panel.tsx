"use client";
// Upload → check (a dry run: every error with row, column and message, or what would change) → apply. The route
// answers NDJSON progress events, shown as a progress bar while the file is read, checked and written. The
// file stays in the browser between the check and the apply, so nothing is kept on the server.
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ImportErrorsTable } from "./errors-table";
import type { ImportEvent, ImportSummary } from "@/lib/imports/events";

type Result = Extract<ImportEvent, { type: "result" }>;
type Progress = Extract<ImportEvent, { type: "progress" }>;

type Choices = Record<"unlock" | "overwrite" | "deleteEmpty", boolean>;

async function runImport(file: File, dryRun: boolean, choices: Choices, onProgress: (p: Progress) => void): Promise<ImportEvent> {
  const body = new FormData();
  body.set("file", file);
  body.set("dryRun", dryRun ? "1" : "0");
  for (const [name, on] of Object.entries(choices)) body.set(name, on ? "1" : "0");
  const response = await fetch("/api/figures/import", { method: "POST", body, credentials: "same-origin" });
  if (!response.ok || !response.body) {
    // A refusal before the route (a file beyond the upload limit, 413) says why in the API's error shape.
    const refused = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
    if (typeof refused?.error?.message === "string") return { type: "fileError", message: refused.error.message };
    throw new Error(`import answered ${response.status}`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let last: ImportEvent | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      const event = JSON.parse(line) as ImportEvent;
      if (event.type === "progress") onProgress(event);
      else last = event;
    }
  }
  if (!last) throw new Error("import answered no result");
  return last;
}

export function ImportPanel({ canUnlock }: { canUnlock: boolean }) {
  const t = useTranslations("imports");
  const hydrated = useHydrated();
  const fileRef = useRef<HTMLInputElement>(null);
  const [choices, setChoices] = useState<Choices>({ unlock: false, overwrite: false, deleteEmpty: false });
  const choice = (name: keyof Choices, label: string) => (
    <label className="flex max-w-3xl items-start gap-2">
      <input type="checkbox" className="mt-1 h-4 w-4" checked={choices[name]} onChange={(e) => { setChoices({ ...choices, [name]: e.target.checked }); setOutcome(null); }} />
      <span>{label}</span>
    </label>
  );
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<ImportEvent | null>(null);
  const [failed, setFailed] = useState(false);

  async function start(dryRun: boolean) {
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setFailed(false);
    setProgress(null);
    if (dryRun) setOutcome(null);
    try {
      setOutcome(await runImport(file, dryRun, choices, setProgress));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const result = outcome?.type === "result" ? outcome : null;
  const summary: ImportSummary | null = result?.summary ?? null;
  const changes = summary ? summary.created + summary.updated + summary.deleted : 0;
  return (
    <section className="space-y-4 rounded-lg bg-white p-5 shadow-sm" aria-labelledby="import-title">
      <h2 id="import-title" className="text-xl font-semibold">{t("importTitle")}</h2>
      <form className="space-y-3" onSubmit={(e) => { e.preventDefault(); void start(true); }}>
        <div>
          <label htmlFor="import-file" className="font-medium">{t("file")}</label>
          <input id="import-file" ref={fileRef} type="file" name="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={() => setOutcome(null)} aria-describedby="import-file-hint"
            className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base file:mr-3 file:rounded file:border-0 file:bg-stone-200 file:px-3 file:py-1" />
          <p id="import-file-hint" className="mt-1 max-w-3xl text-sm text-stone-600">{t("fileHint")}</p>
        </div>
        {canUnlock && choice("unlock", t("unlock"))}
        {choice("overwrite", t("overwrite"))}
        {choice("deleteEmpty", t("deleteEmpty"))}
        <button type="submit" disabled={!hydrated || busy}
          className="rounded border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-800 disabled:opacity-60">
          {t("check")}
        </button>
      </form>

      {busy && (
        <div role="status" aria-live="polite" className="space-y-1">
          <p>{progress ? t(`phase.${progress.phase}`, { done: progress.done, total: progress.total }) : t("reading")}</p>
          <progress className="h-3 w-full max-w-xl" max={progress && progress.phase !== "read" ? progress.total : undefined}
            value={progress && progress.phase !== "read" ? progress.done : undefined} />
        </div>
      )}
      {failed && <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">{t("failed")}</p>}
      {outcome?.type === "fileError" && <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">{outcome.message}</p>}
      {outcome?.type === "failed" && <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">{t("failed")} ({outcome.reference})</p>}
      {result && summary && <ImportResult result={result} summary={summary} changes={changes} busy={busy} onApply={() => void start(false)} />}
    </section>
  );
}

function ImportResult({ result, summary, changes, busy, onApply }: { result: Result; summary: ImportSummary; changes: number; busy: boolean; onApply: () => void }) {
  const t = useTranslations("imports");
  const ok = result.errorCount === 0;
  return (
    <div className="space-y-3" aria-live="polite">
      {ok && <p className="font-medium">{t("summary", { rows: summary.rows, created: summary.created, updated: summary.updated, deleted: summary.deleted, unchanged: summary.unchanged })}</p>}
      {ok && summary.unlocked > 0 && !summary.applied && <p>{t("unlocked", { count: summary.unlocked })}</p>}
      {ok && summary.overwritten > 0 && <p>{t("overwritten", { count: summary.overwritten })}</p>}
      {ok && summary.keptEmpty > 0 && <p>{t("keptEmpty", { count: summary.keptEmpty })}</p>}
      {ok && summary.applied && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">
          {changes === 0 ? t("nothingToDo") : t("applied", { created: summary.created, updated: summary.updated, deleted: summary.deleted })}
        </p>
      )}
      {ok && summary.dryRun && (changes === 0 ? <p className="rounded bg-stone-100 p-3">{t("nothingToDo")}</p> : (
        <div className="space-y-2">
          <p className="rounded border-l-4 border-green-700 bg-green-50 p-3">{t("okDryRun")}</p>
          <button type="button" onClick={onApply} disabled={busy}
            className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
            {t("apply", { count: changes })}
          </button>
        </div>
      ))}
      {!ok && (
        <div className="space-y-2">
          <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">{t("errorsTitle", { count: result.errorCount })}</p>
          <ImportErrorsTable errors={result.errors} labels={{ row: t("row"), column: t("column"), message: t("message") }} />
          {result.errorCount > result.errors.length && <p>{t("moreErrors", { count: result.errorCount - result.errors.length })}</p>}
        </div>
      )}
    </div>
  );
}
