import { getTranslations } from "next-intl/server";
import { TreeImportPanel } from "@/components/committees/tree-import-panel";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requirePermission } from "@/lib/auth/session";
import { COMMITTEE_KINDS, kindFitsUnder, kindsUnder } from "@/lib/committees/kinds";
import { todayInVietnam } from "@/lib/committees/restructure/execute";

/** The committee tree from a file, for whoever manages committees in the viewer's subtree. */
export default async function TreeImportPage() {
  await requirePermission("committee.manage");
  const [t, tKind] = await Promise.all([getTranslations("treeImport"), getTranslations("committeeKind")]);
  const parents = (kind: (typeof COMMITTEE_KINDS)[number]) => COMMITTEE_KINDS.filter((p) => kindsUnder(p).includes(kind)).map((p) => tKind(p)).join(", ");
  return (
    <div className="space-y-6">
      <section className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-stone-700">{t("intro")}</p>
        <p className="flex flex-wrap gap-3">
          <a href="/api/committees/export?format=xlsx" className="rounded border border-stone-400 px-4 py-2 font-semibold">{t("download")} (XLSX)</a>
          <a href="/api/committees/export?format=csv" className="rounded border border-stone-400 px-4 py-2 font-semibold">{t("download")} (CSV)</a>
        </p>
        <h2 className="pt-2 text-lg font-semibold">{t("rulesTitle")}</h2>
        <ul className="list-disc pl-6 text-stone-700">
          {COMMITTEE_KINDS.map((kind) => (
            <li key={kind}>{t(!parents(kind) ? "ruleTop" : kindFitsUnder(kind, null) ? "ruleOrTop" : "rule", { kind: tKind(kind), parents: parents(kind) })}</li>
          ))}
        </ul>
      </section>
      <ClientMessages components={["treeImportPanel"]}><TreeImportPanel today={todayInVietnam()} /></ClientMessages>
    </div>
  );
}
