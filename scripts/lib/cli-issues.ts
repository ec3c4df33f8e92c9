// An import's findings on a terminal: "Dòng 5 [committee_code]: Không có đơn vị mã XX-99." per line.
type Translate = (key: string, values?: Record<string, string | number>) => string;

export function printIssues(lines: { row: number; column: string; message: string }[], t: Translate): void {
  for (const line of lines) {
    console.log(`${line.row ? t("importErrors.rowLabel", { row: line.row }) : t("importErrors.fileLabel")}${line.column ? ` [${line.column}]` : ""}: ${line.message}`);
  }
}
