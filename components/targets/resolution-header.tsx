import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm, TextField, type ActionFormProps } from "@/components/ui/action-form";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ResolutionDetail } from "@/lib/targets/queries";

/** Whose resolution, for which term, its number and date; for those who may, its details behind a disclosure. */
export async function ResolutionHeader({ resolution, editable, locale, save }: {
  resolution: ResolutionDetail;
  editable: boolean;
  locale: Locale;
  save: ActionFormProps["action"];
}) {
  const t = await getTranslations("resolutions");
  const { committee, term } = resolution;
  // ISO for the date field; shown as people write it (15/08/2025 in Vietnamese).
  const adoptedOn = resolution.adoptedOn?.toISOString().slice(0, 10);
  return (
    <div className="rounded-lg bg-white p-5 shadow-sm">
      <p className="text-sm text-stone-600">{locale === "en" && committee.nameEn ? committee.nameEn : committee.name} · {t("term")} {term.name}</p>
      <h1 className="text-2xl font-bold">{resolution.title}</h1>
      <p className="text-stone-600">{[resolution.number, resolution.adoptedOn && formatDate(resolution.adoptedOn, locale)].filter(Boolean).join(" · ")}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <Link href={`/dashboard?committee=${committee.id}&term=${term.id}`} className="text-blue-800 underline">{t("dashboard")}</Link>
        {!editable && <span className="text-stone-600">{t("readOnly")}</span>}
      </div>
      {editable && (
        <details className="mt-3">
          <summary className="cursor-pointer font-medium">{t("details")}</summary>
          <div className="mt-3 max-w-2xl">
            <ActionForm action={save} submitLabel={t("saveResolution")} successMessage={t("saved")}>
              <input type="hidden" name="committeeId" value={committee.id} />
              <input type="hidden" name="termId" value={term.id} />
              <TextField name="title" label={t("resolutionTitle")} defaultValue={resolution.title} />
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField name="number" label={t("resolutionNumber")} defaultValue={resolution.number ?? ""} />
                <TextField name="adoptedOn" label={t("adoptedOn")} type="date" defaultValue={adoptedOn ?? ""} />
              </div>
            </ActionForm>
          </div>
        </details>
      )}
    </div>
  );
}
