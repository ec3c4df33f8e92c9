import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ExportForm } from "@/components/imports/export-form";
import { ImportPanel } from "@/components/imports/import-panel";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getCommitteeChoices } from "@/lib/committees/search";
import { getTermYears } from "@/lib/figures/queries";

/** Template download and file import of yearly figures, for the committees of the viewer's subtree. */
export default async function ImportPage() {
  const viewer = await requirePermission("figure.enter");
  const t = await getTranslations("imports");
  const [choices, { years, current }] = await Promise.all([getCommitteeChoices(viewer.scopeCommitteeId, viewer.scopeCommitteeId), getTermYears()]);
  return (
    <div className="space-y-6">
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-stone-700">{t("intro")}</p>
      </section>
      <ExportForm choices={choices} years={years} committeeId={viewer.scopeCommitteeId}
        from={current?.startYear ?? years[0] ?? 2025} to={current?.endYear ?? years.at(-1) ?? 2030} />
      <ClientMessages components={["importPanel"]}><ImportPanel canUnlock={can(viewer.role, "figure.unlock")} /></ClientMessages>
    </div>
  );
}
