import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/session";
import { getSubordinates } from "@/lib/dashboard/queries";
import { dashboardQuery } from "@/lib/dashboard/schema";
import type { Locale } from "@/lib/i18n/locales";

/** Where a committee has no resolution for the term, its units may: offer them. */
export async function SubordinateLinks({ viewer, committeeId, termId, year, locale }: {
  viewer: Viewer; committeeId: number; termId: number; year: number; locale: Locale;
}) {
  const [t, units] = await Promise.all([getTranslations("dashboard"), getSubordinates(viewer, committeeId, termId, year)]);
  if (!units?.length) return null;
  return (
    <>
      <h2 className="mt-4 mb-2 font-semibold">{t("subordinates")}</h2>
      <ul className="grid gap-1 sm:grid-cols-2">
        {units.map((u) => (
          <li key={u.id}>
            <Link className="text-blue-800 underline" href={`/dashboard?${dashboardQuery({ committee: u.id, term: termId, year })}`}>
              {locale === "en" && u.nameEn ? u.nameEn : u.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
