import { getTranslations } from "next-intl/server";
import type { YearStatus } from "@/lib/figures/types";
import { StepForm, type StepFormProps } from "./step-form";

type StepAction = StepFormProps["action"];

/** The approver's steps for the year shown: approve or return a submitted year, unlock an approved one. */
export async function WorkflowPanel({ status, committeeId, year, version, name, can, actions }: {
  status: YearStatus;
  committeeId: number;
  year: number;
  version: number | null;
  name: string;
  can: { approve: boolean; unlock: boolean };
  actions: { approve: StepAction; giveBack: StepAction; unlock: StepAction };
}) {
  const reviewing = status === "SUBMITTED" && can.approve;
  const unlocking = status === "APPROVED" && can.unlock;
  if (version === null || (!reviewing && !unlocking)) return null;
  const t = await getTranslations("figures");
  const hidden = { committeeId, year, version };
  return (
    <section aria-labelledby="workflow" className="rounded-lg border-2 border-blue-200 bg-white p-5 shadow-sm">
      <h2 id="workflow" className="mb-3 text-xl font-semibold">{t("workflowTitle")}</h2>
      {reviewing && (
        <div className="grid gap-6 md:grid-cols-2">
          <StepForm action={actions.approve} hidden={hidden} submitLabel={t("approve")} hint={t("approveHint", { year, name })} />
          <StepForm action={actions.giveBack} hidden={hidden} submitLabel={t("return")} variant="secondary"
            text={{ name: "comment", label: t("returnCommentLabel") }} />
        </div>
      )}
      {unlocking && (
        <StepForm action={actions.unlock} hidden={hidden} submitLabel={t("unlock")} variant="secondary" hint={t("unlockHint")}
          text={{ name: "reason", label: t("unlockReason") }} />
      )}
    </section>
  );
}
