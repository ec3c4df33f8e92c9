"use client";
// "Print / Save PDF": the browser's own print dialog on the page's print layout (app/globals.css), where "Save as
// PDF" gives the A4 file. One layout for paper and PDF; a server-side PDF of the page would need a browser on the
// server. The date line is filled in the browser, at print time, so a page kept by the server cache prints today's.
import { useEffect, useState } from "react";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useHydrated } from "./use-hydrated";

export function PrintButton({ label, hint }: { label: string; hint: string }) {
  const hydrated = useHydrated();
  return (
    <button type="button" onClick={() => window.print()} disabled={!hydrated} title={hint} aria-describedby="print-hint"
      className="no-print min-h-11 rounded border-2 border-party bg-white px-4 py-1.5 font-semibold text-party disabled:opacity-60">
      {label}<span id="print-hint" className="sr-only">{hint}</span>
    </button>
  );
}

/** The moment of printing, as the locale writes it; empty until the script runs. */
export function PrintDate({ locale }: { locale: Locale }) {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    const update = () => setNow(new Date());
    update();
    window.addEventListener("beforeprint", update);
    return () => window.removeEventListener("beforeprint", update);
  }, []);
  return <>{now ? formatDateTime(now, locale) : ""}</>;
}
