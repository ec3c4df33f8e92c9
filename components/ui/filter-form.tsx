"use client";
// Filters that live in the URL (term, year, committee): a plain GET form that works without script, and with script
// applies each choice as it is made. A field listed in `resets` drops the fields that depend on it (a new term drops
// the old term's year), so the page picks a valid default instead of keeping a year the new term does not have.
import { useEffect, useRef, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useHydrated } from "./use-hydrated";

export interface FilterFormProps {
  action: string;
  /** The query string of the view shown: when it changes, the fields are drawn again from the server's values. */
  current: string;
  label?: string;
  className?: string;
  resets?: Record<string, string[]>;
  /** The submit button, needed only until the script runs, unless `keepSubmit` (a search field; a page that opens nothing until asked). */
  submit: React.ReactNode;
  keepSubmit?: boolean;
  children: React.ReactNode;
}

export function FilterForm({ action, current, label, className, resets = {}, submit, keepSubmit, children }: FilterFormProps) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const changed = useRef<string | null>(null);

  // The fields are drawn again for each view (their options may change); focus stays on the field the user changed.
  useEffect(() => {
    const name = changed.current;
    if (!name) return;
    changed.current = null;
    const field = form.current?.elements.namedItem(name);
    if (field instanceof HTMLElement) field.focus();
  }, [current]);

  const apply = (event: React.FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (!(target instanceof HTMLSelectElement)) return;
    const data = new FormData(event.currentTarget);
    for (const name of resets[target.name] ?? []) data.delete(name);
    const query = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === "string" && value !== "") query.append(key, value);
    changed.current = target.name;
    startTransition(() => router.push(`${action}?${query}`, { scroll: false }));
  };

  return (
    <form ref={form} method="get" action={action} aria-label={label} aria-busy={pending} onChange={apply} className={className}>
      <div key={current} className="contents">{children}</div>
      {(!hydrated || keepSubmit) && submit}
    </form>
  );
}
