import { can } from "@/lib/auth/permissions";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitteeTree } from "@/components/committees/committee-tree";
import { requireViewer } from "@/lib/auth/session";
import Link from "next/link";
import { getCommitteeTreeAsOf, getCommitteeTreePage } from "@/lib/committees/queries";
import { COMMITTEE_KINDS } from "@/lib/committees/kinds";
import { todayInVietnam } from "@/lib/committees/restructure/execute";
import { asOfSchema, treeRootSchema } from "@/lib/committees/schema";

export default async function CommitteesPage({ searchParams }: { searchParams: Promise<{ asOf?: string; root?: string }> }) {
  const viewer = await requireViewer();
  const today = todayInVietnam();
  const params = await searchParams;
  const parsed = asOfSchema.safeParse(params.asOf);
  // A unit of a large tree opens as a tree of its own (the page lists a bounded number of units).
  const root = treeRootSchema.safeParse(params.root).data ?? viewer.scopeCommitteeId;
  // The current tree is the default; a past date shows the tree in force that day, from the dated links.
  const asOf = parsed.success && parsed.data && parsed.data < today ? parsed.data : null;
  const [tree, past, t, tR, tKind] = await Promise.all([
    getCommitteeTreePage(viewer.scopeCommitteeId, root),
    asOf ? getCommitteeTreeAsOf(viewer.scopeCommitteeId, asOf) : null,
    getTranslations("committees"),
    getTranslations("restructure"),
    getTranslations("committeeKind"),
  ]);
  if (!tree) notFound();
  const kind = Object.fromEntries(COMMITTEE_KINDS.map((k) => [k, tKind(k)]));
  const labels = { kind, units: (count: number) => t("units", { count }), openTree: (count: number) => t("openTree", { count }) };
  return (
    <section aria-labelledby="tree-title" className="rounded-lg bg-white p-5 shadow-sm">
      <div className="mb-2 flex flex-wrap items-end justify-between gap-3">
        <h1 id="tree-title" className="text-2xl font-bold">{t("title")}</h1>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="as-of" className="block text-sm font-medium">{tR("asOf")}</label>
            <input id="as-of" name="asOf" type="date" max={today} defaultValue={asOf ?? today} className="rounded border border-stone-300 px-3 py-2" />
          </div>
          <button type="submit" className="rounded border border-stone-400 px-3 py-2 font-semibold">{tR("asOfShow")}</button>
          {asOf && <a href="/committees" className="px-2 py-2 text-blue-800 underline">{tR("asOfToday")}</a>}
        </form>
        {can(viewer.role, "committee.manage") && <Link href="/admin/committees/import" className="px-2 py-2 text-blue-800 underline">{t("importTree")}</Link>}
      </div>
      {past ? (
        <>
          <p className="mb-4 text-stone-600">{tR("asOfIntro", { date: asOf!.split("-").reverse().join("/"), count: past.reduce((s, r) => s + r.size, 0) })}</p>
          <div className="space-y-1">{past.map((root) => <CommitteeTree key={root.id} root={root} labels={labels} />)}</div>
        </>
      ) : (
        <>
          <p className="mb-4 text-stone-600">{t("intro", { count: tree.size })}</p>
          {root !== viewer.scopeCommitteeId && <p className="mb-3"><Link href="/committees" className="text-blue-800 underline">{t("wholeScope")}</Link></p>}
          <CommitteeTree root={tree} labels={labels} />
        </>
      )}
    </section>
  );
}
