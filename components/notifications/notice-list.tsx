// The inbox's list: each notice as one sentence, a link to where to act on it, unread ones marked and each with its
// "mark as read" button.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { markNoticeRead } from "@/app/inbox/actions";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Notice } from "@/lib/notifications/queries";
import { noticeHref, noticeSentence } from "@/lib/notifications/text";
import type { Translate } from "@/lib/i18n/translator";

export async function NoticeList({ notices, locale }: { notices: Notice[]; locale: Locale }) {
  const t = await getTranslations("inbox");
  return (
    <ul className="divide-y divide-stone-200 rounded-lg bg-white shadow-sm">
      {notices.map((n) => (
          <li key={n.id} className={`flex flex-wrap items-start justify-between gap-3 p-4 ${n.read ? "" : "border-l-4 border-party bg-red-50/40"}`}>
            <div className="min-w-0 flex-1 space-y-1">
              <p className={n.read ? "" : "font-semibold"}>
                {!n.read && <span className="sr-only">{t("unread")}: </span>}
                <Link href={noticeHref(n)} className="underline decoration-stone-400 hover:decoration-party">
                  {noticeSentence(n, locale, t as unknown as Translate)}
                </Link>
              </p>
              {n.comment && <p className="text-stone-800">{t("comment", { comment: n.comment })}</p>}
              <p className="text-sm text-stone-600">{formatDateTime(n.createdAt, locale)}</p>
            </div>
            {!n.read && (
              <ActionForm action={markNoticeRead} submitLabel={t("markRead")} variant="secondary">
                <input type="hidden" name="id" value={n.id} />
              </ActionForm>
            )}
          </li>
      ))}
    </ul>
  );
}
