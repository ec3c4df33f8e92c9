import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SetupImportPanel } from "@/components/imports/setup-import-panel";
import { requirePermission } from "@/lib/auth/session";

/** Accounts from a CSV/XLSX file, each with a one-time activation code; only in the administrator's own subtree. */
export default async function AccountImportPage() {
  await requirePermission("account.manage");
  const t = await getTranslations("accountImport");
  return (
    <section className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-stone-700">{t("intro")}</p>
      <ClientMessages components={["setupImport"]}><SetupImportPanel endpoint="/api/accounts/import" accounts /></ClientMessages>
    </section>
  );
}
