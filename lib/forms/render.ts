// One form model, two files. Each renderer is loaded when first asked for.
import type { AnyFormModel, StatFormModel } from "./model";
import type { GroupsFormModel } from "./groups-form";
import type { TypesFormModel } from "./types-form";

export const STAT_FORM_FORMATS = ["xlsx", "pdf"] as const;
export type StatFormFormat = (typeof STAT_FORM_FORMATS)[number];

export const STAT_FORM_CONTENT_TYPES: Record<StatFormFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

export async function renderStatForm(model: AnyFormModel, format: StatFormFormat): Promise<Buffer> {
  if (model.form.layout === "types") {
    const typed = model as TypesFormModel;
    return format === "xlsx" ? (await import("./types-xlsx")).renderTypesFormXlsx(typed) : (await import("./types-pdf")).renderTypesFormPdf(typed);
  }
  if (model.form.layout === "groups") {
    const groups = model as GroupsFormModel;
    return format === "xlsx" ? (await import("./groups-xlsx")).renderGroupsFormXlsx(groups) : (await import("./groups-pdf")).renderGroupsFormPdf(groups);
  }
  const criteria = model as StatFormModel;
  return format === "xlsx" ? (await import("./xlsx")).renderStatFormXlsx(criteria) : (await import("./pdf")).renderStatFormPdf(criteria);
}

export const statFormFileName = (model: AnyFormModel, format: StatFormFormat) => `${model.fileBase}.${format}`;
