import { notFound } from "next/navigation";
import { z } from "zod";
import { idSchema, optionalIdParam } from "@/lib/ids";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CascadeSection } from "@/components/targets/cascade-section";
import { ResolutionFileSection } from "@/components/targets/resolution-file-section";
import { ResolutionHeader } from "@/components/targets/resolution-header";
import { NewTarget, TargetEditor } from "@/components/targets/target-editor";
import { TargetList } from "@/components/targets/target-list";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { getIndicatorOptions, getResolution } from "@/lib/targets/queries";
import { amendTarget, createTarget, saveResolution, updateTarget } from "../actions";

const query = z.object({
  add: z.literal("1").optional().catch(undefined),
  edit: optionalIdParam,
  amend: optionalIdParam,
  cascade: optionalIdParam,
});

export default async function ResolutionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.read");
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const q = query.parse(await searchParams);
  const locale = await getUiLocale();
  const [resolution, indicators] = await Promise.all([getResolution(viewer, id.data), getIndicatorOptions()]);
  if (!resolution) notFound();
  const editable = can(viewer.role, "resolution.manage");
  const here = `/resolutions/${resolution.id}`;
  const chosen = editable && (q.edit || q.amend) ? resolution.targets.find((x) => x.id === (q.edit ?? q.amend)) : undefined;

  return (
    <section className="space-y-4">
      <ResolutionHeader resolution={resolution} editable={editable} locale={locale} save={saveResolution} />
      <ClientMessages components={["targetForms"]}>
      <TargetList resolution={resolution} editable={editable} locale={locale} here={here} />
      {chosen && (
        <TargetEditor resolution={resolution} target={chosen} amend={Boolean(q.amend)} indicators={indicators} locale={locale} here={here} action={q.amend ? amendTarget : updateTarget} />
      )}
      {q.cascade && <CascadeSection viewer={viewer} targetId={q.cascade} editable={editable} locale={locale} here={here} />}
      {editable && <NewTarget resolution={resolution} indicators={indicators} here={here} action={createTarget} />}
      </ClientMessages>
      <ResolutionFileSection committeeId={resolution.committee.id} termId={resolution.term.id} exists canImport={editable && resolution.targets.length === 0} />
    </section>
  );
}
