"use client";
// A form bound to a server action: submits without a page load, keeps what the user typed when the action
// refuses it, shows the error summary on top and each field's message in place (linked by aria-describedby).
import { createContext, useContext, useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { useHydrated } from "./use-hydrated";
import { CommitteeField } from "@/components/committees/committee-field";
import type { CommitteeChoices } from "@/lib/committees/search";

type Result = ActionResult<unknown>;
const FormState = createContext<Result | null>(null);

export interface ActionFormProps {
  action: (previous: Result | null, form: FormData) => Promise<Result>;
  submitLabel: string;
  children: React.ReactNode;
  successMessage?: string;
  /** After success: go to this path (default: refresh the current page). */
  redirectTo?: string;
  /** After success: end this browser's session and show the sign-in page with this notice. */
  signOutReason?: string;
  variant?: "primary" | "danger" | "secondary";
  /** After success: show this list field of the result (e.g. recovery codes, shown once). */
  resultList?: { field: string; title: string; hint?: string };
}

const BUTTON = {
  primary: "bg-party text-white",
  danger: "bg-white text-red-800 border border-red-800",
  secondary: "bg-white text-stone-800 border border-stone-400",
};

export function ActionForm({ action, submitLabel, children, successMessage, redirectTo, signOutReason, variant = "primary", resultList }: ActionFormProps) {
  const [state, setState] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const t = useTranslations("errors");
  const hydrated = useHydrated();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await action(state, form);
      setState(result);
      if (!result.ok) return;
      if (signOutReason) await signOut({ callbackUrl: `/sign-in?reason=${signOutReason}` });
      else if (redirectTo) router.push(redirectTo);
      // A result shown once (recovery codes) must stay on screen; a refresh could replace this form.
      else if (!resultList) router.refresh();
    });
  }

  const error = state && !state.ok ? state.error : null;
  const list = resultList && state?.ok ? (state.data as Record<string, unknown>)[resultList.field] : null;
  return (
    <FormState value={state}>
      <form onSubmit={submit} method="post" noValidate className="space-y-4">
        {error && (
          <p role="alert" className="rounded bg-red-50 p-3 text-red-800">
            {t(error.key, error.values)}
          </p>
        )}
        {children}
        <div className="flex items-center gap-3">
          <button type="submit" disabled={pending || !hydrated} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${BUTTON[variant]}`}>
            {submitLabel}
          </button>
          {state?.ok && successMessage && <p role="status" className="text-green-800">{successMessage}</p>}
        </div>
        {Array.isArray(list) && resultList && (
          <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
            <p className="font-semibold">{resultList.title}</p>
            {resultList.hint && <p className="text-sm">{resultList.hint}</p>}
            <ul className="mt-2 grid grid-cols-2 gap-1 font-mono">{list.map((item) => <li key={String(item)}>{String(item)}</li>)}</ul>
          </div>
        )}
      </form>
    </FormState>
  );
}

function useFieldError(name: string) {
  const state = useContext(FormState);
  const t = useTranslations("errors");
  const key = state && !state.ok ? state.error.fields?.[name] : undefined;
  if (!key) return null;
  return t.has(key) ? t(key) : t("invalid");
}

const INPUT = "mt-1 w-full rounded border px-3 py-2 text-base aria-[invalid=true]:border-red-700 border-stone-300";

export function TextField({ name, label, hint, ...rest }: { name: string; label: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="font-medium">{label}</label>
      <input id={id} name={name} aria-invalid={!!error} aria-describedby={describedBy} className={INPUT} {...rest} />
      {hint && <p id={`${id}-hint`} className="text-sm text-stone-500">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-sm text-red-800">{error}</p>}
    </div>
  );
}

/** A committee as a form field: listed when the scope is small, searched when it is large (CommitteeField). */
export function CommitteeSelectField({ name, label, choices, defaultValue }: {
  name: string;
  label: string;
  choices: CommitteeChoices;
  defaultValue: string;
}) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <div>
      <label htmlFor={id} className="font-medium">{label}</label>
      <CommitteeField id={id} name={name} choices={choices} value={defaultValue} className={INPUT} describedBy={error ? `${id}-error` : undefined} />
      {error && <p id={`${id}-error`} className="text-sm text-red-800">{error}</p>}
    </div>
  );
}

export function SelectField({ name, label, options, defaultValue }: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
}) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <div>
      <label htmlFor={id} className="font-medium">{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined} className={INPUT}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error && <p id={`${id}-error`} className="text-sm text-red-800">{error}</p>}
    </div>
  );
}
