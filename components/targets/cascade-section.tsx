// The cascade panel of one target, read on the server (shares, Σ, each unit's progress against its share).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { formatPercentOfPlan } from "@/lib/progress";
import { getCascade } from "@/lib/targets/queries";
import { cascadeTarget } from "@/app/resolutions/actions";
import { CascadePanel } from "./cascade-panel";
import { targetTitle } from "@/lib/targets/title";

export async function CascadeSection({ viewer, targetId, editable, locale, here }: { viewer: Viewer; targetId: number; editable: boolean; locale: Locale; here: string }) {
  const [cascade, t] = await Promise.all([getCascade(viewer, targetId), getTranslations("resolutions")]);
  if (!cascade) return null;
  const { parent, shares } = cascade;
  return (
    <div id="cascade" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 className="mb-1 text-xl font-semibold">{t("cascadeTitle", { no: parent.position })}</h2>
      <p className="mb-1">{targetTitle(parent, locale)}</p>
      <p className="mb-3 text-sm text-stone-600">{t("cascadeIntro")}</p>
      {shares.length === 0 ? <p>{t("cascadeNoUnits")}</p> : (
        <CascadePanel parentTargetId={parent.id} parentPlan={parent.targetValue} addsUp={cascade.balance !== null}
          unitLabel={locale === "en" ? cascade.indicator.unitEn : cascade.indicator.unitVi} reviewYear={cascade.reviewYear}
          editable={editable} action={cascadeTarget}
          rows={shares.map((s) => ({
            unitId: s.unit.id, unitName: locale === "en" && s.unit.nameEn ? s.unit.nameEn : s.unit.name, share: s.share,
            status: s.progress?.status ?? null,
            percent: s.progress?.percentOfPlan === null || s.progress?.percentOfPlan === undefined ? null : formatPercentOfPlan(s.progress.percentOfPlan, locale),
          }))} />
      )}
      <Link href={here} className="mt-3 inline-block text-blue-800 underline">{t("cancel")}</Link>
    </div>
  );
}
