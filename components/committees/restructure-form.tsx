"use client";
// The restructuring form: choose an operation and its date, preview what changes (units, accounts, resolutions,
// the superior committees' totals before and after), then apply exactly what was previewed, or cancel.
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { headlineChange, previewCounts, totalDelta } from "@/lib/committees/restructure/preview-words";
import type { RestructureReport } from "@/lib/committees/restructure/execute";
import type { RestructureInput } from "@/lib/committees/restructure/schema";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useHydrated } from "@/components/ui/use-hydrated";
import { DataTable } from "@/components/ui/data-table";
import { CommitteeField, CommitteeListField } from "@/components/committees/committee-field";
import type { CommitteeChoices } from "@/lib/committees/search";

type Option = { value: string; label: string };
type Op = RestructureInput["op"];
interface NewUnit { code: string; name: string; nameEn: string; kind: string }

interface Props {
  units: CommitteeChoices;
  kinds: Option[];
  today: string;
  locale: Locale;
  preview: (raw: unknown) => Promise<ActionResult<RestructureReport>>;
  apply: (raw: unknown) => Promise<ActionResult<RestructureReport>>;
}

const INPUT = "mt-1 w-full rounded border border-stone-300 px-3 py-2 text-base";
const OPS: Op[] = ["merge", "move", "split", "rename", "dissolve"];

