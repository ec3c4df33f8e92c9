// One model, three files: the format decides the renderer, the content type and the extension. Each renderer
// is loaded when first asked for, so a Word download does not wait for the PDF and spreadsheet libraries.
import type { ReportFormat, ReportModel } from "./types";

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

export async function renderReport(model: ReportModel, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case "docx":
      return (await import("./docx")).renderDocx(model);
    case "xlsx":
      return (await import("./xlsx")).renderXlsx(model);
    case "pdf":
      return (await import("./pdf")).renderPdf(model);
  }
}

export function reportFileName(model: ReportModel, format: ReportFormat): string {
  return `${model.fileBase}.${format}`;
}
