import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  const tc = await getTranslations("committees");
  return (
    <section className="rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-stone-700">{tc("notFound")}</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline">{t("backHome")}</Link>
    </section>
  );
}
