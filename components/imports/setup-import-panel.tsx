"use client";
// Upload → check (every bad row with row, column and message, nothing written) → apply, for the set-up files
// (accounts, a resolution with its targets). The file stays in the browser between the two requests. Accounts
// answer their one-time codes once: listed here (printable) and as a file to download.
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import { ImportErrors } from "./import-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { SetupImportAnswer } from "@/lib/imports/setup-answer";

type Outcome = { answer: SetupImportAnswer } | { refused: string } | { failed: true };

export function SetupImportPanel({ endpoint, fields = {}, accounts = false, accept = ".csv,.xlsx" }: {
  endpoint: string;
  /** Values sent with the file (the resolution's committee and term). */
  fields?: Record<string, string>;
  /** The accounts file: how long codes stay valid and the format of the codes file. */
  accounts?: boolean;
  accept?: string;
}) {
  const t = useTranslations("fileImport");
  const ta = useTranslations("accountImport");
  const hydrated = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function send(dryRun: boolean) {
    if (!form.current) return;
    const body = new FormData(form.current);
    if (!(body.get("file") instanceof File) || (body.get("file") as File).size === 0) return;
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    body.set("dryRun", dryRun ? "1" : "0");
    setBusy(true);
    try {
      const response = await fetch(endpoint, { method: "POST", body, credentials: "same-origin" });
      const json = (await response.json().catch(() => null)) as (SetupImportAnswer & { refused?: string }) | { error?: { message?: string } } | null;
      if (json && "error" in json && json.error?.message) setOutcome({ refused: json.error.message });
      else if (json && "refused" in json && typeof json.refused === "string") setOutcome({ refused: json.refused });
      else if (response.ok && json && "summary" in json) setOutcome({ answer: json });
      else setOutcome({ failed: true });
    } catch {
      setOutcome({ failed: true });
    } finally {
      setBusy(false);
    }
  }

  const answer = outcome && "answer" in outcome ? outcome.answer : null;
  const input = "mt-1 block rounded border border-stone-300 bg-white px-3 py-2 text-base";
  return (
    <div className="space-y-4">
      <form ref={form} className="space-y-3" onSubmit={(e) => { e.preventDefault(); void send(true); }}>
        <div>
          <label htmlFor="setup-file" className="font-medium">{t("file")}</label>
          <input id="setup-file" type="file" name="file" required accept={accept} onChange={() => setOutcome(null)}
            className={`${input} w-full file:mr-3 file:rounded file:border-0 file:bg-stone-200 file:px-3 file:py-1`} />
        </div>
        {accounts && (
          <div className="flex flex-wrap gap-4">
            <div>
              <label htmlFor="setup-days" className="font-medium">{ta("days")}</label>
              <input id="setup-days" name="days" type="number" min={1} max={90} defaultValue={14} className={`${input} w-28`} onChange={() => setOutcome(null)} />
            </div>
            <div>
              <label htmlFor="setup-format" className="font-medium">{ta("format")}</label>
              <select id="setup-format" name="format" defaultValue="xlsx" className={input}>
                <option value="xlsx">XLSX</option>
                <option value="csv">CSV</option>
              </select>
            </div>
          </div>
        )}
        <button type="submit" disabled={!hydrated || busy} className="rounded border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-800 disabled:opacity-60">
          {t("check")}
        </button>
      </form>
      {outcome && "failed" in outcome && <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">{t("failed")}</p>}
      {outcome && "refused" in outcome && <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">{outcome.refused}</p>}
      {answer && <Answer answer={answer} busy={busy} onApply={() => void send(false)} />}
    </div>
  );
}

function Answer({ answer, busy, onApply }: { answer: SetupImportAnswer; busy: boolean; onApply: () => void }) {
  const t = useTranslations("fileImport");
  const ta = useTranslations("accountImport");
  if (answer.errors.length) {
    return (
      <ImportErrors title={answer.summary} errors={answer.errors} errorCount={answer.errors.length} />
    );
  }
  const href = answer.file ? `data:${answer.file.type};base64,${answer.file.base64}` : null;
  return (
    <div className="space-y-3">
      <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">{answer.summary}</p>
      {answer.dryRun && answer.applyLabel && (
        <button type="button" onClick={onApply} disabled={busy} className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
          {answer.applyLabel}
        </button>
      )}
      {href && answer.file && <a href={href} download={answer.file.name} className="inline-block rounded bg-party px-4 py-2 font-semibold text-white">{t("download", { name: answer.file.name })}</a>}
      {answer.link && <a href={answer.link.href} className="ml-3 font-medium text-blue-800 underline">{answer.link.label}</a>}
      {answer.accounts && (
        <DataTable density="compact" rows={answer.accounts} rowKey={(a) => a.username} columns={[
          { key: "username", header: ta("username"), cellClassName: "font-mono", cell: (a) => a.username },
          { key: "name", header: ta("displayName"), cell: (a) => a.displayName },
          { key: "committee", header: ta("committee"), cell: (a) => a.committeeName },
          { key: "code", header: ta("code"), cellClassName: "font-mono whitespace-nowrap", cell: (a) => <span data-testid="activation-code">{a.code}</span> },
        ]} />
      )}
    </div>
  );
}
