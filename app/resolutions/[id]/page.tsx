import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { CascadeSection } from "@/components/targets/cascade-section";
import { TargetForm, type TargetFormValues } from "@/components/targets/target-form";
import { TargetList } from "@/components/targets/target-list";
import { ActionForm, TextField } from "@/components/ui/action-form";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatFigureInput } from "@/lib/figures/number";
import { getIndicatorOptions, getResolution } from "@/lib/targets/queries";
import { amendTarget, createTarget, saveResolution, updateTarget } from "../actions";
import { getUiLocale } from "@/lib/i18n/server";

const query = z.object({
  add: z.literal("1").optional().catch(undefined),
  edit: z.coerce.number().int().positive().optional().catch(undefined),
  amend: z.coerce.number().int().positive().optional().catch(undefined),
  cascade: z.coerce.number().int().positive().optional().catch(undefined),
});

export default async function ResolutionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.read");
  const id = z.coerce.number().int().positive().safeParse((await params).id);
  if (!id.success) notFound();
  const q = query.parse(await searchParams);
  const locale = await getUiLocale();
  const [resolution, indicators, t] = await Promise.all([getResolution(viewer, id.data), getIndicatorOptions(), getTranslations("resolutions")]);
  if (!resolution) notFound();
  const editable = can(viewer.role, "resolution.manage");
  const here = `/resolutions/${resolution.id}`;
  const term = resolution.term;
  const committeeName = locale === "en" && resolution.committee.nameEn ? resolution.committee.nameEn : resolution.committee.name;
  // An amendment starts without the old wording (it would still name the old plan); version 1 keeps it.
  const chosen = resolution.targets.find((x) => x.id === (q.edit ?? q.amend));
  const formTarget = editable && chosen ? chosen : null;
  const initial = (x: typeof formTarget): TargetFormValues => x ? {
    id: x.id, version: x.version, category: x.category, kind: x.kind, indicatorId: x.indicatorId ? String(x.indicatorId) : "", comparator: x.comparator,
    targetValue: formatFigureInput(x.targetValue, locale), baselineValue: formatFigureInput(x.baselineValue, locale),
    baselineYear: x.baselineYear ? String(x.baselineYear) : "", deadlineYear: x.deadlineYear ? String(x.deadlineYear) : "", titleVi: x.titleVi, titleEn: x.titleEn,
  } : { category: "TARGET", kind: "ANNUAL_RATE", indicatorId: "", comparator: "GTE", targetValue: "", baselineValue: "", baselineYear: "", deadlineYear: "", titleVi: "", titleEn: "" };

  return (
    <section className="space-y-4">
      <div className="rounded-lg bg-white p-5 shadow-sm">
        <p className="text-sm text-stone-600">{committeeName} · {t("term")} {term.name}</p>
        <h1 className="text-2xl font-bold">{resolution.title}</h1>
        <p className="text-stone-600">{[resolution.number, resolution.adoptedOn?.toISOString().slice(0, 10)].filter(Boolean).join(" · ")}</p>
        <div className="mt-2 flex flex-wrap gap-3">
          <Link href={`/dashboard?committee=${resolution.committee.id}&term=${term.id}`} className="text-blue-800 underline">{t("dashboard")}</Link>
          {!editable && <span className="text-stone-600">{t("readOnly")}</span>}
        </div>
        {editable && (
          <details className="mt-3">
            <summary className="cursor-pointer font-medium">{t("details")}</summary>
            <div className="mt-3 max-w-2xl">
              <ActionForm action={saveResolution} submitLabel={t("saveResolution")} successMessage={t("saved")}>
                <input type="hidden" name="committeeId" value={resolution.committee.id} />
                <input type="hidden" name="termId" value={term.id} />
                <TextField name="title" label={t("resolutionTitle")} defaultValue={resolution.title} />
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField name="number" label={t("resolutionNumber")} defaultValue={resolution.number ?? ""} />
                  <TextField name="adoptedOn" label={t("adoptedOn")} type="date" defaultValue={resolution.adoptedOn?.toISOString().slice(0, 10) ?? ""} />
                </div>
              </ActionForm>
            </div>
          </details>
        )}
      </div>

      <ClientMessages components={["targetForms"]}>
      <TargetList resolution={resolution} editable={editable} locale={locale} here={here} />

      {editable && formTarget && (q.edit || q.amend) && (
        <div className="rounded-lg bg-white p-5 shadow-sm" id="target-form">
          <h2 className="mb-1 text-xl font-semibold">{t(q.amend ? "amendTitle" : "editTitle", { no: formTarget.position })}</h2>
          {q.amend && <p className="mb-3 text-sm text-stone-600">{t("amendIntro")}</p>}
          <TargetForm mode={q.amend ? "amend" : "update"} action={q.amend ? amendTarget : updateTarget} resolutionId={resolution.id} term={term}
            indicators={indicators} initial={q.amend ? { ...initial(formTarget), titleVi: "", titleEn: "" } : initial(formTarget)} returnTo={here} submitLabel={t(q.amend ? "amend" : "save")}
            fixedMeasure={q.amend !== undefined || formTarget.revisions.length > 0 || formTarget._count.childTargets > 0 || formTarget.parentTargetId !== null} />
          <Link href={here} className="mt-3 inline-block text-blue-800 underline">{t("cancel")}</Link>
        </div>
      )}
      {q.cascade && <CascadeSection viewer={viewer} targetId={q.cascade} editable={editable} locale={locale} here={here} />}
      {editable && (
        <div className="rounded-lg bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-xl font-semibold">{t("addTitle")}</h2>
          <TargetForm key={resolution.targets.length} mode="create" action={createTarget} resolutionId={resolution.id} term={term} indicators={indicators}
            initial={initial(null)} returnTo={here} submitLabel={t("add")} />
        </div>
      )}
      </ClientMessages>
    </section>
  );
}
