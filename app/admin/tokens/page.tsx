import { getTranslations } from "next-intl/server";
import { ActionForm, CommitteeSelectField, TextField } from "@/components/ui/action-form";
import { getApiTokens } from "@/lib/accounts/queries";
import { requirePermission } from "@/lib/auth/session";
import { getCommitteeChoices } from "@/lib/committees/search";
import { formatDateTime } from "@/lib/i18n/format";
import { createApiToken, revokeApiToken } from "./actions";
import { getUiLocale } from "@/lib/i18n/server";

export default async function TokensPage() {
  const viewer = await requirePermission("account.manage");
  const locale = await getUiLocale();
  const [t, choices, tokens] = await Promise.all([
    getTranslations("admin"),
    getCommitteeChoices(viewer.scopeCommitteeId, viewer.scopeCommitteeId),
    getApiTokens(viewer),
  ]);
  return (
    <div className="space-y-6">
      <section className="max-w-2xl rounded-lg bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold">{t("tokens")}</h1>
        <p className="mb-4 text-stone-600">{t("tokensIntro")}</p>
        <ActionForm action={createApiToken} submitLabel={t("createToken")} resultList={{ field: "tokens", title: t("tokenShown") }}>
          <TextField name="name" label={t("tokenName")} required />
          <CommitteeSelectField name="scopeCommitteeId" label={t("scope")} choices={choices} defaultValue={String(viewer.scopeCommitteeId)} />
        </ActionForm>
      </section>
      <section className="rounded-lg bg-white p-5 shadow-sm">
        {tokens.length === 0 ? <p>{t("noTokens")}</p> : (
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100"><tr>
              <th scope="col" className="px-2 py-2">{t("tokenName")}</th>
              <th scope="col" className="px-2 py-2">{t("scope")}</th>
              <th scope="col" className="px-2 py-2">{t("createdAt")}</th>
              <th scope="col" className="px-2 py-2">{t("lastUsed")}</th>
              <th scope="col" className="px-2 py-2">{t("status")}</th>
            </tr></thead>
            <tbody>
              {tokens.map((x) => (
                <tr key={x.id} className="border-t border-stone-200 align-top">
                  <td className="px-2 py-2">{x.name}<div className="font-mono text-xs text-stone-500">{x.prefix}…</div></td>
                  <td className="px-2 py-2">{x.scopeCommittee.name}</td>
                  <td className="px-2 py-2">{formatDateTime(x.createdAt, locale)}</td>
                  <td className="px-2 py-2">{x.lastUsedAt ? formatDateTime(x.lastUsedAt, locale) : t("never")}</td>
                  <td className="px-2 py-2">
                    {x.revokedAt ? t("revoked") : (
                      <ActionForm action={revokeApiToken} submitLabel={t("revoke")} variant="danger">
                        <input type="hidden" name="id" value={x.id} />
                      </ActionForm>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
