import { getTranslations } from "next-intl/server";
import { ActionForm, CommitteeSelectField, SelectField, TextField } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { API_TOKEN_DAYS, API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS } from "@/lib/accounts/api-tokens";
import { getApiTokens } from "@/lib/accounts/queries";
import { requirePermission } from "@/lib/auth/session";
import { getCommitteeChoices } from "@/lib/committees/search";
import { formatDateTime } from "@/lib/i18n/format";
import { createApiToken, revokeApiToken } from "./actions";
import { getUiLocale } from "@/lib/i18n/server";

export default async function TokensPage() {
  const viewer = await requirePermission("account.manage");
  const locale = await getUiLocale();
  const now = new Date();
  const [t, choices, tokens] = await Promise.all([
    getTranslations("admin"),
    getCommitteeChoices(viewer.scopeCommitteeId, viewer.scopeCommitteeId),
    getApiTokens(viewer),
  ]);
  return (
    <div className="space-y-6">
      <section className="max-w-2xl rounded-lg bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold">{t("tokens")}</h1>
        <p className="mb-4 text-stone-600">{t("tokensIntro")} {t("tokensIntroExpiry", { max: API_TOKEN_MAX_DAYS })}</p>
        <ActionForm action={createApiToken} submitLabel={t("createToken")} resultList={{ field: "tokens", title: t("tokenShown") }}>
          <TextField name="name" label={t("tokenName")} required />
          <CommitteeSelectField name="scopeCommitteeId" label={t("scope")} choices={choices} defaultValue={String(viewer.scopeCommitteeId)} />
          <SelectField name="days" label={t("tokenLifetime")} defaultValue={String(API_TOKEN_DEFAULT_DAYS)}
            options={API_TOKEN_DAYS.map((days) => ({ value: String(days), label: t("tokenDays", { days }) }))} />
        </ActionForm>
      </section>
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <DataTable empty={t("noTokens")} rows={tokens} rowKey={(x) => x.id} rowClassName="align-top" columns={[
          { key: "name", header: t("tokenName"), cell: (x) => <>{x.name}<div className="font-mono text-xs text-stone-500">{x.prefix}…</div></> },
          { key: "scope", header: t("scope"), cell: (x) => x.scopeCommittee.name },
          { key: "created", header: t("createdAt"), cell: (x) => formatDateTime(x.createdAt, locale) },
          { key: "expires", header: t("expiresAt"), cell: (x) => formatDateTime(x.expiresAt, locale) },
          { key: "lastUsed", header: t("lastUsed"), cell: (x) => (x.lastUsedAt ? formatDateTime(x.lastUsedAt, locale) : t("never")) },
          { key: "status", header: t("status"), cell: (x) => (x.revokedAt ? t("revoked") : x.expiresAt <= now ? t("expired") : (
            <ActionForm action={revokeApiToken} submitLabel={t("revoke")} variant="danger">
              <input type="hidden" name="id" value={x.id} />
            </ActionForm>
          )) },
        ]} />
      </section>
    </div>
  );
}
