"use client";
// Unexpected failures: a generic message and our reference, never the raw error text. A server component's error
// arrives with Next's digest only, which is the reference instrumentation.ts logged the error under.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { errorReference } from "@/lib/errors";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors");
  const [reference] = useState(() => errorReference(error));
  // A failure in the browser itself has no server log: it goes to the browser's console under the same reference.
  useEffect(() => console.error(`page failed [${reference}]`, error), [reference, error]);
  return (
    <section role="alert" className="rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("genericTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("genericBody", { ref: reference })}</p>
      <button type="button" onClick={retry} className="mt-4 rounded bg-party px-4 py-2 text-white">{t("retry")}</button>
    </section>
  );
}