export function RestructureForm({ units, kinds, today, locale, preview, apply }: Props) {
  const t = useTranslations("restructure");
  const tErr = useTranslations("restructureErrors");
  const tAction = useTranslations("errors");
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const id = useId();

  const [op, setOp] = useState<Op>("merge");
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [unit, setUnit] = useState("");
  const [parent, setParent] = useState("");
  const [sources, setSources] = useState<string[]>([]);
  const [intoMode, setIntoMode] = useState<"existing" | "new">("existing");
  const [into, setInto] = useState("");
  const [newUnit, setNewUnit] = useState<NewUnit>({ code: "", name: "", nameEn: "", kind: "GRASSROOTS" });
  const [reassign, setReassign] = useState(true);
  const [splitUnits, setSplitUnits] = useState<NewUnit[]>([emptyUnit(), emptyUnit()]);
  const [successorIndex, setSuccessorIndex] = useState(0);
  const [name, setName] = useState("");
  const [nameEn, setNameEn] = useState("");

  const [report, setReport] = useState<{ input: RestructureInput; data: RestructureReport } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  /** Any edit invalidates the preview: apply only ever sends what was previewed. */
  function edit<T>(set: (v: T) => void) {
    return (v: T) => {
      set(v);
      setReport(null);
      setDone(null);
    };
  }

  function input(): unknown {
    const num = (v: string) => (v ? Number(v) : undefined);
    switch (op) {
      case "move": return { op, effectiveFrom, committeeId: num(unit), parentId: num(parent) };
      case "merge": return {
        op, effectiveFrom, sourceIds: sources.map(Number), reassignResolutions: reassign,
        ...(intoMode === "existing" ? { intoId: num(into) } : { newUnit: { ...newUnit, nameEn: newUnit.nameEn || undefined, parentId: num(parent) } }),
      };
      case "split": return { op, effectiveFrom, committeeId: num(unit), successorIndex, newUnits: splitUnits.map((u) => ({ ...u, nameEn: u.nameEn || undefined })) };
      case "rename": return { op, effectiveFrom, committeeId: num(unit), name, nameEn: nameEn || undefined };
      case "dissolve": return { op, effectiveFrom, committeeId: num(unit) };
    }
  }

  function message(result: Extract<ActionResult<unknown>, { ok: false }>): string {
    const { key, values, fields } = result.error;
    const field = fields ? Object.values(fields)[0] : undefined;
    const k = key === "invalid" && field && tErr.has(field) ? field : key;
    return tErr.has(k) ? tErr(k, values) : tAction(k, values);
  }

  function runPreview(event: React.FormEvent) {
    event.preventDefault();
    const raw = input() as RestructureInput;
    startTransition(async () => {
      setDone(null);
      const result = await preview(raw);
      if (result.ok) {
        setReport({ input: raw, data: result.data });
        setError(null);
      } else {
        setReport(null);
        setError(message(result));
      }
    });
  }

  function runApply() {
    if (!report) return;
    startTransition(async () => {
      const result = await apply({ operation: report.input, versions: report.data.versions });
      if (result.ok) {
        setReport(null);
        setError(null);
        const [y, m, d] = result.data.effectiveFrom.split("-");
        setDone(result.data.scheduled
          ? t("scheduled", { count: result.data.units.length, date: locale === "vi" ? `${d}/${m}/${y}` : result.data.effectiveFrom })
          : t("applied", { count: result.data.units.length }));
        router.refresh();
      } else setError(message(result));
    });
  }

  const unitSelect = (label: string, value: string, set: (v: string) => void) => (
    <Select label={label} value={value} onChange={edit(set)} options={units} />
  );

  return (
    <div className="space-y-5">
      <form onSubmit={runPreview} noValidate className="space-y-4">
        {error && <p role="alert" className="rounded bg-red-50 p-3 text-red-800">{error}</p>}
        <fieldset>
          <legend className="font-medium">{t("operation")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
            {OPS.map((o) => (
              <label key={o} className="inline-flex items-center gap-2">
                <input type="radio" name={`${id}-op`} value={o} checked={op === o} onChange={() => edit(setOp)(o)} />
                {t(`op.${o}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="max-w-xs">
          <label htmlFor={`${id}-date`} className="font-medium">{t("effectiveFrom")}</label>
          <input id={`${id}-date`} type="date" className={INPUT} value={effectiveFrom} max={today} onChange={(e) => edit(setEffectiveFrom)(e.target.value)} />
        </div>

        {op === "move" && (
          <div className="grid gap-4 md:grid-cols-2">
            {unitSelect(t("unit"), unit, setUnit)}
            {unitSelect(t("newParent"), parent, setParent)}
          </div>
        )}

        {op === "merge" && (
          <div className="space-y-4">
            <div>
              <label htmlFor={`${id}-sources`} className="font-medium">{t("sources")}</label>
              <CommitteeListField id={`${id}-sources`} choices={units} values={sources} onChange={edit(setSources)} className={INPUT}
                describedBy={`${id}-sources-hint`} removeLabel={(unit) => t("removeSource", { unit })} />
              <p id={`${id}-sources-hint`} className="text-sm text-stone-500">{t(units.search ? "sourcesSearchHint" : "sourcesHint")}</p>
            </div>
            <fieldset>
              <legend className="font-medium">{t("into")}</legend>
              <div className="mt-1 flex flex-wrap gap-x-5">
                {(["existing", "new"] as const).map((m) => (
                  <label key={m} className="inline-flex items-center gap-2">
                    <input type="radio" name={`${id}-into`} checked={intoMode === m} onChange={() => edit(setIntoMode)(m)} />
                    {t(m === "existing" ? "intoExisting" : "intoNew")}
                  </label>
                ))}
              </div>
            </fieldset>
            {intoMode === "existing" ? unitSelect(t("successorUnit"), into, setInto) : (
              <div className="grid gap-4 md:grid-cols-2">
                <UnitFields unit={newUnit} kinds={kinds} onChange={edit(setNewUnit)} />
                {unitSelect(t("newParentOfNew"), parent, setParent)}
              </div>
            )}
            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-1" checked={reassign} onChange={(e) => edit(setReassign)(e.target.checked)} />
              <span>{t("reassign")}</span>
            </label>
          </div>
        )}

        {op === "split" && (
          <div className="space-y-4">
            {unitSelect(t("unit"), unit, setUnit)}
            <p className="text-sm text-stone-600">{t("splitHint")}</p>
            {splitUnits.map((u, i) => (
              <fieldset key={i} className="rounded border border-stone-200 p-3">
                <legend className="px-1 font-medium">{t("newUnitN", { n: i + 1 })}</legend>
                <div className="grid gap-4 md:grid-cols-2">
                  <UnitFields unit={u} kinds={kinds} onChange={(v) => edit(setSplitUnits)(splitUnits.map((x, j) => (j === i ? v : x)))} />
                </div>
                <label className="mt-2 inline-flex items-center gap-2">
                  <input type="radio" name={`${id}-successor`} checked={successorIndex === i} onChange={() => edit(setSuccessorIndex)(i)} />
                  {t("carriesHistory")}
                </label>
              </fieldset>
            ))}
            <button type="button" className="rounded border border-stone-400 px-3 py-1" onClick={() => edit(setSplitUnits)([...splitUnits, emptyUnit()])}>
              {t("addUnit")}
            </button>
          </div>
        )}

        {op === "rename" && (
          <div className="grid gap-4 md:grid-cols-2">
            {unitSelect(t("unit"), unit, setUnit)}
            <Text label={t("name")} value={name} onChange={edit(setName)} />
            <Text label={t("nameEn")} value={nameEn} onChange={edit(setNameEn)} />
          </div>
        )}

        {op === "dissolve" && unitSelect(t("unit"), unit, setUnit)}

        <button type="submit" disabled={pending || !hydrated} className="rounded bg-party px-4 py-2 font-semibold text-white disabled:opacity-60">
          {t("preview")}
        </button>
        {done && <p role="status" className="text-green-800">{done}</p>}
      </form>

      {report && (
        <Preview report={report.data} locale={locale} operation={t(`op.${report.input.op}`)}>
          <div className="flex gap-3">
            <button type="button" onClick={runApply} disabled={pending} className="rounded bg-party px-4 py-2 font-semibold text-white disabled:opacity-60">
              {report.data.scheduled ? t("schedule") : t("apply")}
            </button>
            <button type="button" onClick={() => setReport(null)} disabled={pending} className="rounded border border-stone-400 bg-white px-4 py-2 font-semibold">{t("cancel")}</button>
          </div>
        </Preview>
      )}
    </div>
  );
}

function emptyUnit(): NewUnit {
  return { code: "", name: "", nameEn: "", kind: "GRASSROOTS_CELL" };
}

function Select({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: CommitteeChoices }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="font-medium">{label}</label>
      <CommitteeField id={id} choices={options} value={value} onChange={(o) => onChange(o?.value ?? "")} allowEmpty className={INPUT} />
    </div>
  );
}

function Text({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="font-medium">{label}</label>
      <input id={id} className={INPUT} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function UnitFields({ unit, kinds, onChange }: { unit: NewUnit; kinds: Option[]; onChange: (u: NewUnit) => void }) {
  const t = useTranslations("restructure");
  const id = useId();
  return (
    <>
      <Text label={t("newCode")} value={unit.code} onChange={(code) => onChange({ ...unit, code })} />
      <Text label={t("newName")} value={unit.name} onChange={(name) => onChange({ ...unit, name })} />
      <Text label={t("newNameEn")} value={unit.nameEn} onChange={(nameEn) => onChange({ ...unit, nameEn })} />
      <div>
        <label htmlFor={id} className="font-medium">{t("newKind")}</label>
        <select id={id} className={INPUT} value={unit.kind} onChange={(e) => onChange({ ...unit, kind: e.target.value })}>
          {kinds.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
        </select>
      </div>
    </>
  );
}

function Preview({ report, locale, operation, children }: { report: RestructureReport; locale: Locale; operation: string; children: React.ReactNode }) {
  const t = useTranslations("restructure");
  const tType = useTranslations("grassrootsType");
  const [y, m, d] = report.effectiveFrom.split("-");
  const date = locale === "vi" ? `${d}/${m}/${y}` : report.effectiveFrom;
  const n = (v: string | null) => (v === null ? t("none") : formatNumber(Number(v), locale, 4));
  const signed = (v: number) => (v > 0 ? `+${formatNumber(v, locale, 4)}` : v < 0 ? `\u2212${formatNumber(-v, locale, 4)}` : "0");
  // "Đảng bộ X: 12 số liệu thay đổi, nhiều nhất Tổng số đảng viên năm 2025: 806 → 720 (−86)"
  const headline = (unit: string, changed: RestructureReport["totals"][number]["changed"]) => {
    const c = headlineChange(changed)!;
    return t("totalsChanged", {
      unit, count: changed.length, element: locale === "en" ? c.nameEn : c.nameVi, year: c.year, before: n(c.before), after: n(c.after), delta: signed(totalDelta(c)),
    });
  };
  return (
    <section aria-labelledby="preview-title" className="space-y-4 rounded border-2 border-amber-300 bg-amber-50 p-4">
      <h2 id="preview-title" className="text-xl font-semibold">{t("previewTitle", { operation, date })}</h2>
      <p className="font-medium" data-testid="preview-summary">{t("previewSummary", { ...previewCounts(report) })}</p>
      <p>{report.scheduled ? t("previewScheduledNote", { date }) : t("previewNote")}</p>
      <div>
        <h3 className="font-semibold">{t("units")}</h3>
        <ul className="list-disc pl-5">
          {report.units.map((u, i) => (
            <li key={i}>
              <strong>{t(`change.${u.change}`)}</strong>: {u.unit.name}
              {u.change === "renamed" ? ` (${t("fromTo", { from: u.fromName ?? "", to: u.toName ?? "" })})`
                : (u.from || u.to) ? ` (${t("fromTo", { from: u.from?.name ?? t("none"), to: u.to?.name ?? t("none") })})` : ""}
              {u.grassrootsType && `; ${t("grassrootsType", { type: tType(u.grassrootsType) })}`}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-semibold">{t("accounts")}</h3>
        {report.accounts.length === 0 ? <p>{t("noAccounts")}</p> : (
          <ul className="list-disc pl-5">
            {report.accounts.map((a) => (
              <li key={a.id}>{a.to ? t("accountFollows", { name: a.displayName, username: a.username, from: a.from.name, to: a.to.name })
                : t("accountKeeps", { name: a.displayName, username: a.username, from: a.from.name })}</li>
            ))}
          </ul>
        )}
      </div>
      {report.resolutions.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("resolutions")}</h3>
          <ul className="list-disc pl-5">
            {report.resolutions.map((r) => (
              <li key={r.id}>{r.to ? t("resolutionMoves", { title: r.title, term: r.term, to: r.to.name }) : t("resolutionStays", { title: r.title, term: r.term, from: r.from.name })}</li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h3 className="font-semibold">{t("totals")}</h3>
        <ul className="space-y-2" data-testid="preview-totals">
          {report.totals.map((a) => (
            <li key={a.unit.id}>
              {a.changed.length === 0 ? t("totalsUnchanged", { unit: a.unit.name }) : (
                <details>
                  <summary className="cursor-pointer">{headline(a.unit.name, a.changed)}</summary>
                  <DataTable className="mt-2 bg-white" density="tight" rows={a.changed} rowKey={(c) => `${c.element}:${c.year}`} columns={[
                    { key: "element", header: t("element"), cell: (c) => (locale === "en" ? c.nameEn : c.nameVi) },
                    { key: "year", header: t("year"), cell: (c) => c.year },
                    { key: "before", header: t("before"), numeric: true, cell: (c) => n(c.before) },
                    { key: "after", header: t("after"), numeric: true, cell: (c) => n(c.after) },
                    { key: "delta", header: t("difference"), numeric: true, cell: (c) => signed(totalDelta(c)) },
                  ]} />
                </details>
              )}
            </li>
          ))}
        </ul>
      </div>
      {children}
    </section>
  );
}
