"use client";
// Unexpected failures: a generic message and a reference, never the raw error text.
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section role="alert" className="rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("genericTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("genericBody", { ref: error.digest ?? "—" })}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-party px-4 py-2 text-white">{t("retry")}</button>
    </section>
  );
}
