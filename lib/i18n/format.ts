// Shared number, percentage and date formatters. Pure: used by pages, exports and the progress engine's
// sentences alike, so every screen and report writes "547/700, đạt 78,14%" the same way.
import type { Locale } from "./locales";

const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-US" };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, min: number, max: number) {
  const key = `${locale}:${min}:${max}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, f);
  }
  return f;
}

/** 8793 → "8.793" (vi) / "8,793" (en); at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, locale: Locale, maxDecimals = 2): string {
  return numberFormat(locale, 0, maxDecimals).format(value);
}

/** Fixed decimals: 78.1 → "78,10" (vi). */
export function formatFixed(value: number, locale: Locale, decimals: number): string {
  return numberFormat(locale, decimals, decimals).format(value);
}

/**
 * A value already in percent (78.142857 for 547/700) → "78,14%" (vi) / "78.14%" (en), no space before %,
 * as Party reports write it. Callers pass values rounded for display (see lib/progress/rounding.ts).
 */
export function formatPercent(percent: number, locale: Locale, maxDecimals = 2): string {
  return `${formatNumber(percent, locale, maxDecimals)}%`;
}

/** An amount as a threshold in the Party's words: ≥ "từ 95% trở lên", ≤ "không quá 1%" ("trên", "dưới" are strict). */
export function formatThresholdWords(amount: string, comparator: "GTE" | "LTE", locale: Locale): string {
  if (locale === "vi") return comparator === "LTE" ? `không quá ${amount}` : `từ ${amount} trở lên`;
  return `${comparator === "LTE" ? "at most" : "at least"} ${amount}`;
}

/** "547/700" with the locale's thousands separator: "8.793/6.500". */
export function formatRatio(value: number, plan: number, locale: Locale, maxDecimals = 2): string {
  return `${formatNumber(value, locale, maxDecimals)}/${formatNumber(plan, locale, maxDecimals)}`;
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
};

/** Calendar dates (stored as UTC midnight): 10/02/2025 (vi) / 10 Feb 2025 (en). */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormats[locale].format(date);
}

const dateTimeFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", {
    day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Ho_Chi_Minh",
  }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }),
};

/** Moments (audit, saves) in Vietnam's time zone, where every user of the app is. */
export function formatDateTime(date: Date, locale: Locale): string {
  return dateTimeFormats[locale].format(date);
}
