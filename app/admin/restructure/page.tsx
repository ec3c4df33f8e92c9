import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RestructureForm } from "@/components/committees/restructure-form";
import { requirePermission } from "@/lib/auth/session";
import { COMMITTEE_KINDS } from "@/lib/committees/kinds";
import { getCommitteeChoices } from "@/lib/committees/search";
import { todayInVietnam } from "@/lib/committees/restructure/execute";
import { PendingRestructures } from "@/components/committees/pending-restructures";
import { getScopedPendingRestructures } from "@/lib/committees/restructure/queries";
import { applyRestructureAction, cancelScheduledRestructureAction, previewRestructureAction } from "./actions";
import { getUiLocale } from "@/lib/i18n/server";

export default async function RestructurePage() {
  const viewer = await requirePermission("committee.manage");
  const locale = await getUiLocale();
  const [t, tKind, units, pending] = await Promise.all([
    getTranslations("restructure"), getTranslations("committeeKind"), getCommitteeChoices(viewer.scopeCommitteeId), getScopedPendingRestructures(viewer),
  ]);
  return (
    <section aria-labelledby="restructure-title" className="max-w-4xl rounded-lg bg-white p-5 shadow-sm">
      <h1 id="restructure-title" className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-stone-600">{t("intro")}</p>
      <ClientMessages components={["restructureForm"]}>
      <RestructureForm
        units={units} kinds={COMMITTEE_KINDS.map((k) => ({ value: k, label: tKind(k) }))} today={todayInVietnam()} locale={locale}
        preview={previewRestructureAction} apply={applyRestructureAction}
      />
      <PendingRestructures items={pending} locale={locale} cancel={cancelScheduledRestructureAction} />
      </ClientMessages>
    </section>
  );
}
