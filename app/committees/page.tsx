import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitteeTree } from "@/components/committees/committee-tree";
import { requireViewer } from "@/lib/auth/session";
import { getCommitteeTree } from "@/lib/committees/queries";
import { COMMITTEE_KINDS } from "@/lib/committees/kinds";

export default async function CommitteesPage() {
  const viewer = await requireViewer();
  const [tree, t, tKind] = await Promise.all([
    getCommitteeTree(viewer.scopeCommitteeId),
    getTranslations("committees"),
    getTranslations("committeeKind"),
  ]);
  if (!tree) notFound();
  const kind = Object.fromEntries(COMMITTEE_KINDS.map((k) => [k, tKind(k)]));
  return (
    <section aria-labelledby="tree-title" className="rounded-lg bg-white p-5 shadow-sm">
      <h1 id="tree-title" className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-stone-600">{t("intro", { count: tree.size })}</p>
      <CommitteeTree root={tree} labels={{ kind, units: (count) => t("units", { count }) }} />
    </section>
  );
}
