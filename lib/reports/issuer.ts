// Pure: who issues a committee's report and how the heading of a Party document names it. A committee is
// the Party organization (Đảng bộ); its documents are issued by its executive body (Đảng ủy, Tỉnh ủy, …),
// which also gives the symbol after the document type ("-BC/ĐU", "-BC/TU").
import type { Locale } from "@/lib/i18n/locales";

export interface CommitteeName {
  name: string;
  nameEn: string | null;
  kind: string;
}

export interface IssuingBody {
  /** "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Tỉnh ủy An Phú", "Chi bộ Sở Tư pháp". */
  name: string;
  /** Symbol of the issuer in a document's number: ĐU, TU, HU, CB. */
  symbol: string;
  /** The body as it signs: "ĐẢNG ỦY", "TỈNH ỦY", "CHI BỘ" (after "T/M"). */
  signsAs: string;
  /** The same in English: "PARTY COMMITTEE" or "PARTY CELL". */
  signsAsEn: string;
}

// Provincial and district committees are named after their territory: "Đảng bộ tỉnh An Phú" → "Tỉnh ủy An Phú".
const TERRITORIAL: [RegExp, string, string][] = [
  [/^Đảng bộ tỉnh /i, "Tỉnh ủy ", "TU"],
  [/^Đảng bộ thành phố /i, "Thành ủy ", "TU"],
  [/^Đảng bộ huyện /i, "Huyện ủy ", "HU"],
  [/^Đảng bộ thị xã /i, "Thị ủy ", "TU"],
  [/^Đảng bộ quận /i, "Quận ủy ", "QU"],
];

export function issuingBody(committee: CommitteeName): IssuingBody {
  const { name, kind } = committee;
  if (kind === "PROVINCIAL" || kind === "DISTRICT") {
    for (const [pattern, prefix, symbol] of TERRITORIAL) {
      if (pattern.test(name)) {
        const bodyName = prefix.trim();
        const symbolOf = kind === "DISTRICT" && bodyName === "Thành ủy" ? "ThU" : symbol;
        return { name: name.replace(pattern, prefix), symbol: symbolOf, signsAs: upper(bodyName), signsAsEn: "PARTY COMMITTEE" };
      }
    }
  }
  if (/^Chi bộ /i.test(name)) return { name, symbol: "CB", signsAs: "CHI BỘ", signsAsEn: "PARTY CELL" };
  const body = { symbol: "ĐU", signsAs: "ĐẢNG ỦY", signsAsEn: "PARTY COMMITTEE" };
  return /^Đảng bộ /i.test(name) ? { ...body, name: name.replace(/^Đảng bộ /i, "Đảng ủy ") } : { ...body, name };
}

/** The issuer as the heading prints it, in the report's language. */
export function issuerTitle(committee: CommitteeName, locale: Locale): string {
  return upper(locale === "en" && committee.nameEn ? committee.nameEn : issuingBody(committee).name);
}

/** The superior body above the issuer: the parent committee's name in capitals ("ĐẢNG BỘ TỈNH AN PHÚ"). */
export function superiorTitle(parent: CommitteeName | null, locale: Locale): string | null {
  if (!parent) return null;
  return upper(locale === "en" && parent.nameEn ? parent.nameEn : parent.name);
}

export function upper(text: string): string {
  return text.toLocaleUpperCase("vi-VN");
}

/**
 * The place in "An Phú, ngày …": the province the committee belongs to ("Đảng bộ tỉnh An Phú" → "An Phú").
 * English drops the diacritics, as English texts write Vietnamese place names ("An Phu").
 */
export function placeOf(province: CommitteeName | null, locale: Locale): string | null {
  if (!province) return null;
  const place = province.name.replace(/^Đảng bộ (tỉnh|thành phố) /i, "").trim();
  if (place === "" || place === province.name) return null;
  return locale === "en" ? withoutDiacritics(place) : place;
}

function withoutDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/**
 * A date's day, month and year in Vietnam's time zone. Party documents write a day below 10 and the months
 * January and February with a leading 0 ("ngày 05 tháng 02 năm 2026"); English writes "5 February 2026".
 */
export function documentDateParts(date: Date, locale: Locale): { day: string; month: string; year: string } {
  const numeric = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "numeric", month: "numeric", year: "numeric" }).formatToParts(date);
  const get = (type: string) => Number(numeric.find((p) => p.type === type)!.value);
  const [day, month, year] = [get("day"), get("month"), get("year")];
  if (locale === "en") {
    const name = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", month: "long" }).format(date);
    return { day: String(day), month: name, year: String(year) };
  }
  return { day: day < 10 ? `0${day}` : String(day), month: month < 3 ? `0${month}` : String(month), year: String(year) };
}
