import { getTranslations } from "next-intl/server";
import { DataElementForm, IndicatorForm } from "@/components/targets/catalogue-forms";
import { DataElementTable, IndicatorTable } from "@/components/targets/catalogue-tables";
import { requirePermission } from "@/lib/auth/session";
import { getUiLocale } from "@/lib/i18n/server";
import { getCatalogue } from "@/lib/targets/queries";
import { createDataElement, createIndicator, deleteDataElement, retireDataElement } from "./actions";

export default async function CataloguePage() {
  await requirePermission("target.manage");
  const locale = await getUiLocale();
  const [{ elements, indicators }, t] = await Promise.all([getCatalogue(), getTranslations("resolutions.catalogue")]);
  return (
    <section className="space-y-4">
      <div className="rounded-lg bg-white p-5 shadow-sm">
        <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
        <h2 className="mb-2 text-xl font-semibold">{t("elements")}</h2>
        <p className="mb-2 text-sm text-stone-600">{t("inUseHint")}</p>
        <DataElementTable elements={elements} locale={locale} retire={retireDataElement} remove={deleteDataElement} />
        <h2 className="mb-2 mt-6 text-xl font-semibold">{t("indicators")}</h2>
        <IndicatorTable indicators={indicators} locale={locale} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="rounded-lg bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-xl font-semibold">{t("newElement")}</h2>
          <DataElementForm action={createDataElement} />
        </div>
        <div className="rounded-lg bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-xl font-semibold">{t("newIndicator")}</h2>
          <IndicatorForm action={createIndicator} />
        </div>
      </div>
    </section>
  );
}
