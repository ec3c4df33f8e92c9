// Figure values as clerks type them and as the database stores them. Pure (runs in the browser too).
// Values travel as plain decimal strings ("1234.5") and are compared as scaled integers, never as floats,
// because Figure.value is DECIMAL(18,4) and a rounding error must never flip a "part ≤ whole" check.
import type { Locale } from "@/lib/i18n/locales";

/** Figure.value is DECIMAL(18,4): 4 decimals, 14 integer digits. */
export const FIGURE_DECIMALS = 4;
const MAX_INTEGER_DIGITS = 14;
const SCALE = 10n ** BigInt(FIGURE_DECIMALS);

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

export type ParsedInput = { ok: true; value: string | null } | { ok: false; key: "invalidNumber" | "negative" | "tooManyDecimals" | "tooLarge" };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Built once per language: imports parse hundreds of thousands of values. */
const NUMBER_PATTERNS = Object.fromEntries(Object.entries(SEPARATORS).map(([locale, { group, decimal }]) =>
  [locale, new RegExp(`^(\\d{1,3}(?:${escape(group)}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?$`)])) as Record<Locale, RegExp>;

/**
 * Reads what a clerk typed: "1.234" and "12,5" in Vietnamese ("1,234" and "12.5" in English), plain digits in
 * both; spaces are ignored. Thousands groups must have three digits, so "12.5" in Vietnamese is refused rather
 * than silently read as 125. Empty → null (no figure).
 */
export function parseFigureInput(text: string, locale: Locale): ParsedInput {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return { ok: true, value: null };
  if (/^[-−]/.test(compact)) return { ok: false, key: "negative" };
  const { group } = SEPARATORS[locale];
  const match = NUMBER_PATTERNS[locale].exec(compact);
  if (!match) return { ok: false, key: "invalidNumber" };
  const integer = match[1]!.split(group).join("").replace(/^0+(?=\d)/, "");
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > FIGURE_DECIMALS) return { ok: false, key: "tooManyDecimals" };
  if (integer.length > MAX_INTEGER_DIGITS) return { ok: false, key: "tooLarge" };
  return { ok: true, value: fraction ? `${integer}.${fraction}` : integer };
}

/** "1234.5" → 12345000n (units of 10⁻⁴). Accepts the database's "1234.5000" and signed deltas ("-3.5"). */
export function toScaled(value: string): bigint {
  const negative = value.startsWith("-");
  const [integer = "0", fraction = ""] = value.replace(/^-/, "").split(".");
  const scaled = BigInt(integer || "0") * SCALE + BigInt((fraction + "0000").slice(0, FIGURE_DECIMALS) || "0");
  return negative ? -scaled : scaled;
}

/** The inverse of toScaled, without trailing zeros: 12345000n → "1234.5". */
export function fromScaled(scaled: bigint): string {
  const sign = scaled < 0n ? "-" : "";
  const abs = scaled < 0n ? -scaled : scaled;
  const integer = (abs / SCALE).toString();
  const fraction = (abs % SCALE).toString().padStart(FIGURE_DECIMALS, "0").replace(/0+$/, "");
  return `${sign}${integer}${fraction ? `.${fraction}` : ""}`;
}

/** A stored value normalized ("780.0000" → "780"), so equal values compare equal as strings. */
export function normalizeFigure(value: string): string {
  return fromScaled(toScaled(value));
}

/**
 * A stored value as the entry field shows it, exactly (no float round trip): "1234.5" → "1.234,5" (vi).
 * parseFigureInput reads it back to the same value.
 */
export function formatFigureInput(value: string | null, locale: Locale): string {
  if (value === null) return "";
  const [integer = "0", fraction = ""] = normalizeFigure(value).split(".");
  const { group, decimal } = SEPARATORS[locale];
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction ? `${grouped}${decimal}${fraction}` : grouped;
}
