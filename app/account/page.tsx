import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm, TextField } from "@/components/ui/action-form";
import { requireViewer } from "@/lib/auth/session";
import { getOwnEmail } from "@/lib/accounts/queries";
import { getEnv } from "@/lib/env";
import { changeOwnEmail, changeOwnPassword, signOutEverywhere } from "./actions";

export default async function AccountPage() {
  const viewer = await requireViewer({ allowMissingTotp: true, allowPasswordChange: true });
  const [t, tRoles, email] = await Promise.all([getTranslations("account"), getTranslations("roles"), getOwnEmail(viewer)]);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section className="rounded-lg bg-white p-5 shadow-sm md:col-span-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1">{viewer.displayName} ({viewer.username})</p>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
          <dt className="text-stone-500">{t("role")}</dt><dd>{tRoles(viewer.role)}</dd>
          <dt className="text-stone-500">{t("scope")}</dt><dd>{viewer.scopeCommitteeName}</dd>
          <dt className="text-stone-500">{t("twoFactor")}</dt>
          <dd>
            {viewer.totpEnabled ? t("twoFactorOn") : t("twoFactorOff")}
            {" · "}<Link href="/account/two-factor" className="text-blue-800 underline">{t("twoFactor")}</Link>
          </dd>
        </dl>
      </section>
      <section aria-labelledby="change-password" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="change-password" className="mb-3 text-xl font-semibold">{t("changePassword")}</h2>
        {viewer.mustChangePassword && <p role="alert" className="mb-3 rounded bg-amber-50 p-3 text-amber-900">{t("mustChangePassword")}</p>}
        <ActionForm action={changeOwnPassword} submitLabel={t("save")} signOutReason="password">
          <TextField name="currentPassword" label={t("currentPassword")} type="password" autoComplete="current-password" />
          <TextField name="newPassword" label={t("newPassword")} type="password" autoComplete="new-password" hint={t("passwordRules")} />
          <TextField name="confirmPassword" label={t("confirmPassword")} type="password" autoComplete="new-password" />
        </ActionForm>
      </section>
      <section aria-labelledby="mail" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="mail" className="mb-3 text-xl font-semibold">{t("mailTitle")}</h2>
        <p className="mb-3 text-stone-600">{getEnv().SMTP_URL ? t("mailOn") : t("mailOff")}</p>
        <ActionForm action={changeOwnEmail} submitLabel={t("saveEmail")} successMessage={t("emailSaved")}>
          <TextField name="email" label={t("email")} type="email" autoComplete="email" defaultValue={email ?? ""} hint={t("emailHint")} />
        </ActionForm>
      </section>
      <section aria-labelledby="sessions" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="sessions" className="mb-3 text-xl font-semibold">{t("signOutEverywhere")}</h2>
        <p className="mb-3 text-stone-600">{t("signOutEverywhereHint")}</p>
        <ActionForm action={signOutEverywhere} submitLabel={t("signOutEverywhere")} signOutReason="everywhere" variant="danger">
          <span />
        </ActionForm>
      </section>
    </div>
  );
}
