import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CommitteeDetail } from "@/lib/committees/queries";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** The committee's name, kind, code and dates; the unit that carries on its history if it ended, else its parent. */
export async function CommitteeProfile({ committee, locale }: { committee: CommitteeDetail; locale: Locale }) {
  const [t, tKind, tR] = await Promise.all([getTranslations("committees"), getTranslations("committeeKind"), getTranslations("restructure")]);
  const link = (c: { id: number; name: string }) => <Link className="text-blue-800 underline" href={`/committees/${c.id}`}>{c.name}</Link>;
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm">
      <h1 className="text-2xl font-bold">{locale === "en" && committee.nameEn ? committee.nameEn : committee.name}</h1>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="text-stone-500">{t("kind")}</dt><dd>{tKind(committee.kind)}</dd>
        <dt className="text-stone-500">{t("code")}</dt><dd className="font-mono">{committee.code}</dd>
        <dt className="text-stone-500">{t("validFrom")}</dt><dd>{formatDate(committee.validFrom, locale)}</dd>
        {committee.validTo && <><dt className="text-stone-500">{tR("endedOn")}</dt><dd>{formatDate(committee.validTo, locale)}</dd></>}
        {committee.validTo && committee.successor && <><dt className="text-stone-500">{tR("successor")}</dt><dd>{link(committee.successor)}</dd></>}
        {committee.parent && !committee.successor && <><dt className="text-stone-500">{t("parent")}</dt><dd>{link(committee.parent)}</dd></>}
      </dl>
    </section>
  );
}

/** Committees as a two-column list of links, each with a short note (its kind, or the day it ended). */
export function CommitteeLinks({ items }: { items: { id: number; name: string; note: string | null }[] }) {
  return (
    <ul className="grid gap-1 sm:grid-cols-2">
      {items.map((c) => (
        <li key={c.id}>
          <Link className="text-blue-800 underline-offset-2 hover:underline" href={`/committees/${c.id}`}>{c.name}</Link>
          {c.note && <span className="ml-2 text-sm text-stone-500">{c.note}</span>}
        </li>
      ))}
    </ul>
  );
}
