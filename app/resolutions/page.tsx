import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { optionalIdParam } from "@/lib/ids";
import { CommitteeField } from "@/components/committees/committee-field";
import { FilterForm } from "@/components/ui/filter-form";
import { NewResolution } from "@/components/targets/new-resolution";
import { ResolutionFileSection } from "@/components/targets/resolution-file-section";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getCommitteeChoices } from "@/lib/committees/search";
import { findResolutionId, getTermsWithCounts } from "@/lib/targets/queries";
import { saveResolution } from "./actions";

const query = z.object({ committee: optionalIdParam, term: optionalIdParam });

export default async function ResolutionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.read");
  const params = query.parse(await searchParams);
  const committeeId = params.committee ?? viewer.scopeCommitteeId;
  const [choices, terms, t] = await Promise.all([getCommitteeChoices(viewer.scopeCommitteeId, committeeId), getTermsWithCounts(), getTranslations("resolutions")]);
  const term = terms.find((x) => x.id === params.term) ?? terms.find((x) => x.isCurrent) ?? terms[0];
  const committee = choices.options.find((c) => c.value === String(committeeId));
  if (params.committee && params.term && committee && term) {
    const id = await findResolutionId(viewer, committeeId, term.id);
    if (id) redirect(`/resolutions/${id}`);
  }
  const select = "mt-1 w-full rounded border border-stone-300 px-3 py-2 text-base";
  return (
    <section className="space-y-4">
      <div className="rounded-lg bg-white p-5 shadow-sm">
        <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
        <p className="mb-4 text-stone-600">{t("intro")}</p>
        <FilterForm action="/resolutions" current={`committee=${committeeId}&term=${term?.id}`} keepSubmit className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
          submit={<button type="submit" className="rounded bg-party px-4 py-2 font-semibold text-white">{t("open")}</button>}>
          <div>
            <label htmlFor="committee" className="font-medium">{t("committee")}</label>
            <CommitteeField id="committee" name="committee" choices={choices} value={String(committeeId)} className={select} />
          </div>
          <div>
            <label htmlFor="term" className="font-medium">{t("term")}</label>
            <select id="term" name="term" defaultValue={term ? String(term.id) : undefined} className={select}>
              {terms.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
            </select>
          </div>
        </FilterForm>
      </div>
      {params.committee && params.term && committee && term && (
        <NewResolution committee={{ id: committeeId, name: committee.name }} term={term} canCreate={can(viewer.role, "resolution.manage")} action={saveResolution} />
      )}
      {params.committee && params.term && committee && term && (
        <ResolutionFileSection committeeId={committeeId} termId={term.id} exists={false} canImport={can(viewer.role, "resolution.manage")} />
      )}
    </section>
  );
}
