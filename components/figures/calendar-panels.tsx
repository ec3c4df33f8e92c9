// The reporting calendar page's panels: the year's calendars and extensions in the subtree, and the forms to set them.
import { getTranslations } from "next-intl/server";
import { ActionForm, CommitteeSelectField, TextField } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import type { ActionResult } from "@/lib/auth/action";
import type { CalendarRow, ExtensionRow } from "@/lib/calendar/page";
import type { CommitteeChoices } from "@/lib/committees/search";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { UnitsInput } from "./units-input";

type Action = (previous: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;
const PANEL = "space-y-3 rounded-lg bg-white p-5 shadow-sm";

export async function CalendarPanels({ year, locale, calendars, extensions, choices, scopeId, actions }: {
  year: number; locale: Locale; calendars: CalendarRow[]; extensions: ExtensionRow[]; choices: CommitteeChoices; scopeId: number;
  actions: { set: Action; remove: Action; grant: Action; revoke: Action };
}) {
  const t = await getTranslations("calendar");
  const d = (date: Date) => formatDate(date, locale);
  return (
    <>
      <section className={PANEL}>
        <h2 className="text-xl font-semibold">{t("calendars", { year })}</h2>
        <DataTable rows={calendars} rowKey={(r) => r.id} empty={t("noCalendars")} columns={[
          { key: "committee", header: t("committee"), cellClassName: "font-medium", cell: (r) => r.committee },
          { key: "opensOn", header: t("opensOn"), cell: (r) => d(r.opensOn) },
          { key: "entry", header: t("entryDeadline"), cell: (r) => d(r.entryDeadline) },
          { key: "approval", header: t("approvalDeadline"), cell: (r) => d(r.approvalDeadline) },
          { key: "remove", header: t("actions"), cell: (r) => (
            <ActionForm action={actions.remove} submitLabel={t("remove")} variant="secondary"><input type="hidden" name="id" value={r.id} /></ActionForm>
          ) },
        ]} />
        <h3 className="pt-2 font-semibold">{t("setTitle")}</h3>
        <p className="text-sm text-stone-600">{t("setHint")}</p>
        <ActionForm action={actions.set} submitLabel={t("set")} successMessage={t("saved")}>
          <input type="hidden" name="year" value={year} />
          <CommitteeSelectField name="committeeId" label={t("committee")} choices={choices} defaultValue={String(scopeId)} />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField name="opensOn" type="date" label={t("opensOn")} required />
            <TextField name="entryDeadline" type="date" label={t("entryDeadline")} required />
            <TextField name="approvalDeadline" type="date" label={t("approvalDeadline")} required />
          </div>
        </ActionForm>
      </section>
      <section className={PANEL}>
        <h2 className="text-xl font-semibold">{t("extensions", { year })}</h2>
        <DataTable rows={extensions} rowKey={(r) => r.id} empty={t("noExtensions")} columns={[
          { key: "unit", header: t("unit"), cellClassName: "font-medium", cell: (r) => `${r.committee} (${r.code})` },
          { key: "until", header: t("until"), cell: (r) => d(r.until) },
          { key: "reason", header: t("reason"), cell: (r) => r.reason },
          { key: "revoke", header: t("actions"), cell: (r) => (
            <ActionForm action={actions.revoke} submitLabel={t("revoke")} variant="secondary"><input type="hidden" name="id" value={r.id} /></ActionForm>
          ) },
        ]} />
        <h3 className="pt-2 font-semibold">{t("grantTitle")}</h3>
        <ActionForm action={actions.grant} submitLabel={t("grant")} successMessage={t("saved")}>
          <input type="hidden" name="year" value={year} />
          <UnitsInput name="committeeIds" label={t("units")} choices={choices} removeLabel={t("removeUnit")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="until" type="date" label={t("until")} required />
            <TextField name="reason" label={t("reason")} required maxLength={1000} />
          </div>
        </ActionForm>
      </section>
    </>
  );
}
