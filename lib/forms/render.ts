// One form model, two files. Each renderer is loaded when first asked for.
import type { StatFormModel } from "./model";

export const STAT_FORM_FORMATS = ["xlsx", "pdf"] as const;
export type StatFormFormat = (typeof STAT_FORM_FORMATS)[number];

export const STAT_FORM_CONTENT_TYPES: Record<StatFormFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

export async function renderStatForm(model: StatFormModel, format: StatFormFormat): Promise<Buffer> {
  return format === "xlsx" ? (await import("./xlsx")).renderStatFormXlsx(model) : (await import("./pdf")).renderStatFormPdf(model);
}

export const statFormFileName = (model: StatFormModel, format: StatFormFormat) => `${model.fileBase}.${format}`;
