import Link from "next/link";
import { redirect } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getViewer } from "@/lib/auth/session";
import { DEMO_PASSWORD_HINT, getDemoUsernames, needsSetup } from "@/lib/auth/demo";

const NOTICES = { expired: "expired", everywhere: "signedOutEverywhere", password: "passwordChanged", activated: "activated" } as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const [t, demo, empty] = await Promise.all([getTranslations("auth"), getDemoUsernames(), needsSetup()]);
  const notice = params.reason && params.reason in NOTICES ? t(NOTICES[params.reason as keyof typeof NOTICES]) : null;
  return (
    <section className="mx-auto max-w-md rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="mb-4 text-stone-600">{t("signInIntro")}</p>
      {empty && <p role="alert" data-testid="needs-setup" className="mb-4 rounded bg-red-50 p-3 text-red-900">{t("needsSetup")}</p>}
      {notice && <p role="status" className="mb-4 rounded bg-amber-50 p-3 text-amber-900">{notice}</p>}
      <ClientMessages components={["signInForm"]}><SignInForm callbackUrl={callbackUrl} /></ClientMessages>
      <p className="mt-4 text-sm"><Link href="/activate" className="text-blue-800 underline">{t("haveCode")}</Link></p>
      {demo.length > 0 && (
        <p data-testid="demo-accounts" className="mt-6 text-sm text-stone-500">{t("demoHint", { accounts: demo.join(", "), password: DEMO_PASSWORD_HINT })}</p>
      )}
    </section>
  );
}
