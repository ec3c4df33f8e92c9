import { getTranslations } from "next-intl/server";
import { ActionForm, TextField } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { requirePermission } from "@/lib/auth/session";
import { getTermsWithCounts } from "@/lib/targets/queries";
import { TermEdit } from "@/components/targets/term-edit";
import { createTerm, deleteTerm, setCurrentTerm, updateTerm } from "./actions";

export default async function TermsPage() {
  await requirePermission("target.manage");
  const [terms, t] = await Promise.all([getTermsWithCounts(), getTranslations("resolutions.terms")]);
  const labels = { edit: t("edit"), save: t("save"), delete: t("delete"), startYear: t("startYear"), endYear: t("endYear") };
  return (
    <section className="space-y-4">
      <div className="rounded-lg bg-white p-5 shadow-sm">
        <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
        <DataTable rows={terms} rowKey={(term) => term.id} columns={[
          { key: "name", header: t("name"), cellClassName: "font-medium", cell: (term) => term.name },
          { key: "resolutions", header: t("resolutions"), cell: (term) => term._count.resolutions },
          { key: "current", header: t("isCurrent"), cell: (term) => (term.isCurrent ? <strong>{t("current")}</strong> : (
            <ActionForm action={setCurrentTerm} submitLabel={t("makeCurrent")} variant="secondary">
              <input type="hidden" name="id" value={term.id} />
            </ActionForm>
          )) },
          { key: "edit", header: t("change"), cell: (term) => (term._count.resolutions > 0 ? t("inUse")
            : <TermEdit term={term} labels={labels} update={updateTerm} remove={deleteTerm} />) },
        ]} />
      </div>
      <div className="max-w-2xl rounded-lg bg-white p-5 shadow-sm">
        <h2 className="mb-3 text-xl font-semibold">{t("create")}</h2>
        <ActionForm action={createTerm} submitLabel={t("create")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="startYear" label={t("startYear")} inputMode="numeric" />
            <TextField name="endYear" label={t("endYear")} inputMode="numeric" />
          </div>
          <label className="flex items-center gap-2"><input type="checkbox" name="isCurrent" className="h-5 w-5" /> {t("isCurrent")}</label>
        </ActionForm>
      </div>
    </section>
  );
}
