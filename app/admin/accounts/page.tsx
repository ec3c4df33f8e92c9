import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { listAccounts } from "@/lib/accounts/queries";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export default async function AccountsPage() {
  const viewer = await requirePermission("account.manage");
  const locale = await getUiLocale();
  const [accounts, t, tRoles, tImport] = await Promise.all([listAccounts(viewer), getTranslations("admin"), getTranslations("roles"), getTranslations("accountImport")]);
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("accounts")} <span className="text-base font-normal text-stone-500">({t("count", { count: accounts.length })})</span></h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/accounts/import" className="rounded border border-stone-400 px-4 py-2 font-semibold text-stone-800">{tImport("link")}</Link>
          <Link href="/admin/accounts/new" className="rounded bg-party px-4 py-2 font-semibold text-white">{t("newAccount")}</Link>
        </div>
      </div>
      <DataTable rows={accounts} rowKey={(a) => a.id} columns={[
        { key: "name", header: t("displayName"), cell: (a) => (
          <><Link href={`/admin/accounts/${a.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">{a.username}</Link><div className="text-stone-600">{a.displayName}</div></>
        ) },
        { key: "role", header: t("role"), cell: (a) => tRoles(a.role) },
        { key: "scope", header: t("scope"), cell: (a) => a.scopeCommittee.name },
        { key: "status", header: t("status"), cell: (a) => (a.active ? t("active") : <strong className="text-red-800">{t("disabled")}</strong>) },
        { key: "lastSignIn", header: t("lastSignIn"), cell: (a) => (a.lastSignInAt ? formatDateTime(a.lastSignInAt, locale) : t("never")) },
      ]} />
    </section>
  );
}
