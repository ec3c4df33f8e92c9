import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatFigureInput } from "@/lib/figures/number";
import type { Locale } from "@/lib/i18n/locales";
import type { IndicatorOption, ResolutionDetail } from "@/lib/targets/queries";
import { TargetForm, type TargetFormValues } from "./target-form";

type Target = ResolutionDetail["targets"][number];
type FormAction = React.ComponentProps<typeof TargetForm>["action"];

const EMPTY: TargetFormValues = { category: "TARGET", kind: "ANNUAL_RATE", indicatorId: "", comparator: "GTE", targetValue: "", baselineValue: "", baselineYear: "", deadlineYear: "", titleVi: "", titleEn: "" };

function formValues(x: Target, locale: Locale): TargetFormValues {
  return {
    id: x.id, version: x.version, category: x.category, kind: x.kind, indicatorId: x.indicatorId ? String(x.indicatorId) : "", comparator: x.comparator,
    targetValue: formatFigureInput(x.targetValue, locale), baselineValue: formatFigureInput(x.baselineValue, locale),
    baselineYear: x.baselineYear ? String(x.baselineYear) : "", deadlineYear: x.deadlineYear ? String(x.deadlineYear) : "", titleVi: x.titleVi, titleEn: x.titleEn,
  };
}

/** Editing a target in place, or amending it (a new version from a year on). */
export async function TargetEditor({ resolution, target, amend, indicators, locale, here, action }: {
  resolution: ResolutionDetail; target: Target; amend: boolean; indicators: IndicatorOption[]; locale: Locale; here: string; action: FormAction;
}) {
  const t = await getTranslations("resolutions");
  // An amendment starts without the old wording (it would still name the old plan); version 1 keeps it.
  const initial = amend ? { ...formValues(target, locale), titleVi: "", titleEn: "" } : formValues(target, locale);
  return (
    <div className="rounded-lg bg-white p-5 shadow-sm" id="target-form">
      <h2 className="mb-1 text-xl font-semibold">{t(amend ? "amendTitle" : "editTitle", { no: target.position })}</h2>
      {amend && <p className="mb-3 text-sm text-stone-600">{t("amendIntro")}</p>}
      <TargetForm mode={amend ? "amend" : "update"} action={action} resolutionId={resolution.id} term={resolution.term}
        indicators={indicators} initial={initial} returnTo={here} submitLabel={t(amend ? "amend" : "save")}
        fixedMeasure={amend || target.revisions.length > 0 || target._count.childTargets > 0 || target.parentTargetId !== null} />
      <Link href={here} className="mt-3 inline-block text-blue-800 underline">{t("cancel")}</Link>
    </div>
  );
}

/** A new target, key task or breakthrough at the end of its section. */
export async function NewTarget({ resolution, indicators, here, action }: { resolution: ResolutionDetail; indicators: IndicatorOption[]; here: string; action: FormAction }) {
  const t = await getTranslations("resolutions");
  return (
    <div className="rounded-lg bg-white p-5 shadow-sm">
      <h2 className="mb-3 text-xl font-semibold">{t("addTitle")}</h2>
      <TargetForm key={resolution.targets.length} mode="create" action={action} resolutionId={resolution.id} term={resolution.term} indicators={indicators}
        initial={EMPTY} returnTo={here} submitLabel={t("add")} />
    </div>
  );
}
