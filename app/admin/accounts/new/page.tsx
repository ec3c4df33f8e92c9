import { getTranslations } from "next-intl/server";
import { AccountFields } from "@/components/accounts/account-fields";
import { ActionForm, TextField } from "@/components/ui/action-form";
import { requirePermission } from "@/lib/auth/session";
import { getCommitteeChoices } from "@/lib/committees/search";
import { ROLES } from "@/lib/accounts/schema";
import { createAccount } from "../actions";

export default async function NewAccountPage() {
  const viewer = await requirePermission("account.manage");
  const [choices, t, tRoles, tAccount, tAuth] = await Promise.all([
    getCommitteeChoices(viewer.scopeCommitteeId, viewer.scopeCommitteeId), getTranslations("admin"), getTranslations("roles"),
    getTranslations("account"), getTranslations("auth"),
  ]);
  const roles = Object.fromEntries(ROLES.map((r) => [r, tRoles(r)]));
  return (
    <section className="max-w-2xl rounded-lg bg-white p-5 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">{t("newAccount")}</h1>
      <ActionForm action={createAccount} submitLabel={t("create")} redirectTo="/admin/accounts">
        <TextField name="username" label={tAuth("username")} autoComplete="off" autoCapitalize="none" spellCheck={false} required />
        <AccountFields labels={{ displayName: t("displayName"), role: t("role"), scope: t("scope"), email: t("email"), emailHint: t("emailHint"), roles }} choices={choices} scopeCommitteeId={viewer.scopeCommitteeId} />
        <TextField name="password" label={t("temporaryPassword")} type="password" autoComplete="new-password" hint={tAccount("passwordRules")} />
      </ActionForm>
    </section>
  );
}
