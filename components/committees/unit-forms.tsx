// The "edit this unit" and "add a unit under it" forms. A new name or parent takes effect from the date given,
// through the restructuring engine (lib/committees/units.ts); code and kind are corrections.
import { getTranslations } from "next-intl/server";
import { ActionForm, CommitteeSelectField, SelectField, TextField } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/auth/action";
import type { CommitteeChoices } from "@/lib/committees/search";

type Action = (previous: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;
interface Unit { id: number; code: string; name: string; nameEn: string | null; kind: string; grassrootsType: string | null; parentId: number | null; version: number }

/** `addKinds`: the kinds that may sit under this unit, the commonest last and chosen (none: no add form, under a cell). */
export async function UnitForms({ unit, kinds, addKinds, types, choices, today, edit, add }: {
  unit: Unit; kinds: { value: string; label: string }[]; addKinds: { value: string; label: string }[];
  /** Biểu 5's types of grassroots, the first being "not set" (value ""). */
  types: { value: string; label: string }[]; choices: CommitteeChoices; today: string; edit: Action; add: Action;
}) {
  const t = await getTranslations("committees.unitForm");
  return (
    <div className="space-y-6">
      <section aria-labelledby="edit-unit" className="max-w-2xl rounded-lg bg-white p-5 shadow-sm">
        <h1 id="edit-unit" className="mb-1 text-2xl font-bold">{t("editTitle", { name: unit.name })}</h1>
        <p className="mb-4 text-stone-600">{t("editHelp")}</p>
        <ActionForm action={edit} submitLabel={t("save")} successMessage={t("saved")}>
          <input type="hidden" name="id" value={unit.id} />
          <input type="hidden" name="version" value={unit.version} />
          <UnitFields kinds={kinds} values={unit} labels={t} />
          <TypeField types={types} value={unit.grassrootsType} labels={t} />
          {unit.parentId !== null && <CommitteeSelectField name="parentId" label={t("parent")} choices={choices} defaultValue={String(unit.parentId)} />}
          <TextField name="effectiveFrom" type="date" label={t("effectiveFrom")} defaultValue={today} hint={t("effectiveFromHelp")} />
        </ActionForm>
      </section>
      {addKinds.length > 0 && (
        <section aria-labelledby="add-unit" className="max-w-2xl rounded-lg bg-white p-5 shadow-sm">
          <h2 id="add-unit" className="mb-3 text-xl font-semibold">{t("addTitle", { name: unit.name })}</h2>
          <ActionForm action={add} submitLabel={t("add")} successMessage={t("added")}>
            <input type="hidden" name="parentId" value={unit.id} />
            <UnitFields kinds={addKinds} values={{ code: "", name: "", nameEn: "", kind: addKinds.at(-1)!.value }} labels={t} />
            <TypeField types={types} value={null} labels={t} />
            <TextField name="validFrom" type="date" label={t("validFrom")} defaultValue={today} />
          </ActionForm>
        </section>
      )}
    </div>
  );
}

function UnitFields({ kinds, values, labels: t }: {
  kinds: { value: string; label: string }[]; values: Pick<Unit, "code" | "name" | "nameEn" | "kind">; labels: (key: string) => string;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="name" label={t("name")} defaultValue={values.name} required />
      <TextField name="nameEn" label={t("nameEn")} defaultValue={values.nameEn ?? ""} />
      <TextField name="code" label={t("code")} defaultValue={values.code} required />
      <SelectField name="kind" label={t("kind")} options={kinds} defaultValue={values.kind} />
    </div>
  );
}

/** Biểu 5's type of grassroots ("" is none). */
function TypeField({ types, value, labels: t }: { types: { value: string; label: string }[]; value: string | null; labels: (key: string) => string }) {
  return (
    <div>
      <SelectField name="grassrootsType" label={t("grassrootsType")} options={types} defaultValue={value ?? ""} />
      <p className="text-sm text-stone-600">{t("grassrootsTypeHelp")}</p>
    </div>
  );
}
