"use client";
// Upload → check (a dry run: every error with row, column and message, or what would change) → import. The file
// stays in the browser between the check and the import, so nothing is kept on the server.
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ImportErrors } from "@/components/imports/import-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { TreeUploadAnswer } from "@/lib/committees/tree-file/upload";

type Result = Extract<TreeUploadAnswer, { type: "result" }>;

async function upload(file: File, dryRun: boolean, effectiveFrom: string): Promise<TreeUploadAnswer> {
  const body = new FormData();
  body.set("file", file);
  body.set("dryRun", dryRun ? "1" : "0");
  body.set("effectiveFrom", effectiveFrom);
  const response = await fetch("/api/committees/import", { method: "POST", body, credentials: "same-origin" });
  const answer = (await response.json().catch(() => null)) as (TreeUploadAnswer & { error?: { message?: unknown } }) | null;
  if (response.ok && answer) return answer;
  if (typeof answer?.error?.message === "string") return { type: "fileError", message: answer.error.message };
  throw new Error(`tree import answered ${response.status}`);
}

export function TreeImportPanel({ today }: { today: string }) {
  const t = useTranslations("treeImport");
  const ti = useTranslations("imports");
  const hydrated = useHydrated();
  const fileRef = useRef<HTMLInputElement>(null);
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<TreeUploadAnswer | null>(null);
  const [failed, setFailed] = useState(false);

  async function start(dryRun: boolean) {
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setFailed(false);
    if (dryRun) setOutcome(null);
    try {
      setOutcome(await upload(file, dryRun, effectiveFrom));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const result: Result | null = outcome?.type === "result" ? outcome : null;
  return (
    <section className="space-y-4 rounded-lg bg-white p-5 shadow-sm" aria-labelledby="tree-import-title">
      <h2 id="tree-import-title" className="text-xl font-semibold">{t("importTitle")}</h2>
      <form className="space-y-3" onSubmit={(e) => { e.preventDefault(); void start(true); }}>
        <div>
          <label htmlFor="tree-file" className="font-medium">{ti("file")}</label>
          <input id="tree-file" ref={fileRef} type="file" name="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={() => setOutcome(null)}
            className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base file:mr-3 file:rounded file:border-0 file:bg-stone-200 file:px-3 file:py-1" />
        </div>
        <div>
          <label htmlFor="tree-effective" className="font-medium">{t("effectiveFrom")}</label>
          <input id="tree-effective" type="date" max={today} value={effectiveFrom} onChange={(e) => { setEffectiveFrom(e.target.value); setOutcome(null); }}
            className="mt-1 block rounded border border-stone-300 px-3 py-2" />
        </div>
        <button type="submit" disabled={!hydrated || busy} className="rounded border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-800 disabled:opacity-60">
          {ti("check")}
        </button>
      </form>
      {busy && <p role="status">{ti("reading")}</p>}
      {failed && <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">{ti("failed")}</p>}
      {outcome?.type === "fileError" && <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">{outcome.message}</p>}
      {result && <TreeImportResult result={result} busy={busy} onApply={() => void start(false)} />}
    </section>
  );
}

function TreeImportResult({ result, busy, onApply }: { result: Result; busy: boolean; onApply: () => void }) {
  const t = useTranslations("treeImport");
  const s = result.summary;
  const changes = s.created + s.moved + s.renamed + s.corrected + s.ended;
  if (result.errorCount > 0) {
    return <div aria-live="polite"><ImportErrors title={t("errorsTitle", { count: result.errorCount })} errors={result.errors} errorCount={result.errorCount} /></div>;
  }
  const counts = { rows: s.rows, created: s.created, moved: s.moved, renamed: s.renamed, corrected: s.corrected, ended: s.ended, unchanged: s.unchanged };
  return (
    <div className="space-y-3" aria-live="polite">
      <p className="font-medium">{t("summary", counts)}</p>
      {s.applied && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">{changes === 0 ? t("nothingToDo") : t("applied", counts)}</p>}
      {s.dryRun && (changes === 0 ? <p className="rounded bg-stone-100 p-3">{t("nothingToDo")}</p> : (
        <div className="space-y-2">
          <p className="rounded border-l-4 border-green-700 bg-green-50 p-3">{t("okDryRun")}</p>
          <button type="button" onClick={onApply} disabled={busy} className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
            {t("apply", { count: changes })}
          </button>
        </div>
      ))}
    </div>
  );
}
