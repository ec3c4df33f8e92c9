"use client";
// One click per format: the file is fetched (the button shows "Đang tạo báo cáo…" with a spinner meanwhile),
// then saved under the name the server gives. A failure says so in place; the server's text is never shown.
// The report's number and signer are typed first; changed ones are kept for the committee's next report, and a
// number the server refuses downloads nothing.
import { useId, useState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { useLocale, useTranslations } from "next-intl";
import { useHydrated } from "@/components/ui/use-hydrated";
import { fileNameFromDisposition, reviewHref } from "@/lib/reports/download";

const FORMATS = ["docx", "xlsx", "pdf"] as const;
type Format = (typeof FORMATS)[number];

interface Props {
  committee: number;
  term: number;
  year: number;
  /** The term's last year: a review in it is the term-end review, before it the mid-term one (changeable). */
  termEndYear: number;
  /** The symbol after the number ("ĐU" in "Số 25-BC/ĐU"). */
  symbol: string;
  /** The number and signer kept from the committee's last report. */
  details: { number: string; signer: string };
  saveDetails: (input: { committeeId: number; number: string; signer: string }) => Promise<ActionResult<{ changed: boolean }>>;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is freed a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportDownload({ committee, term, year, termEndYear, symbol, details, saveDetails }: Props) {
  const t = useTranslations("reports.download");
  const lang = useLocale();
  const hydrated = useHydrated();
  const [kind, setKind] = useState<"mid" | "end">(year >= termEndYear ? "end" : "mid");
  const [busy, setBusy] = useState<Format | null>(null);
  const [result, setResult] = useState<{ saved: string; kept: boolean } | { failed: true } | { invalid: true } | null>(null);
  const [kept, setKept] = useState(details);
  const [number, setNumber] = useState(details.number);
  const [signer, setSigner] = useState(details.signer);
  const id = useId();

  async function download(format: Format) {
    setBusy(format);
    setResult(null);
    try {
      const changed = number.trim() !== kept.number || signer.trim() !== kept.signer;
      if (changed) {
        const saved = await saveDetails({ committeeId: committee, number, signer });
        if (!saved.ok) {
          setResult(saved.error.code === "INVALID" ? { invalid: true } : { failed: true });
          return;
        }
        setKept({ number: number.trim(), signer: signer.trim() });
      }
      const response = await fetch(reviewHref({ committee, term, year, format, kind, lang, number: number.trim(), signer: signer.trim() }), { credentials: "same-origin" });
      if (!response.ok) throw new Error(`report download answered ${response.status}`);
      const name = fileNameFromDisposition(response.headers.get("Content-Disposition")) ?? `report.${format}`;
      save(await response.blob(), name);
      setResult({ saved: name, kept: changed });
    } catch {
      setResult({ failed: true });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="no-print flex flex-wrap items-end gap-2" role="group" aria-label={t("heading")}>
      <div className="text-sm">
        <label htmlFor={`${id}-number`} className="block">{t("number")}</label>
        <input id={`${id}-number`} value={number} onChange={(e) => setNumber(e.target.value)} inputMode="text" maxLength={12} size={6}
          aria-describedby={`${id}-number-hint`} className="rounded border border-stone-300 px-2 py-1" />
        <span id={`${id}-number-hint`} className="sr-only">{t("numberHint", { symbol })}</span>
        <span aria-hidden="true" className="ml-1 text-stone-600">-BC/{symbol}</span>
      </div>
      <div className="text-sm">
        <label htmlFor={`${id}-signer`} className="block">{t("signer")}</label>
        <input id={`${id}-signer`} value={signer} onChange={(e) => setSigner(e.target.value)} maxLength={80} autoComplete="name"
          aria-describedby={`${id}-signer-hint`} className="w-52 rounded border border-stone-300 px-2 py-1" />
        <span id={`${id}-signer-hint`} className="sr-only">{t("signerHint")}</span>
      </div>
      <label className="text-sm">
        <span className="sr-only">{t("kind")}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value === "end" ? "end" : "mid")} className="rounded border border-stone-300 px-2 py-1" aria-label={t("kind")}>
          <option value="mid">{t("MID_TERM")}</option>
          <option value="end">{t("TERM_END")}</option>
        </select>
      </label>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          onClick={() => download(format)}
          disabled={!hydrated || busy !== null}
          aria-busy={busy === format}
          className="rounded border border-party px-3 py-1 text-sm font-semibold text-party disabled:opacity-60"
        >
          {t(format)}
        </button>
      ))}
      <p role="status" aria-live="polite" className="basis-full text-sm text-stone-700">
        {busy && (
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-party border-t-transparent" />
            {t("generating")}
          </span>
        )}
        {!busy && result && "saved" in result && (result.kept ? `${t("saved", { file: result.saved })} ${t("remembered")}` : t("saved", { file: result.saved }))}
      </p>
      {!busy && result && "failed" in result && <p role="alert" className="basis-full text-sm text-red-800">{t("failed")}</p>}
      {!busy && result && "invalid" in result && <p role="alert" className="basis-full text-sm text-red-800">{t("invalidDetails")}</p>}
    </div>
  );
}
