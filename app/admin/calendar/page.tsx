import { getTranslations } from "next-intl/server";
import { CalendarPanels } from "@/components/figures/calendar-panels";
import { requirePermission } from "@/lib/auth/session";
import { getCalendarPage } from "@/lib/calendar/page";
import { getCommitteeChoices } from "@/lib/committees/search";
import { defaultEntryYear } from "@/lib/figures/elements";
import { getTermYears } from "@/lib/figures/queries";
import { yearSchema } from "@/lib/figures/schema";
import { getUiLocale } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { sql } from "@/lib/db";
import { approveAfterUnits } from "@/lib/figures/approval-order";
import { isRootCommittee } from "@/lib/auth/scope";
import { grantExtensions, removeCalendar, revokeExtension, setApproveAfterUnits, setCalendar } from "./actions";

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("committee.manage");
  const [{ years, current }, locale, t, params] = await Promise.all([getTermYears(), getUiLocale(), getTranslations("calendar"), searchParams]);
  const asked = yearSchema.safeParse(params.year);
  const year = asked.success && years.includes(asked.data) ? asked.data : defaultEntryYear(current, new Date());
  const [page, choices, ordered, root, tf] = await Promise.all([
    getCalendarPage(viewer.scopeCommitteeId, year), getCommitteeChoices(viewer.scopeCommitteeId, viewer.scopeCommitteeId),
    approveAfterUnits(sql), isRootCommittee(sql, viewer.scopeCommitteeId), getTranslations("figures"),
  ]);
  return (
    <div className="space-y-6">
      <section className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        <nav aria-label={t("year")} className="flex flex-wrap gap-2">
          {years.map((y) => (
            <a key={y} href={`/admin/calendar?year=${y}`} aria-current={y === year ? "page" : undefined}
              className={`rounded border px-3 py-1 ${y === year ? "border-red-800 bg-red-50 font-semibold" : "border-stone-300"}`}>{y}</a>
          ))}
        </nav>
      </section>
      <CalendarPanels year={year} locale={locale} calendars={page.calendars} extensions={page.extensions} choices={choices}
        scopeId={viewer.scopeCommitteeId} actions={{ set: setCalendar, remove: removeCalendar, grant: grantExtensions, revoke: revokeExtension }} />
      {/* The whole installation's rule: its root's administrators change it. */}
      {root && (
        <section className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
          <h2 className="text-xl font-semibold">{tf("approvalOrder")}</h2>
          <p>{ordered ? tf("approvalOrderOn") : tf("approvalOrderOff")}</p>
          <ActionForm action={setApproveAfterUnits} submitLabel={ordered ? tf("approvalOrderDisable") : tf("approvalOrderEnable")} variant="secondary">
            <input type="hidden" name="on" value={ordered ? "false" : "true"} />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
