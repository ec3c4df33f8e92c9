import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitteeLinks, CommitteeProfile } from "@/components/committees/committee-profile";
import { ResolutionSection } from "@/components/committees/resolution-section";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getCommittee } from "@/lib/committees/queries";
import { idParamSchema } from "@/lib/committees/schema";
import { formatDate } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export default async function CommitteePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const parsed = idParamSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const committee = await getCommittee(viewer.scopeCommitteeId, parsed.data);
  if (!committee) notFound();
  const locale = await getUiLocale();
  const [t, tKind, tR] = await Promise.all([getTranslations("committees"), getTranslations("committeeKind"), getTranslations("restructure")]);

  return (
    <div className="space-y-6">
      <CommitteeProfile committee={committee} locale={locale} />
      {can(viewer.role, "committee.manage") && !committee.validTo && (
        <p><Link href={`/committees/${committee.id}/edit`} className="text-party underline">{t("unitForm.manage")}</Link></p>
      )}
      {committee.predecessors.length > 0 && (
        <section aria-labelledby="predecessors" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="predecessors" className="mb-1 text-xl font-semibold">{tR("predecessors")}</h2>
          <p className="mb-3 text-sm text-stone-600">{tR("predecessorsHelp")}</p>
          <CommitteeLinks items={committee.predecessors.map((p) => ({ ...p, note: p.validTo && tR("until", { date: formatDate(p.validTo, locale) }) }))} />
        </section>
      )}
      <section aria-labelledby="resolutions" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="resolutions" className="mb-3 text-xl font-semibold">{t("resolutions")}</h2>
        {committee.resolutions.length === 0 && <p className="text-stone-600">{t("noResolutions")}</p>}
        {committee.resolutions.map((r) => <ResolutionSection key={r.id} resolution={r} locale={locale} />)}
      </section>
      <section aria-labelledby="children" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="children" className="mb-3 text-xl font-semibold">{t("children")}</h2>
        {committee.children.length === 0 ? <p className="text-stone-600">{t("noChildren")}</p>
          : <CommitteeLinks items={committee.children.map((c) => ({ ...c, note: tKind(c.kind) }))} />}
      </section>
    </div>
  );
}
