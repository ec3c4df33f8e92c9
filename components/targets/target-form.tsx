"use client";
// The target form: one form for every kind, showing as the user types how the target will read and what data
// it needs, and the same rules the server applies (lib/targets/schema.ts) in place under each field.
import { useId, useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { isLocale } from "@/lib/i18n/locales";
import { describeDataNeeds, describeTarget } from "@/lib/targets/describe";
import { checkTarget, COMPARATORS, TARGET_CATEGORIES, TARGET_KINDS, targetFieldsSchema, type TargetIssue } from "@/lib/targets/schema";
import type { IndicatorOption } from "@/lib/targets/queries";
import { useHydrated } from "@/components/ui/use-hydrated";

export interface TargetFormValues {
  id?: number;
  version?: number;
  category: (typeof TARGET_CATEGORIES)[number];
  kind: (typeof TARGET_KINDS)[number];
  indicatorId: string;
  comparator: "GTE" | "LTE";
  targetValue: string;
  baselineValue: string;
  baselineYear: string;
  deadlineYear: string;
  titleVi: string;
  titleEn: string;
}

interface Props {
  mode: "create" | "update" | "amend";
  action: (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;
  resolutionId: number;
  term: { name: string; startYear: number; endYear: number };
  indicators: IndicatorOption[];
  initial: TargetFormValues;
  returnTo: string;
  submitLabel: string;
  /** Kind, section and indicator cannot change (amendments, cascaded targets). */
  fixedMeasure?: boolean;
}

const INPUT = "mt-1 w-full rounded border border-stone-300 px-3 py-2 text-base aria-[invalid=true]:border-red-700";

export function TargetForm({ mode, action, resolutionId, term, indicators, initial, returnTo, submitLabel, fixedMeasure }: Props) {
  const t = useTranslations("resolutions");
  const tErr = useTranslations("errors");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : "vi";
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [v, setV] = useState(initial);
  const [extra, setExtra] = useState({ effectiveFrom: String(Math.min(term.endYear, Math.max(term.startYear + 1, new Date().getFullYear()))), reference: "", reason: "" });
  const [shown, setShown] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const set = (field: keyof TargetFormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setV((old) => ({ ...old, [field]: e.target.value }));

  const indicator = indicators.find((i) => String(i.id) === v.indicatorId) ?? null;
  const quantitative = v.kind !== "QUALITATIVE";
  const fields = useMemo(() => targetFieldsSchema.safeParse({ ...v, resolutionId, locale }), [v, resolutionId, locale]);
  const check = fields.success ? checkTarget(fields.data, { term, indicator }) : null;
  const issues: TargetIssue[] = check?.issues ?? [];
  const issueOf = (field: string) => (shown ? issues.find((i) => i.field === field) : undefined);
  const message = (issue: TargetIssue | undefined) => (issue ? tErr(`targets.${issue.key}`, issue.values) : null);

  const parsed = check?.value;
  const preview = describeTarget({
    kind: v.kind, comparator: v.comparator, title: v.titleVi,
    targetValue: parsed?.targetValue ? Number(parsed.targetValue) : null,
    baselineValue: parsed?.baselineValue ? Number(parsed.baselineValue) : null, baselineYear: parsed?.baselineYear ?? null,
    deadlineYear: parsed?.deadlineYear ?? null, indicator, term,
  }, locale);
  const needs = indicator ? describeDataNeeds(indicator.elements, locale) : [];

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShown(true);
    if (!fields.success || issues.length > 0) return;
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await action(null, form);
      if (!result.ok) {
        setServerError(tErr(result.error.key, result.error.values));
        return;
      }
      router.push(returnTo);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {serverError && <p role="alert" className="rounded bg-red-50 p-3 text-red-800">{serverError}</p>}
      {shown && issues.length > 0 && <p role="alert" className="rounded bg-red-50 p-3 text-red-800">{tErr("invalid")}</p>}
      <input type="hidden" name="resolutionId" value={resolutionId} />
      <input type="hidden" name="locale" value={locale} />
      {initial.id !== undefined && <input type="hidden" name="id" value={initial.id} />}
      {initial.version !== undefined && <input type="hidden" name="version" value={initial.version} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Select name="category" label={t("category")} value={v.category} onChange={set("category")} disabled={fixedMeasure}
          options={TARGET_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
        <Select name="kind" label={t("kind")} value={v.kind} onChange={set("kind")} disabled={fixedMeasure}
          options={TARGET_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} hint={t(`kindHints.${v.kind}`)} />
      </div>
      {quantitative && (
        <>
          <Select name="indicatorId" label={t("indicator")} value={v.indicatorId} onChange={set("indicatorId")} disabled={fixedMeasure}
            options={[{ value: "", label: t("none") }, ...indicators.map((i) => ({ value: String(i.id), label: `${locale === "vi" ? i.nameVi : i.nameEn} (${locale === "vi" ? i.unitVi : i.unitEn})` }))]}
            error={message(issueOf("indicatorId"))} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Select name="comparator" label={t("comparator")} value={v.comparator} onChange={set("comparator")}
              options={COMPARATORS.map((c) => ({ value: c, label: t(`comparators.${c}`) }))} />
            <Input name="targetValue" label={t("targetValue")} value={v.targetValue} onChange={set("targetValue")} inputMode="decimal"
              suffix={indicator ? (locale === "vi" ? indicator.unitVi : indicator.unitEn) : undefined} error={message(issueOf("targetValue"))} />
          </div>
          {v.kind === "LEVEL_BY_DEADLINE" && (
            <div className="grid gap-4 sm:grid-cols-3">
              <Input name="deadlineYear" label={t("deadlineYear")} value={v.deadlineYear} onChange={set("deadlineYear")} inputMode="numeric"
                hint={t("deadlineHint", { end: term.endYear })} error={message(issueOf("deadlineYear"))} />
              <Input name="baselineValue" label={t("baselineValue")} value={v.baselineValue} onChange={set("baselineValue")} inputMode="decimal" error={message(issueOf("baselineValue"))} />
              <Input name="baselineYear" label={t("baselineYear")} value={v.baselineYear} onChange={set("baselineYear")} inputMode="numeric" error={message(issueOf("baselineYear"))} />
            </div>
          )}
        </>
      )}
      <Input name="titleVi" label={t("titleVi")} value={v.titleVi} onChange={set("titleVi")} hint={quantitative ? t("titleHint") : undefined} error={message(issueOf("titleVi"))} />
      <Input name="titleEn" label={t("titleEn")} value={v.titleEn} onChange={set("titleEn")} hint={quantitative ? t("titleHint") : t("titleEnHint")} error={message(issueOf("titleEn"))} />
      {mode === "amend" && (
        <div className="grid gap-4 sm:grid-cols-3">
          <Input name="effectiveFrom" label={t("effectiveFrom")} value={extra.effectiveFrom} inputMode="numeric" onChange={(e) => setExtra({ ...extra, effectiveFrom: e.target.value })} />
          <Input name="reference" label={t("reference")} value={extra.reference} hint={t("referenceHint")} onChange={(e) => setExtra({ ...extra, reference: e.target.value })} />
          <Input name="reason" label={t("reason")} value={extra.reason} onChange={(e) => setExtra({ ...extra, reason: e.target.value })} />
        </div>
      )}
      <div aria-live="polite" className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="target-preview">
        <p className="text-sm font-semibold text-stone-700">{t("preview")}</p>
        <p className="text-lg">{preview ?? <span className="text-stone-500">{t("previewMissing")}</span>}</p>
        <p className="mt-2 text-sm font-semibold text-stone-700">{t("needs")}</p>
        {quantitative ? (
          needs.length > 0 ? <ul className="list-disc pl-5 text-sm">{needs.map((n) => <li key={n}>{n}</li>)}</ul> : <p className="text-sm text-stone-500">—</p>
        ) : <p className="text-sm">{t("needsNone")}</p>}
      </div>
      <button type="submit" disabled={pending || !hydrated} className="rounded bg-party px-4 py-2 font-semibold text-white disabled:opacity-60">{submitLabel}</button>
    </form>
  );
}

function Select({ name, label, value, onChange, options, hint, error, disabled }: {
  name: string; label: string; value: string; onChange: (e: React.ChangeEvent<HTMLSelectElement>) => void;
  options: { value: string; label: string }[]; hint?: string; error?: string | null; disabled?: boolean;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="font-medium">{label}</label>
      {/* A disabled select posts nothing: the fixed value travels in a hidden input. */}
      {disabled && <input type="hidden" name={name} value={value} />}
      <select id={id} name={disabled ? undefined : name} value={value} onChange={onChange} disabled={disabled} aria-invalid={!!error} aria-describedby={describedBy} className={INPUT}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {hint && <p id={`${id}-hint`} className="text-sm text-stone-500">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-sm text-red-800">{error}</p>}
    </div>
  );
}

function Input({ name, label, hint, error, suffix, ...rest }: {
  name: string; label: string; hint?: string; error?: string | null; suffix?: string;
} & React.InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="font-medium">{label}{suffix ? ` (${suffix})` : ""}</label>
      <input id={id} name={name} aria-invalid={!!error} aria-describedby={describedBy} className={INPUT} autoComplete="off" {...rest} />
      {hint && <p id={`${id}-hint`} className="text-sm text-stone-500">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-sm text-red-800">{error}</p>}
    </div>
  );
}
