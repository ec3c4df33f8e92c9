import { getTranslations } from "next-intl/server";
import { ActionForm, TextField, type ActionFormProps } from "@/components/ui/action-form";

/** A committee without its own resolution for a term inherits its parent's; those who may can adopt its own here. */
export async function NewResolution({ committee, term, canCreate, action }: {
  committee: { id: number; name: string };
  term: { id: number; name: string };
  canCreate: boolean;
  action: ActionFormProps["action"];
}) {
  const t = await getTranslations("resolutions");
  return (
    <div className="rounded-lg bg-white p-5 shadow-sm">
      <p className="mb-1 font-medium">{t("noResolution", { committee: committee.name, term: term.name })}</p>
      <p className="mb-4 text-sm text-stone-600">{t("inherits")}</p>
      {canCreate && (
        <div className="max-w-2xl">
          <h2 className="mb-3 text-xl font-semibold">{t("createResolution")}</h2>
          <ActionForm action={action} submitLabel={t("createResolution")} redirectTo={`/resolutions?committee=${committee.id}&term=${term.id}`}>
            <input type="hidden" name="committeeId" value={committee.id} />
            <input type="hidden" name="termId" value={term.id} />
            <TextField name="title" label={t("resolutionTitle")} defaultValue={`Nghị quyết Đại hội ${committee.name} nhiệm kỳ ${term.name}`} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField name="number" label={t("resolutionNumber")} />
              <TextField name="adoptedOn" label={t("adoptedOn")} type="date" />
            </div>
          </ActionForm>
        </div>
      )}
    </div>
  );
}
