import { getTranslations } from "next-intl/server";
import { ActionForm, type ActionFormProps } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/locales";
import type { getCatalogue } from "@/lib/targets/queries";

type Catalogue = Awaited<ReturnType<typeof getCatalogue>>;
type Named = { nameVi: string; nameEn: string; unitVi: string; unitEn: string };

function NameCell({ x, locale }: { x: Named; locale: Locale }) {
  return <>{locale === "en" ? x.nameEn : x.nameVi} <span className="text-stone-500">({locale === "en" ? x.unitEn : x.unitVi})</span></>;
}

/** Data elements with their use; one in use may only be retired (its figures stay), one never used may be deleted. */
export async function DataElementTable({ elements, locale, retire, remove }: {
  elements: Catalogue["elements"];
  locale: Locale;
  retire: ActionFormProps["action"];
  remove: ActionFormProps["action"];
}) {
  const t = await getTranslations("resolutions.catalogue");
  return (
    <DataTable rows={elements} rowKey={(e) => e.id} rowClassName={(e) => (e.retiredAt ? "text-stone-500" : "")} columns={[
      { key: "code", header: t("code"), cellClassName: "font-mono text-xs", cell: (e) => e.code },
      { key: "name", header: t("nameVi"), cell: (e) => <><NameCell x={e} locale={locale} />{e.retiredAt && <strong className="ml-2">{t("retired")}</strong>}</> },
      { key: "type", header: t("valueType"), cell: (e) => `${t(`valueTypes.${e.valueType}`)} · ${t(`aggregations.${e.aggregation}`)} · ${t(`entryLevels.${e.entryLevel}`)}` },
      { key: "usage", header: t("usage"), cell: (e) => t("usageCount", { figures: e._count.figures, indicators: e._count.indicatorTerms }) },
      { key: "actions", header: <span className="sr-only">{t("retire")}</span>, cell: (e) => (
        <div className="flex gap-2">
          <ActionForm action={retire} submitLabel={t(e.retiredAt ? "restore" : "retire")} variant="secondary">
            <input type="hidden" name="id" value={e.id} /><input type="hidden" name="retired" value={e.retiredAt ? "false" : "true"} />
          </ActionForm>
          {e._count.figures + e._count.indicatorTerms + e._count.rollups + e._count.parts === 0 && (
            <ActionForm action={remove} submitLabel={t("delete")} variant="danger">
              <input type="hidden" name="id" value={e.id} />
            </ActionForm>
          )}
        </div>
      ) },
    ]} />
  );
}

/** Indicators with their formula: Σ numerator, or (Σ numerator) × scale ÷ (Σ denominator). */
export async function IndicatorTable({ indicators, locale }: { indicators: Catalogue["indicators"]; locale: Locale }) {
  const t = await getTranslations("resolutions.catalogue");
  const formula = (i: Catalogue["indicators"][number]) => {
    const part = (role: string) => i.terms.filter((x) => x.role === role).map((x) => x.dataElement.code).join(" + ");
    const den = part("DENOMINATOR");
    return den ? `(${part("NUMERATOR")}) × ${Number(i.scale)} ÷ (${den})` : part("NUMERATOR");
  };
  return (
    <DataTable rows={indicators} rowKey={(i) => i.id} columns={[
      { key: "code", header: t("code"), cellClassName: "font-mono text-xs", cell: (i) => i.code },
      { key: "name", header: t("nameVi"), cell: (i) => <NameCell x={i} locale={locale} /> },
      { key: "formula", header: t("formula"), cellClassName: "font-mono text-xs", cell: formula },
    ]} />
  );
}
