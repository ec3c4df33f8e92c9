"use client";
// A workflow step (approve, return with a comment, unlock with a reason) bound to its server action. Messages come
// from `figureErrors`, falling back to the shared `errors`; the comment's message is linked to its field.
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/lib/auth/action";

type Result = ActionResult<unknown>;

export interface StepFormProps {
  action: (previous: Result | null, form: FormData) => Promise<Result>;
  hidden: Record<string, string | number>;
  submitLabel: string;
  /** A required text (return comment, unlock reason): its form field name and label. */
  text?: { name: string; label: string };
  hint?: string;
  variant?: "primary" | "secondary";
}

export function StepForm({ action, hidden, submitLabel, text, hint, variant = "primary" }: StepFormProps) {
  const id = useId();
  const tErr = useTranslations("figureErrors");
  const tAction = useTranslations("errors");
  const router = useRouter();
  const [result, setResult] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const translate = (key: string, values?: Record<string, string | number>) =>
    tErr.has(key) ? tErr(key, values) : tAction(key, values);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const answer = await action(null, form);
      setResult(answer);
      if (answer.ok) router.refresh();
    });
  }

  const error = result && !result.ok ? result.error : null;
  const fieldError = text && error?.fields?.[text.name];
  const button = variant === "primary" ? "bg-party text-white" : "border-2 border-stone-500 bg-white text-stone-800";
  return (
    <form onSubmit={submit} method="post" noValidate className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {hint && <p id={`${id}-hint`} className="text-sm text-stone-600">{hint}</p>}
      {error && !fieldError && <p role="alert" className="rounded bg-red-50 p-2 text-red-800">{translate(error.key, error.values)}</p>}
      {text && (
        <div>
          <label htmlFor={`${id}-text`} className="font-medium">{text.label}</label>
          <textarea id={`${id}-text`} name={text.name} rows={2} maxLength={1000} aria-invalid={fieldError ? true : undefined}
            aria-describedby={[hint && `${id}-hint`, fieldError && `${id}-error`].filter(Boolean).join(" ") || undefined}
            className="mt-1 w-full rounded border-2 border-stone-400 px-2 py-1.5 text-base aria-[invalid=true]:border-red-700 focus:border-blue-700" />
          {fieldError && <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-800">{translate(fieldError)}</p>}
        </div>
      )}
      <button type="submit" disabled={pending || !hydrated} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${button}`}>{submitLabel}</button>
    </form>
  );
}
