import { getTranslations } from "next-intl/server";
import { ActionForm, SelectField, TextField, type ActionFormProps } from "@/components/ui/action-form";

/** A new data element: what units will enter, its unit, its value type and how it adds up over a subtree. */
export async function DataElementForm({ action }: { action: ActionFormProps["action"] }) {
  const t = await getTranslations("resolutions.catalogue");
  return (
    <ActionForm action={action} submitLabel={t("newElement")} successMessage={t("created")}>
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
        <SelectField name="entryLevel" label={t("entryLevel")} options={(["ANY", "LEAF", "OWNER"] as const).map((v) => ({ value: v, label: t(`entryLevels.${v}`) }))} />
        <TextField name="groupCode" label={t("groupCode")} defaultValue="MEMBERS" />
      </div>
    </ActionForm>
  );
}

/** A new indicator: a numerator and an optional denominator, each a sum of data element codes. */
export async function IndicatorForm({ action }: { action: ActionFormProps["action"] }) {
  const t = await getTranslations("resolutions.catalogue");
  return (
    <ActionForm action={action} submitLabel={t("newIndicator")} successMessage={t("created")}>
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
  );
}
