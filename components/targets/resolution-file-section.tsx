import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SetupImportPanel } from "@/components/imports/setup-import-panel";

/** The resolution as an XLSX file: downloaded when it exists, loaded when it has no targets yet and the viewer may. */
export async function ResolutionFileSection({ committeeId, termId, exists, canImport }: { committeeId: number; termId: number; exists: boolean; canImport: boolean }) {
  if (!exists && !canImport) return null;
  const t = await getTranslations("resolutionFile");
  return (
    <details className="rounded-lg bg-white p-5 shadow-sm" open={!exists}>
      <summary className="cursor-pointer text-xl font-semibold">{t("title")}</summary>
      <div className="mt-3 space-y-3">
        <p className="max-w-3xl text-sm text-stone-700">{t("intro")}</p>
        {exists && <a href={`/api/resolutions/export?committee=${committeeId}&term=${termId}`} className="inline-block font-medium text-blue-800 underline">{t("export")}</a>}
        {canImport && (
          <ClientMessages components={["setupImport"]}>
            <SetupImportPanel endpoint="/api/resolutions/import" fields={{ committee: String(committeeId), term: String(termId) }} accept=".xlsx" />
          </ClientMessages>
        )}
      </div>
    </details>
  );
}
