import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listAccounts } from "@/lib/accounts/queries";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export default async function AccountsPage() {
  const viewer = await requirePermission("account.manage");
  const locale = await getUiLocale();
  const [accounts, t, tRoles] = await Promise.all([listAccounts(viewer), getTranslations("admin"), getTranslations("roles")]);
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("accounts")} <span className="text-base font-normal text-stone-500">({t("count", { count: accounts.length })})</span></h1>
        <Link href="/admin/accounts/new" className="rounded bg-party px-4 py-2 font-semibold text-white">{t("newAccount")}</Link>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-2 py-2">{t("displayName")}</th>
              <th scope="col" className="px-2 py-2">{t("role")}</th>
              <th scope="col" className="px-2 py-2">{t("scope")}</th>
              <th scope="col" className="px-2 py-2">{t("status")}</th>
              <th scope="col" className="px-2 py-2">{t("lastSignIn")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} className="border-t border-stone-200">
                <td className="px-2 py-2">
                  <Link href={`/admin/accounts/${a.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">{a.username}</Link>
                  <div className="text-stone-600">{a.displayName}</div>
                </td>
                <td className="px-2 py-2">{tRoles(a.role)}</td>
                <td className="px-2 py-2">{a.scopeCommittee.name}</td>
                <td className="px-2 py-2">{a.active ? t("active") : <strong className="text-red-800">{t("disabled")}</strong>}</td>
                <td className="px-2 py-2">{a.lastSignInAt ? formatDateTime(a.lastSignInAt, locale) : t("never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
