// The resolution's targets, key tasks and breakthroughs, in the order the resolution numbers them, with their
// versions, cascades and (for those who may) the actions on each.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { describePlan } from "@/lib/targets/plan";
import type { Locale } from "@/lib/i18n/locales";
import type { ResolutionDetail } from "@/lib/targets/queries";
import { TARGET_CATEGORIES } from "@/lib/targets/schema";
import { deleteTarget, moveTarget } from "@/app/resolutions/actions";
import { targetTitle } from "@/lib/targets/title";

export async function TargetList({ resolution, editable, locale, here }: { resolution: ResolutionDetail; editable: boolean; locale: Locale; here: string }) {
  const t = await getTranslations("resolutions");
  // Links styled like the secondary buttons beside them, so every action on a row has the same size.
  const link = "rounded border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-800 hover:bg-stone-100";
  return (
    <>
      {TARGET_CATEGORIES.map((category) => {
        const items = resolution.targets.filter((x) => x.category === category);
        if (items.length === 0 && category !== "TARGET") return null;
        return (
          <div key={category} className="rounded-lg bg-white p-5 shadow-sm">
            <h2 className="mb-3 text-xl font-semibold">{t(`categoryHeadings.${category}`)}</h2>
            {items.length === 0 ? <p className="text-stone-600">{t("empty")}</p> : (
              <ol className="divide-y divide-stone-200" aria-label={t(`categoryHeadings.${category}`)}>
                {items.map((x, i) => {
                  const plan = describePlan({
                    kind: x.kind, comparator: x.comparator, targetValue: x.targetValue === null ? null : Number(x.targetValue),
                    unitVi: x.indicator?.unitVi ?? null, unitEn: x.indicator?.unitEn ?? null,
                  }, locale);
                  return (
                    <li key={x.id} className="py-3" data-testid="target-row">
                      <div className="flex flex-wrap items-start justify-between gap-2">
                        <div className="min-w-0 flex-1">
                          <p><span className="font-semibold">{x.position}.</span> {targetTitle(x, locale)}</p>
                          <p className="text-sm text-stone-600">
                            {t(`kinds.${x.kind}`)}{plan !== "—" ? ` · ${t("plan")}: ${plan}` : ""}
                            {x.kind === "LEVEL_BY_DEADLINE" ? ` · ${t("deadlineYear")} ${x.deadlineYear ?? resolution.term.endYear}` : ""}
                          </p>
                          {x.parentTarget && (
                            <p className="text-sm text-stone-600">{t("cascadedFrom", { no: x.parentTarget.position, committee: locale === "en" && x.parentTarget.resolution.committee.nameEn ? x.parentTarget.resolution.committee.nameEn : x.parentTarget.resolution.committee.name })}</p>
                          )}
                          {x._count.childTargets > 0 && <p className="text-sm text-stone-600">{t("hasShares", { count: x._count.childTargets })}</p>}
                          {x.revisions.length > 0 && (
                            <details className="text-sm">
                              <summary className="cursor-pointer text-stone-700">{t("versions")} ({x.revisions.length})</summary>
                              <ul className="list-disc pl-5">
                                {x.revisions.map((r) => (
                                  <li key={r.revision}>
                                    {t("versionLine", { revision: r.revision, year: r.effectiveFrom, plan: describePlan({ kind: x.kind, comparator: r.comparator, targetValue: r.targetValue, unitVi: x.indicator?.unitVi ?? null, unitEn: x.indicator?.unitEn ?? null }, locale) })}
                                    {r.reference ? ` — ${r.reference}` : ""}
                                  </li>
                                ))}
                              </ul>
                            </details>
                          )}
                        </div>
                        {editable && (
                          <div className="flex flex-wrap items-center gap-2">
                            <Link href={`${here}?edit=${x.id}#target-form`} className={link}>{t("edit")}</Link>
                            {x.kind !== "QUALITATIVE" && <Link href={`${here}?amend=${x.id}#target-form`} className={link}>{t("amend")}</Link>}
                            {x.kind !== "QUALITATIVE" && resolution.committee._count.children > 0 && <Link href={`${here}?cascade=${x.id}#cascade`} className={link}>{t("cascade")}</Link>}
                            {i > 0 && <MiniForm action={moveTarget} label={t("moveUp")} fields={{ id: x.id, direction: "up" }} />}
                            {i < items.length - 1 && <MiniForm action={moveTarget} label={t("moveDown")} fields={{ id: x.id, direction: "down" }} />}
                            <MiniForm action={deleteTarget} label={t("delete")} fields={{ id: x.id, version: x.version }} danger />
                          </div>
                        )}
                        {!editable && x.kind !== "QUALITATIVE" && resolution.committee._count.children > 0 && (
                          <Link href={`${here}?cascade=${x.id}#cascade`} className={link}>{t("cascade")}</Link>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
        );
      })}
    </>
  );
}

function MiniForm({ action, label, fields, danger }: { action: Parameters<typeof ActionForm>[0]["action"]; label: string; fields: Record<string, string | number>; danger?: boolean }) {
  return (
    <div className="[&_form]:space-y-1">
      <ActionForm action={action} submitLabel={label} variant={danger ? "danger" : "secondary"}>
        {Object.entries(fields).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      </ActionForm>
    </div>
  );
}
