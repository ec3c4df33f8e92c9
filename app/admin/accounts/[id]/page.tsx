import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountFields } from "@/components/accounts/account-fields";
import { ActionForm, TextField } from "@/components/ui/action-form";
import { getAccount } from "@/lib/accounts/queries";
import { ROLES } from "@/lib/accounts/schema";
import { requirePermission } from "@/lib/auth/session";
import { getCommitteeChoices } from "@/lib/committees/search";
import { idParamSchema } from "@/lib/committees/schema";
import { issueActivationCode, resetPassword, setAccountActive, updateAccount } from "../actions";

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("account.manage");
  const id = idParamSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const account = await getAccount(viewer, id.data);
  if (!account) notFound();
  const [choices, t, tRoles, tAccount, tImport] = await Promise.all([
    getCommitteeChoices(viewer.scopeCommitteeId, account.scopeCommitteeId), getTranslations("admin"), getTranslations("roles"), getTranslations("account"),
    getTranslations("accountImport"),
  ]);
  const roles = Object.fromEntries(ROLES.map((r) => [r, tRoles(r)]));
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section className="rounded-lg bg-white p-5 shadow-sm md:col-span-2">
        <h1 className="text-2xl font-bold">{account.username}</h1>
        <p className="text-stone-600">{account.active ? t("active") : t("disabled")}</p>
        <div className="mt-4 max-w-2xl">
          <ActionForm action={updateAccount} submitLabel={t("saveChanges")} successMessage={t("saved")}>
            <input type="hidden" name="id" value={account.id} />
            <AccountFields labels={{ displayName: t("displayName"), role: t("role"), scope: t("scope"), email: t("email"), emailHint: t("emailHint"), roles }} choices={choices} scopeCommitteeId={viewer.scopeCommitteeId}
              defaults={{ displayName: account.displayName, role: account.role, scopeCommitteeId: account.scopeCommitteeId, email: account.email }} />
          </ActionForm>
        </div>
      </section>
      <section aria-labelledby="reset" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="reset" className="mb-2 text-xl font-semibold">{t("resetPassword")}</h2>
        <p className="mb-3 text-sm text-stone-600">{t("resetHint")}</p>
        <ActionForm action={resetPassword} submitLabel={t("resetPassword")} successMessage={t("saved")}>
          <input type="hidden" name="id" value={account.id} />
          <TextField name="password" label={t("temporaryPassword")} type="password" autoComplete="new-password" hint={tAccount("passwordRules")} />
        </ActionForm>
      </section>
      <section aria-labelledby="code" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="code" className="mb-2 text-xl font-semibold">{tImport("issueCode")}</h2>
        <p className="mb-3 text-sm text-stone-600">{tImport("issueHint")}</p>
        <ActionForm action={issueActivationCode} submitLabel={tImport("issueCode")} variant="secondary" resultList={{ field: "codes", title: tImport("code"), hint: tImport("issuedHint") }}>
          <input type="hidden" name="id" value={account.id} />
          <TextField name="days" label={tImport("days")} type="number" min={1} max={90} defaultValue="14" />
        </ActionForm>
      </section>
      <section aria-labelledby="status" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="status" className="mb-3 text-xl font-semibold">{t("status")}</h2>
        <ActionForm action={setAccountActive} submitLabel={account.active ? t("disable") : t("enable")}
          variant={account.active ? "danger" : "secondary"}>
          <input type="hidden" name="id" value={account.id} />
          <input type="hidden" name="active" value={account.active ? "false" : "true"} />
        </ActionForm>
      </section>
    </div>
  );
}
