// Pure: the heading and foot fields every form's model has (issuer, title with the year, number, place and date,
// file name), whatever its table.
import { documentDateParts, issuerTitle, placeOf, type CommitteeName } from "@/lib/reports/issuer";
import type { StatForm } from "./forms";
import type { FormHeading } from "./layout";

export function formHeading(input: {
  form: StatForm; committee: CommitteeName & { code: string }; province: CommitteeName | null; year: number; issuedOn: Date;
}): FormHeading {
  const { form, committee, year } = input;
  const date = documentDateParts(input.issuedOn, "vi");
  return {
    form, committeeCode: committee.code, year,
    issuer: issuerTitle(committee, "vi"),
    title: `${form.title} NĂM ${year}`,
    number: `Biểu số ${form.number}`,
    // The place of the date is the province's: it is the committee's letterhead.
    placeAndDate: `${placeOf(input.province, "vi") ?? "………"}, ngày ${date.day} tháng ${date.month} năm ${date.year}`,
    fileBase: `bieu-${form.number.toLowerCase()}-${committee.code.toLowerCase()}-${year}`,
  };
}
