"use client";
import { useRef, useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/ui/use-hydrated";

type Code = "INVALID" | "THROTTLED" | "TOTP_REQUIRED" | "TOTP_INVALID" | "UNAVAILABLE";
const CODES: Code[] = ["INVALID", "THROTTLED", "TOTP_REQUIRED", "TOTP_INVALID", "UNAVAILABLE"];

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<Code | null>(null);
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
      const code = CODES.find((c) => c === result?.error) ?? "UNAVAILABLE";
      if (code === "TOTP_REQUIRED" || code === "TOTP_INVALID") {
        setNeedsCode(true);
        setTimeout(() => codeRef.current?.focus(), 0);
      }
      setError(code);
    });
  }

  const input = "mt-1 w-full rounded border border-stone-300 px-3 py-2 text-base";
  return (
    // method="post": even a submission that slips past the disabled button never puts the password in a URL.
    <form onSubmit={submit} method="post" className="space-y-4" noValidate>
      {error && (
        <p id="sign-in-error" role="alert" className="rounded bg-red-50 p-3 text-red-800">{t(`errors.${error}`)}</p>
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
