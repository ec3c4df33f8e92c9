import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResolutionSection } from "@/components/committees/resolution-section";
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
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold">{locale === "en" && committee.nameEn ? committee.nameEn : committee.name}</h1>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
          <dt className="text-stone-500">{t("kind")}</dt><dd>{tKind(committee.kind)}</dd>
          <dt className="text-stone-500">{t("code")}</dt><dd className="font-mono">{committee.code}</dd>
          <dt className="text-stone-500">{t("validFrom")}</dt><dd>{formatDate(committee.validFrom, locale)}</dd>
          {committee.validTo && (
            <>
              <dt className="text-stone-500">{tR("endedOn")}</dt><dd>{formatDate(committee.validTo, locale)}</dd>
              {committee.successor && (
                <>
                  <dt className="text-stone-500">{tR("successor")}</dt>
                  <dd><Link className="text-blue-800 underline" href={`/committees/${committee.successor.id}`}>{committee.successor.name}</Link></dd>
                </>
              )}
            </>
          )}
          {committee.parent && !committee.successor && (
            <>
              <dt className="text-stone-500">{t("parent")}</dt>
              <dd><Link className="text-blue-800 underline" href={`/committees/${committee.parent.id}`}>{committee.parent.name}</Link></dd>
            </>
          )}
        </dl>
      </section>

      {committee.predecessors.length > 0 && (
        <section aria-labelledby="predecessors" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="predecessors" className="mb-1 text-xl font-semibold">{tR("predecessors")}</h2>
          <p className="mb-3 text-sm text-stone-600">{tR("predecessorsHelp")}</p>
          <ul className="grid gap-1 sm:grid-cols-2">
            {committee.predecessors.map((p) => (
              <li key={p.id}>
                <Link className="text-blue-800 underline-offset-2 hover:underline" href={`/committees/${p.id}`}>{p.name}</Link>
                {p.validTo && <span className="ml-2 text-sm text-stone-500">{tR("until", { date: formatDate(p.validTo, locale) })}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="resolutions" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="resolutions" className="mb-3 text-xl font-semibold">{t("resolutions")}</h2>
        {committee.resolutions.length === 0 && <p className="text-stone-600">{t("noResolutions")}</p>}
        {committee.resolutions.map((r) => <ResolutionSection key={r.id} resolution={r} locale={locale} />)}
      </section>

      <section aria-labelledby="children" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="children" className="mb-3 text-xl font-semibold">{t("children")}</h2>
        {committee.children.length === 0 ? (
          <p className="text-stone-600">{t("noChildren")}</p>
        ) : (
          <ul className="grid gap-1 sm:grid-cols-2">
            {committee.children.map((c) => (
              <li key={c.id}>
                <Link className="text-blue-800 underline-offset-2 hover:underline" href={`/committees/${c.id}`}>{c.name}</Link>
                <span className="ml-2 text-sm text-stone-500">{tKind(c.kind)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
