import { getTranslations } from "next-intl/server";
import type { EntryForm } from "@/lib/figures/queries";
import { workflowTrace } from "@/lib/figures/trace";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { EntryPicker, type EntryPickerProps } from "./entry-picker";
import { StatusBadge } from "./year-status-badge";

/** The form's heading: which unit and year, the picker, the year's status, who did what, and what to do now. */
export async function EntryHeader({ form, name, year, locale, picker, editable, hasChildren, canEnter }: {
  form: EntryForm;
  name: string;
  year: number;
  locale: Locale;
  picker: Omit<EntryPickerProps, "labels">;
  editable: boolean;
  hasChildren: boolean;
  canEnter: boolean;
}) {
  const t = await getTranslations("figures");
  const tErrors = await getTranslations("figureErrors");
  const readOnlyReason = !canEnter ? t("readOnlyRole")
    : form.status === "APPROVED" ? t("readOnlyApproved") : form.status === "SUBMITTED" ? t("readOnlySubmitted") : null;
  return (
    <section className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
      <EntryPicker {...picker} labels={{ legend: t("pickerLabel"), committee: t("committee"), year: t("year"), open: t("open") }} />
      <div>
        <h1 className="text-2xl font-bold">{t("title", { year })}</h1>
        <p className="text-lg">{name}</p>
        <p className="mt-1 flex flex-wrap items-center gap-2">
          <span className="text-stone-600">{t("statusLabel")}:</span>
          <StatusBadge status={form.status} label={t(`status.${form.status}`)} />
        </p>
        {workflowTrace(form).map((line) => (
          <p key={line.step} className="text-sm text-stone-600">{t(`trace.${line.step}`, { name: line.name, at: formatDateTime(line.at, locale) })}</p>
        ))}
      </div>
      {form.status === "DRAFT" && form.returnComment && (
        <div className="rounded border-l-4 border-amber-500 bg-amber-50 p-3">
          <h2 className="font-semibold">{t("returnComment")}</h2>
          <p>{form.returnComment}</p>
        </div>
      )}
      {form.deadline?.closed && (form.status === "DRAFT" || form.status === "NOT_STARTED") && (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">{tErrors("entryClosed", form.deadline.closed)}</p>
      )}
      {form.deadline?.notOpen && (form.status === "DRAFT" || form.status === "NOT_STARTED") && (
        <p role="status" className="rounded border-l-4 border-sky-700 bg-sky-50 p-3 text-sky-950">{tErrors("entryNotOpen", form.deadline.notOpen)}</p>
      )}
      {form.deadline && !form.deadline.closed && <p className="text-stone-700">{t("entryDeadline", { date: form.deadline.last })}</p>}
      {readOnlyReason && <p className="rounded bg-stone-100 p-3">{readOnlyReason}</p>}
      {editable && hasChildren && <p className="text-stone-700">{t("ownFiguresOnly", { name })}</p>}
      {editable && <p className="text-sm text-stone-600">{t("keyboardHint")}</p>}
      {form.elements.length === 0 && <p className="text-stone-700">{t("noElements", { year })}</p>}
    </section>
  );
}
