"use client";
// The cascade of one target: each subordinate unit's own plan, Σ of the plans against the parent's plan (live,
// as the user types) and each unit's progress against its own share.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { formatFigureInput } from "@/lib/figures/number";
import { formatNumber } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { cascadeBalance } from "@/lib/targets/cascade";
import { parseAmount } from "@/lib/targets/schema";
import { StatusBadge } from "@/components/dashboard/progress-status-badge";
import type { ProgressStatus } from "@/lib/progress";
import { useHydrated } from "@/components/ui/use-hydrated";
import { DataTable } from "@/components/ui/data-table";

export interface CascadeRow {
  unitId: number;
  unitName: string;
  share: string | null;
  status: ProgressStatus | null;
  percent: string | null;
}

interface Props {
  parentTargetId: number;
  parentPlan: string;
  addsUp: boolean;
  unitLabel: string;
  rows: CascadeRow[];
  reviewYear: number;
  editable: boolean;
  action: (raw: unknown) => Promise<ActionResult<unknown>>;
}

export function CascadePanel({ parentTargetId, parentPlan, addsUp, unitLabel, rows, reviewYear, editable, action }: Props) {
  const t = useTranslations("resolutions");
  const tErr = useTranslations("errors");
  const tStatus = useTranslations("status");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : "vi";
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState(() => Object.fromEntries(rows.map((r) => [r.unitId, formatFigureInput(r.share, locale)])));
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const parsed = rows.map((r) => parseAmount(values[r.unitId] ?? "", locale));
  const valid = parsed.every((p) => p.ok);
  const balance = addsUp && valid ? cascadeBalance(parentPlan, parsed.map((p) => (p.ok ? p.value : null))) : null;
  const fmt = (s: string) => formatNumber(Number(s), locale, 4);

  function save() {
    startTransition(async () => {
      const res = await action({ parentTargetId, locale, shares: rows.map((r) => ({ committeeId: r.unitId, value: values[r.unitId] ?? "" })) });
      setResult(res.ok ? { ok: true, text: t("saved") } : { ok: false, text: tErr(res.error.key, { unit: "", ...res.error.values }) });
      if (res.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {result && <p role={result.ok ? "status" : "alert"} className={result.ok ? "text-green-800" : "rounded bg-red-50 p-3 text-red-800"}>{result.text}</p>}
      <DataTable rows={rows} rowKey={(r) => r.unitId} columns={[
        { key: "unit", header: t("unit"), rowHeader: true, cellClassName: "font-medium", cell: (r) => <label htmlFor={`share-${r.unitId}`}>{r.unitName}</label> },
        { key: "share", header: <>{t("share")} ({unitLabel})</>, cell: (r, i) => (
          <input id={`share-${r.unitId}`} inputMode="decimal" value={values[r.unitId] ?? ""} disabled={!editable}
            aria-invalid={!parsed[i]!.ok} onChange={(e) => setValues({ ...values, [r.unitId]: e.target.value })}
            className="w-32 rounded border border-stone-300 px-2 py-1 aria-[invalid=true]:border-red-700" />
        ) },
        { key: "progress", header: t("progress", { year: reviewYear }), cell: (r) => (
          r.status ? <span className="inline-flex items-center gap-2"><StatusBadge status={r.status} label={tStatus(r.status)} />{r.percent && <span>{r.percent}</span>}</span> : "—"
        ) },
      ]} />
      {addsUp ? (
        balance && (
          <p role="status" data-testid="cascade-balance" className={balance.balanced ? "text-green-800" : "font-semibold text-red-800"}>
            {t("sum", { sum: fmt(balance.sum), plan: fmt(parentPlan), units: balance.units })}{" — "}
            {balance.balanced ? t("balanced") : Number(balance.difference) < 0 ? t("under", { gap: fmt(String(-Number(balance.difference))) }) : t("over", { gap: fmt(balance.difference) })}
          </p>
        )
      ) : <p className="text-sm text-stone-600">{t("ratesNoSum")}</p>}
      {editable && (
        <>
          <p className="text-sm text-stone-600">{t("cascadeCreates")}</p>
          <button type="button" onClick={save} disabled={pending || !hydrated || !valid} className="rounded bg-party px-4 py-2 font-semibold text-white disabled:opacity-60">{t("saveCascade")}</button>
        </>
      )}
    </div>
  );
}
