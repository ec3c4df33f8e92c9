"use client";
import { useRef, useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/ui/use-hydrated";

// What lib/auth/options.ts sends back as next-auth's error: a message key under `errors`, or
// "unexpected:<reference>". Anything else (next-auth's own codes) is shown as the unexpected failure.
const REFUSALS = ["signIn.invalid", "signIn.throttled", "signIn.totpRequired", "signIn.totpInvalid"];

function signInError(returned: string | null | undefined): { key: string; reference?: string } {
  if (returned && REFUSALS.includes(returned)) return { key: returned };
  const reference = returned?.startsWith("unexpected:") ? returned.slice("unexpected:".length) : "—";
  return { key: "unexpected", reference };
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const tErr = useTranslations("errors");
  const [error, setError] = useState<{ key: string; reference?: string } | null>(null);
  const [needsCode, setNeedsCode] = useState(false);
  const [pending, startTransition] = useTransition();
  const codeRef = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await signIn("credentials", {
        redirect: false,
        username: String(form.get("username") ?? ""),
        password: String(form.get("password") ?? ""),
        totp: String(form.get("totp") ?? ""),
      });
      if (result?.ok && !result.error) {
        // A full load, so every server component renders for the new session.
        window.location.assign(callbackUrl);
        return;
      }
      const refused = signInError(result?.error);
      if (refused.key === "signIn.totpRequired" || refused.key === "signIn.totpInvalid") {
        setNeedsCode(true);
        setTimeout(() => codeRef.current?.focus(), 0);
      }
      setError(refused);
    });
  }

  const input = "mt-1 w-full rounded border border-stone-300 px-3 py-2 text-base";
  return (
    // method="post": even a submission that slips past the disabled button never puts the password in a URL.
    <form onSubmit={submit} method="post" className="space-y-4" noValidate>
      {error && (
        <p id="sign-in-error" role="alert" className="rounded bg-red-50 p-3 text-red-800">{tErr(error.key, { reference: error.reference ?? "—" })}</p>
      )}
      <label className="block">
        <span className="font-medium">{t("username")}</span>
        <input name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required autoFocus className={input}
          aria-describedby={error ? "sign-in-error" : undefined} />
      </label>
      <label className="block">
        <span className="font-medium">{t("password")}</span>
        <input name="password" type="password" autoComplete="current-password" required className={input} />
      </label>
      {needsCode && (
        <label className="block">
          <span className="font-medium">{t("totp")}</span>
          <input ref={codeRef} name="totp" inputMode="numeric" autoComplete="one-time-code" className={input} aria-describedby="totp-hint" />
          <span id="totp-hint" className="text-sm text-stone-500">{t("totpHint")}</span>
        </label>
      )}
      <button type="submit" disabled={pending || !hydrated} className="w-full rounded bg-party px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
