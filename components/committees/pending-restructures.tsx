import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/auth/action";
import type { PendingRestructure } from "@/lib/committees/restructure/schedule";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** Restructurings adopted ahead of their date: what each will do and when, who scheduled it, and a way to cancel. */
export async function PendingRestructures({ items, locale, cancel }: {
  items: PendingRestructure[];
  locale: Locale;
  cancel: (previous: unknown, form: FormData) => Promise<ActionResult<{ id: number }>>;
}) {
  const t = await getTranslations("restructure");
  const describe = ({ operation: op, names }: PendingRestructure) => {
    const name = (id: number) => names[String(id)] ?? `#${id}`;
    switch (op.op) {
      case "move": return `${name(op.committeeId)} ${t("under", { unit: name(op.parentId) })}`;
      case "merge": return `${op.sourceIds.map(name).join(", ")} ${t("into", { unit: op.intoId ? name(op.intoId) : op.newUnit?.name ?? "" })}`;
      case "rename": return `${name(op.committeeId)} ${t("renameTo", { name: op.name })}`;
      case "split": return `${name(op.committeeId)} → ${op.newUnits.map((u) => u.name).join(", ")}`;
      case "dissolve": return name(op.committeeId);
    }
  };
  return (
    <section aria-labelledby="pending-title" className="mt-6 space-y-3" data-testid="pending-restructures">
      <h2 id="pending-title" className="text-xl font-semibold">{t("pendingTitle")}</h2>
      {items.length === 0 ? <p className="text-stone-600">{t("pendingEmpty")}</p> : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded border border-amber-300 bg-amber-50 p-3">
              <p className="font-medium">
                {t("pendingItem", { operation: t(`op.${item.operation.op}`), units: describe(item), date: formatDate(new Date(`${item.effectiveFrom}T00:00:00Z`), locale) })}
              </p>
              {item.createdBy && <p className="text-sm text-stone-600">{t("pendingBy", { name: item.createdBy, at: formatDateTime(item.createdAt, locale) })}</p>}
              <ActionForm action={cancel} submitLabel={t("pendingCancel")} variant="danger" successMessage={t("pendingCancelled")}>
                <input type="hidden" name="id" value={item.id} />
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
