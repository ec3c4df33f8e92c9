"use client";
// A committee field: the scope's units as an indented list when the scope is small, a search as you type when it
// is not (a province's 3,000 units, the country's 300,000: a list of them would be tens of MB of HTML). Both post
// the unit's id under `name`. The search follows the WAI-ARIA combobox pattern: arrow keys move through the
// results, Enter chooses, Escape gives back the unit chosen before.
import { useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { CommitteeChoices } from "@/lib/committees/search";
import { SEARCH_LIMIT } from "@/lib/committees/search-key";

export type Option = { value: string; label: string };

interface Match {
  id: number;
  code: string;
  name: string;
  parents: string[];
}

export interface CommitteeFieldProps {
  id: string;
  name?: string;
  choices: CommitteeChoices;
  /** The unit chosen at first ("" for none). */
  value: string;
  /** Called with each new choice; without it the field keeps its own state (a plain GET form). */
  onChange?: (option: Option | null) => void;
  /** Offers "—" (no unit) in the list. */
  allowEmpty?: boolean;
  /** The search starts empty again after each choice (adding units to a list). */
  clearOnChoose?: boolean;
  className: string;
  describedBy?: string;
}

export function CommitteeField(props: CommitteeFieldProps) {
  if (props.choices.search) return <CommitteeSearch {...props} />;
  const { id, name, choices, value, onChange, allowEmpty, className, describedBy } = props;
  const byValue = new Map(choices.options.map((o) => [o.value, o]));
  const change = onChange ? (v: string) => onChange(byValue.get(v) ?? null) : undefined;
  return (
    <select id={id} name={name} className={className} aria-describedby={describedBy}
      {...(change ? { value, onChange: (e) => change(e.target.value) } : { defaultValue: value })}>
      {allowEmpty && <option value="">—</option>}
      {choices.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}

/** Results shown; one more is asked for, to know there are more. */
const SHOWN = SEARCH_LIMIT;
const DEBOUNCE_MS = 180;

function CommitteeSearch({ id, name, choices, value, onChange, clearOnChoose, className, describedBy }: CommitteeFieldProps) {
  const t = useTranslations("committeePicker");
  const listId = useId();
  const hintId = useId();
  const initial = choices.options.find((o) => o.value === value) ?? null;
  const [chosen, setChosen] = useState<Option | null>(initial);
  const [text, setText] = useState(clearOnChoose ? "" : initial?.label ?? "");
  const [open, setOpen] = useState(false);
  const [matches, setMatches] = useState<Match[]>([]);
  const [more, setMore] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "searching" | "failed">("idle");
  const [query, setQuery] = useState<string | null>(null);

  useEffect(() => {
    if (query === null) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/committees/search?${new URLSearchParams({ q: query, limit: String(SHOWN + 1) })}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const { data } = (await response.json()) as { data: Match[] };
        setMatches(data.slice(0, SHOWN));
        setMore(data.length > SHOWN);
        setActive(data.length > 0 ? 0 : -1);
        setStatus("idle");
      } catch {
        if (!controller.signal.aborted) setStatus("failed");
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const search = (q: string) => {
    setOpen(true);
    setQuery(q);
    // Until this query's results arrive, the list shows the previous ones: Enter must not choose from those.
    if (q !== query) setStatus("searching");
  };
  /** Closes the list and shows `option` in the field (empty again in a field that adds to a list). */
  const settle = (option: Option | null) => {
    setOpen(false);
    setQuery(null);
    setText(clearOnChoose ? "" : option?.label ?? "");
  };
  const close = () => settle(chosen);
  const choose = (match: Match) => {
    const option = { value: String(match.id), label: match.name };
    if (!clearOnChoose) setChosen(option);
    settle(option);
    onChange?.(option);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return search(text === chosen?.label ? "" : text);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (matches.length === 0 ? -1 : (i + step + matches.length) % matches.length));
    } else if (event.key === "Enter" && open) {
      // Enter in an open list chooses; it must not submit the form with the old unit.
      event.preventDefault();
      const match = matches[active];
      if (match && status === "idle") choose(match);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  };

  const activeId = open && active >= 0 && matches[active] ? `${listId}-${active}` : undefined;
  const announcement = !open ? "" : status === "searching" ? t("searching") : status === "failed" ? t("failed")
    : matches.length === 0 && query ? t("none", { query }) : t("results", { count: matches.length });

  return (
    <div className="relative">
      {name && <input type="hidden" name={name} value={chosen?.value ?? ""} />}
      <input id={id} type="text" role="combobox" autoComplete="off" spellCheck={false}
        aria-expanded={open} aria-controls={listId} aria-autocomplete="list" aria-activedescendant={activeId}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(" ")}
        placeholder={t("placeholder")} className={className} value={text}
        onChange={(e) => {
          setText(e.target.value);
          search(e.target.value);
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => !open && search(text === chosen?.label ? "" : text)}
        onKeyDown={onKeyDown}
        onBlur={close} />
      <span id={hintId} className="sr-only">{t("hint")}</span>
      <span aria-live="polite" className="sr-only">{announcement}</span>
      <ul id={listId} role="listbox" hidden={!open} aria-busy={status === "searching"}
        className={`absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded border border-stone-300 bg-white py-1 shadow-lg ${status === "searching" ? "text-stone-500" : ""}`}>
        {matches.map((m, i) => (
          <li key={m.id} id={`${listId}-${i}`} role="option" aria-selected={i === active}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-red-50 outline-2 -outline-offset-2 outline-red-800" : ""}`}
            onMouseDown={(e) => e.preventDefault()} onMouseEnter={() => setActive(i)} onClick={() => choose(m)}>
            <span className="block font-medium">{m.name}</span>
            <span className="block text-sm text-stone-600">{[m.code, ...m.parents].join(" · ")}</span>
          </li>
        ))}
        {open && (status !== "idle" || matches.length === 0 || more) && (
          <li role="presentation" className="px-3 py-2 text-sm text-stone-600">
            {status === "idle" && more ? t("more", { count: SHOWN }) : announcement}
          </li>
        )}
      </ul>
    </div>
  );
}

export interface CommitteeListFieldProps {
  id: string;
  choices: CommitteeChoices;
  values: string[];
  onChange: (values: string[]) => void;
  className: string;
  describedBy?: string;
  removeLabel: (unit: string) => string;
}

/** Several committees: a multiple select when listed, otherwise the chosen units with a search to add more. */
export function CommitteeListField({ id, choices, values, onChange, className, describedBy, removeLabel }: CommitteeListFieldProps) {
  const [labels, setLabels] = useState(() => new Map(choices.options.map((o) => [o.value, o.label])));
  if (!choices.search) {
    return (
      <select id={id} multiple size={8} className={className} value={values} aria-describedby={describedBy}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}>
        {choices.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    );
  }
  return (
    <div>
      <CommitteeField id={id} choices={choices} value="" className={className} describedBy={describedBy} clearOnChoose
        onChange={(option) => {
          if (!option || values.includes(option.value)) return;
          setLabels((m) => new Map(m).set(option.value, option.label));
          onChange([...values, option.value]);
        }} />
      {values.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-2">
          {values.map((v) => (
            <li key={v} className="flex items-center gap-1 rounded-full border border-stone-300 bg-stone-50 py-1 pl-3 pr-1">
              <span>{labels.get(v) ?? v}</span>
              <button type="button" aria-label={removeLabel(labels.get(v) ?? v)} onClick={() => onChange(values.filter((x) => x !== v))}
                className="rounded-full px-2 text-stone-700 hover:bg-stone-200">×</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
