"use client";
// The yearly entry form of one committee. Keyboard first: Tab or Enter moves from field to field (Enter never
// submits), the buttons come last. The server's rules run here first for quick messages and again on the
// server, which decides. What the user typed stays on screen whatever the answer.
import { Fragment, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { formatFigureInput } from "@/lib/figures/number";
import { collectMessages, figureYearSchema } from "@/lib/figures/schema";
import type { EntryField, FieldConflict, FieldMessage, FormElement, RuleElement, SaveOutcome, SaveRefusal } from "@/lib/figures/types";
import { useHydrated } from "@/components/ui/use-hydrated";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { sparseView } from "@/lib/figures/sparse-rows";
import { FigureField } from "./figure-field";

type SaveAction = (input: unknown) => Promise<ActionResult<SaveOutcome>>;

export interface FigureYearFormProps {
  committeeId: number;
  year: number;
  locale: Locale;
  elements: FormElement[];
  fields: Record<string, EntryField>;
  catalogue: RuleElement[];
  optional: number[];
  carried: Record<string, string>;
  others: Record<string, string>;
  /** What the units below reported of the fields the committee enters itself: shown beside each, so the
   * committee types its own part, not a copy of their total (which the rollup would count twice). */
  below: Record<string, string>;
  names: Record<string, string>;
  editable: boolean;
  canSubmit: boolean;
  saveDraft: SaveAction;
  submitYear: SaveAction;
}

type Banner = { tone: "ok" | "error"; text: string } | null;

export function FigureYearForm(props: FigureYearFormProps) {
  const { elements, fields, locale, year } = props;
  const t = useTranslations("figures");
  const tErr = useTranslations("figureErrors");
  const tAction = useTranslations("errors");
  const router = useRouter();
  // The year before's values, which the check against last year compares with (as the server does).
  const previous = Object.fromEntries(Object.entries(fields).flatMap(([id, f]) => (f.lastYear === null ? [] : [[id, f.lastYear]])));
  const [values, setValues] = useState(() => mapFields(fields, (f) => formatFigureInput(f.value, locale)));
  const [notes, setNotes] = useState(() => mapFields(fields, (f) => f.note));
  const [versions, setVersions] = useState(() => mapFields(fields, (f) => f.version));
  const [errors, setErrors] = useState<Record<string, FieldMessage>>({});
  const [warnings, setWarnings] = useState<Record<string, FieldMessage>>({});
  const [conflicts, setConflicts] = useState<Record<string, FieldConflict>>({});
  const [banner, setBanner] = useState<Banner>(null);
  const [pending, startTransition] = useTransition();
  // Before hydration a native submit would post nothing useful (or put values in the URL): wait for script.
  const hydrated = useHydrated();
  const saveRef = useRef<HTMLButtonElement>(null);
  // A long breakdown most units leave empty (Biểu 4) shows the rows the unit has, stored or last year's; the rest
  // open with one button. Fixed when the form opens: a row being cleared does not vanish under the cursor.
  const [withData] = useState(() => new Set(Object.entries(fields).flatMap(([id, f]) => (f.value !== null || f.lastYear !== null ? [Number(id)] : []))));
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const bannerRef = useRef<HTMLDivElement>(null);

  const number = (v: string | number) => formatNumber(Number(v), locale, 4);
  const messageText = (m: FieldMessage) => {
    const params = Object.fromEntries(Object.entries(m.params ?? {}).map(([k, v]) =>
      [k, k === "whole" || k === "other" ? (props.names[String(v)] ?? String(v)) : number(v)]));
    return tErr.has(m.key) ? tErr(m.key, params) : tAction("invalid");
  };
  const conflictText = (c: FieldConflict) => {
    const who = { by: c.by ?? t("someone"), at: c.at ? formatDateTime(new Date(c.at), locale) : "—" };
    return c.value === null ? t("conflictRemoved", who) : t("conflictField", { ...who, value: number(c.value) });
  };

  /** Moves on with Enter (back with Shift+Enter) instead of submitting; after the last field, to the save button. */
  function onKeyDown(event: React.KeyboardEvent<HTMLFormElement>) {
    const target = event.target;
    if (event.key !== "Enter" || event.nativeEvent.isComposing || !(target instanceof HTMLInputElement) || !("entry" in target.dataset)) return;
    event.preventDefault();
    const entries = Array.from(event.currentTarget.querySelectorAll<HTMLInputElement>("input[data-entry]"));
    const next = entries[entries.indexOf(target) + (event.shiftKey ? -1 : 1)];
    if (next) {
      next.focus();
      next.select();
    } else if (!event.shiftKey) saveRef.current?.focus();
  }

  function showProblems(found: { errors: Record<string, FieldMessage>; warnings: Record<string, FieldMessage> }) {
    setErrors(found.errors);
    setWarnings(found.warnings);
    setBanner({ tone: "error", text: t("invalidSummary", { count: Object.keys(found.errors).length + Object.keys(found.warnings).length }) });
    const first = elements.find((e) => found.errors[e.id] || found.warnings[e.id]);
    // A warning's explanation field is where the user goes next.
    const focusId = first && (found.errors[first.id] ? `figure-${first.id}` : `figure-${first.id}-note`);
    setTimeout(() => {
      if (focusId) document.getElementById(focusId)?.focus();
    }, 0);
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const submitting = submitter?.value === "submit";
    const shown = elements.map((e) => e.id);
    const check = figureYearSchema({ catalogue: props.catalogue, shown, optional: props.optional, locale, submit: submitting })
      .safeParse({ values, notes, others: props.others, lastYear: props.carried, previous });
    setConflicts({});
    if (!check.success) return showProblems(collectMessages(check.error));
    setErrors({});
    setWarnings({});
    const input = {
      committeeId: props.committeeId, year, locale,
      fields: shown.map((id) => ({ elementId: id, value: values[id] ?? "", version: versions[id] ?? 0, note: notes[id] ?? "" })),
    };
    startTransition(async () => {
      const result = await (submitting ? props.submitYear : props.saveDraft)(input);
      if (!result.ok) {
        const { code, key, values: v } = result.error;
        // A save's refusal carries SaveRefusal details (lib/figures/save.ts).
        const refusal = result.error.details as SaveRefusal | undefined;
        if (code === "INVALID" && refusal && "errors" in refusal) return showProblems(refusal);
        if (code === "CONFLICT" && refusal && "conflicts" in refusal) {
          const { conflicts } = refusal;
          setConflicts(conflicts);
          // Saving again now overwrites what is stored: the user has seen it.
          setVersions((old) => ({ ...old, ...mapFields(conflicts, (c) => c.version) }));
          setBanner({ tone: "error", text: t("conflictSummary", { count: Object.keys(conflicts).length }) });
          const first = elements.find((e) => conflicts[e.id]);
          if (first) document.getElementById(`figure-${first.id}`)?.focus();
          return;
        }
        setBanner({ tone: "error", text: tErr.has(key) ? tErr(key, v) : tAction(key, v) });
        bannerRef.current?.focus();
        return;
      }
      const outcome = result.data;
      setVersions(Object.fromEntries(shown.map((id) => [String(id), outcome.versions[id] ?? 0])));
      setBanner({ tone: "ok", text: submitting ? t("submitted", { year }) : t("saved", { count: outcome.changed }) });
      // The pressed button was disabled while saving and lost the focus: give it to the message.
      bannerRef.current?.focus();
      router.refresh();
    });
  }

  const readOnly = !props.editable;
  const groups = groupElements(elements);
  return (
    <form onSubmit={submit} method="post" onKeyDown={onKeyDown} noValidate aria-label={t("formTitle", { year })}>
      <div ref={bannerRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {banner && (
          <p role={banner.tone === "error" ? "alert" : "status"}
            className={`mb-4 rounded p-3 ${banner.tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-900"}`}>
            {banner.text}
          </p>
        )}
      </div>
      {groups.map(([code, list]) => {
        const view = sparseView(list, opened.has(code), (e) => withData.has(e.id));
        return (
        <fieldset key={code} className="mb-5 rounded-lg border border-stone-200 bg-white px-4 pb-2 pt-1 shadow-sm">
          <legend className="px-1 text-lg font-semibold">{t.has(`groups.${code}`) ? t(`groups.${code}`) : code}</legend>
          {view.shown.map((element) => {
            const key = String(element.id);
            const last = fields[key]?.lastYear ?? null;
            return (
              <Fragment key={key}>
              {element.headings?.map((h) => <p key={h} className="mt-3 border-b border-stone-100 pb-1 font-semibold">{h}</p>)}
              <FigureField
                view={{
                  element, value: values[key] ?? "", note: notes[key] ?? "", readOnly,
                  showNote: !!warnings[key] || !!notes[key] || !!fields[key]?.note,
                  lastYear: (last === null ? t("lastYearNone", { year: year - 1 }) : t("lastYear", { year: year - 1, value: number(last) }))
                    + (props.below[key] === undefined ? "" : ` · ${t("unitsBelow", { value: number(props.below[key]) })}`),
                  error: errors[key] ? messageText(errors[key]) : null,
                  warning: warnings[key] ? messageText(warnings[key]) : null,
                  conflict: conflicts[key] ? conflictText(conflicts[key]) : null,
                }}
                labels={{ note: t("note", { name: element.name }), noteHint: t("noteHint") }}
                onValue={(v) => setValues((old) => ({ ...old, [key]: v }))}
                onNote={(v) => setNotes((old) => ({ ...old, [key]: v }))}
              />
              </Fragment>
            );
          })}
          {view.hidden > 0 && (
            <div className="border-t border-stone-200 py-3">
              <p className="text-sm text-stone-600">{t("emptyRowsHint")}</p>
              <button type="button" onClick={() => setOpened((old) => new Set([...old, code]))}
                className="mt-2 min-h-11 rounded border-2 border-party bg-white px-4 py-1.5 font-semibold text-party">
                {t("showEmptyRows", { count: view.hidden })}
              </button>
            </div>
          )}
        </fieldset>
        );
      })}
      {props.editable && (
        <div className="flex flex-wrap items-center gap-3">
          <button ref={saveRef} type="submit" name="intent" value="draft" disabled={pending || !hydrated}
            className="min-h-11 rounded bg-party px-5 py-2 font-semibold text-white disabled:opacity-60">
            {pending ? t("saving") : t("saveDraft")}
          </button>
          {props.canSubmit && (
            <button type="submit" name="intent" value="submit" disabled={pending || !hydrated}
              className="min-h-11 rounded border-2 border-party bg-white px-5 py-2 font-semibold text-party disabled:opacity-60">
              {t("submit")}
            </button>
          )}
        </div>
      )}
    </form>
  );
}

function mapFields<F, T>(fields: Record<string, F>, pick: (f: F) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, pick(f)]));
}

/** Elements arrive in form order; consecutive ones of a group form its fieldset. */
function groupElements(elements: FormElement[]): [string, FormElement[]][] {
  const groups: [string, FormElement[]][] = [];
  for (const e of elements) {
    const last = groups.at(-1);
    if (last && last[0] === e.groupCode) last[1].push(e);
    else groups.push([e.groupCode, [e]]);
  }
  return groups;
}
