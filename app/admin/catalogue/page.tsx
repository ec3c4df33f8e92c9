import { getTranslations } from "next-intl/server";
import { ActionForm, SelectField, TextField } from "@/components/ui/action-form";
import { requirePermission } from "@/lib/auth/session";
import { getCatalogue } from "@/lib/targets/queries";
import { createDataElement, createIndicator, deleteDataElement, retireDataElement } from "./actions";
import { getUiLocale } from "@/lib/i18n/server";

export default async function CataloguePage() {
  await requirePermission("target.manage");
  const locale = await getUiLocale();
  const [{ elements, indicators }, t] = await Promise.all([getCatalogue(), getTranslations("resolutions.catalogue")]);
  const name = (x: { nameVi: string; nameEn: string }) => (locale === "en" ? x.nameEn : x.nameVi);
  const th = "px-2 py-2";
  return (
    <section className="space-y-4">
      <div className="rounded-lg bg-white p-5 shadow-sm">
        <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
        <h2 className="mb-2 text-xl font-semibold">{t("elements")}</h2>
        <p className="mb-2 text-sm text-stone-600">{t("inUseHint")}</p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100">
              <tr><th scope="col" className={th}>{t("code")}</th><th scope="col" className={th}>{t("nameVi")}</th><th scope="col" className={th}>{t("valueType")}</th><th scope="col" className={th}>{t("usage")}</th><th scope="col" className={th}><span className="sr-only">{t("retire")}</span></th></tr>
            </thead>
            <tbody>
              {elements.map((e) => {
                const inUse = e._count.figures + e._count.indicatorTerms + e._count.rollups + e._count.parts > 0;
                return (
                  <tr key={e.id} className={`border-t border-stone-200 ${e.retiredAt ? "text-stone-500" : ""}`}>
                    <td className="px-2 py-2 font-mono text-xs">{e.code}</td>
                    <td className="px-2 py-2">{name(e)} <span className="text-stone-500">({locale === "en" ? e.unitEn : e.unitVi})</span>{e.retiredAt && <strong className="ml-2">{t("retired")}</strong>}</td>
                    <td className="px-2 py-2">{t(`valueTypes.${e.valueType}`)} · {t(`aggregations.${e.aggregation}`)}</td>
                    <td className="px-2 py-2">{t("usageCount", { figures: e._count.figures, indicators: e._count.indicatorTerms })}</td>
                    <td className="px-2 py-2">
                      <div className="flex gap-2">
                        <ActionForm action={retireDataElement} submitLabel={t(e.retiredAt ? "restore" : "retire")} variant="secondary">
                          <input type="hidden" name="id" value={e.id} /><input type="hidden" name="retired" value={e.retiredAt ? "false" : "true"} />
                        </ActionForm>
                        {!inUse && (
                          <ActionForm action={deleteDataElement} submitLabel={t("delete")} variant="danger">
                            <input type="hidden" name="id" value={e.id} />
                          </ActionForm>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <h2 className="mb-2 mt-6 text-xl font-semibold">{t("indicators")}</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100">
              <tr><th scope="col" className={th}>{t("code")}</th><th scope="col" className={th}>{t("nameVi")}</th><th scope="col" className={th}>{t("formula")}</th></tr>
            </thead>
            <tbody>
              {indicators.map((i) => {
                const part = (role: string) => i.terms.filter((x) => x.role === role).map((x) => x.dataElement.code).join(" + ");
                const den = part("DENOMINATOR");
                return (
                  <tr key={i.id} className="border-t border-stone-200">
                    <td className="px-2 py-2 font-mono text-xs">{i.code}</td>
                    <td className="px-2 py-2">{name(i)} <span className="text-stone-500">({locale === "en" ? i.unitEn : i.unitVi})</span></td>
                    <td className="px-2 py-2 font-mono text-xs">{den ? `(${part("NUMERATOR")}) × ${Number(i.scale)} ÷ (${den})` : part("NUMERATOR")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="rounded-lg bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-xl font-semibold">{t("newElement")}</h2>
          <ActionForm action={createDataElement} submitLabel={t("newElement")} successMessage={t("created")}>
            <TextField name="code" label={t("code")} autoCapitalize="characters" />
            <TextField name="nameVi" label={t("nameVi")} />
            <TextField name="nameEn" label={t("nameEn")} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField name="unitVi" label={t("unitVi")} />
              <TextField name="unitEn" label={t("unitEn")} />
            </div>
            <div className="grid gap-4 sm:grid-cols-3">
              <SelectField name="valueType" label={t("valueType")} options={(["COUNT", "PERCENT", "MONEY"] as const).map((v) => ({ value: v, label: t(`valueTypes.${v}`) }))} />
              <SelectField name="aggregation" label={t("aggregation")} options={(["SUM", "NONE"] as const).map((v) => ({ value: v, label: t(`aggregations.${v}`) }))} />
              <TextField name="groupCode" label={t("groupCode")} defaultValue="MEMBERS" />
            </div>
          </ActionForm>
        </div>
        <div className="rounded-lg bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-xl font-semibold">{t("newIndicator")}</h2>
          <ActionForm action={createIndicator} submitLabel={t("newIndicator")} successMessage={t("created")}>
            <TextField name="code" label={t("code")} />
            <TextField name="nameVi" label={t("nameVi")} />
            <TextField name="nameEn" label={t("nameEn")} />
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField name="unitVi" label={t("unitVi")} defaultValue="%" />
              <TextField name="unitEn" label={t("unitEn")} defaultValue="%" />
              <TextField name="scale" label={t("scale")} defaultValue="100" inputMode="decimal" />
            </div>
            <TextField name="numerator" label={t("numerator")} />
            <TextField name="denominator" label={t("denominator")} />
          </ActionForm>
        </div>
      </div>
    </section>
  );
}
