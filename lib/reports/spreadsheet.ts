// Spreadsheet formula injection: a cell whose text starts with = + - @ (or a tab or carriage return, which
// some programs strip first) is run as a formula when the file is opened or re-saved as CSV. Such text gets
// a leading apostrophe, the spreadsheet convention for "this is text" (STYLE.md, pattern 12).
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
