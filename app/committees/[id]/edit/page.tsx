import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UnitForms } from "@/components/committees/unit-forms";
import { requirePermission } from "@/lib/auth/session";
import { GRASSROOTS_TYPES } from "@/lib/committees/grassroots-types";
import { COMMITTEE_KINDS, kindsUnder } from "@/lib/committees/kinds";
import { getCommittee } from "@/lib/committees/queries";
import { todayInVietnam } from "@/lib/committees/restructure/execute";
import { idParamSchema } from "@/lib/committees/schema";
import { getCommitteeChoices } from "@/lib/committees/search";
import { addUnit, editUnit } from "./actions";

export default async function EditUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("committee.manage");
  const parsed = idParamSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const unit = await getCommittee(viewer.scopeCommitteeId, parsed.data);
  if (!unit || unit.validTo) notFound();
  const [tKind, tType, tForm, choices] = await Promise.all([
    getTranslations("committeeKind"), getTranslations("grassrootsType"), getTranslations("committees.unitForm"), getCommitteeChoices(viewer.scopeCommitteeId, unit.id, unit.parentId ?? unit.id),
  ]);
  const kinds = COMMITTEE_KINDS.map((k) => ({ value: k, label: tKind(k) }));
  const addKinds = kindsUnder(unit.kind).map((k) => ({ value: k, label: tKind(k) }));
  const types = [{ value: "", label: tForm("grassrootsTypeNone") }, ...GRASSROOTS_TYPES.map((g) => ({ value: g, label: tType(g) }))];
  return <UnitForms unit={unit} kinds={kinds} addKinds={addKinds} types={types} choices={choices} today={todayInVietnam()} edit={editUnit} add={addUnit} />;
}
