import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Completeness } from "@/lib/figures/completeness";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { StatusBadge } from "./year-status-badge";

/** Which units of a subtree have not started, are drafting, await approval or are approved, with a link to each form. */
export async function CompletenessTable({ data, year, name, locale }: { data: Completeness; year: number; name: string; locale: Locale }) {
  const [t, tKind] = await Promise.all([getTranslations("figures"), getTranslations("committeeKind")]);
  const { counts } = data;
  return (
    <section aria-labelledby="completeness" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="completeness" className="text-xl font-semibold">{t("completenessTitle", { year, name })}</h2>
      <p className="text-sm text-stone-600">{t("completenessIntro")}</p>
      <p className="my-2 font-medium">
        {t("counts", { notStarted: counts.NOT_STARTED, draft: counts.DRAFT, submitted: counts.SUBMITTED, approved: counts.APPROVED })}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-2 py-2">{t("unit")}</th>
              <th scope="col" className="px-2 py-2">{t("kind")}</th>
              <th scope="col" className="px-2 py-2">{t("statusLabel")}</th>
              <th scope="col" className="px-2 py-2">{t("submittedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((u) => (
              <tr key={u.id} className="border-t border-stone-200">
                <td className="px-2 py-1.5" style={{ paddingLeft: `${0.5 + u.depth * 1}rem` }}>
                  <Link href={`/figures?committee=${u.id}&year=${year}`} className="text-blue-800 underline-offset-2 hover:underline">
                    {locale === "en" && u.nameEn ? u.nameEn : u.name}
                  </Link>
                </td>
                <td className="px-2 py-1.5 text-stone-600">{tKind(u.kind)}</td>
                <td className="px-2 py-1.5"><StatusBadge status={u.status} label={t(`status.${u.status}`)} /></td>
                <td className="px-2 py-1.5 tabular-nums">{u.submittedAt ? formatDateTime(u.submittedAt, locale) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
