import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { NoticeList } from "@/components/notifications/notice-list";
import { requireViewer } from "@/lib/auth/session";
import { sql } from "@/lib/db";
import { getUiLocale } from "@/lib/i18n/server";
import { INBOX_PAGE_SIZE, listNotices, unreadCount } from "@/lib/notifications/queries";
import { markAllNoticesRead } from "./actions";

const paramsSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  unread: z.literal("1").optional().catch(undefined),
});

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const { page, unread } = paramsSchema.parse(await searchParams);
  const [t, locale, notices, unreadTotal] = await Promise.all([
    getTranslations("inbox"), getUiLocale(), listNotices(sql, viewer, { unreadOnly: unread === "1", page }), unreadCount(sql, viewer),
  ]);
  const link = (p: number) => `/inbox?page=${p}${unread ? "&unread=1" : ""}`;
  return (
    <div className="space-y-4">
      <section className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        <div className="flex flex-wrap items-center gap-4">
          <Link href={unread ? "/inbox" : "/inbox?unread=1"} className="text-blue-800 underline">{unread ? t("all") : t("unreadOnly")}</Link>
          {unreadTotal > 0 && <ActionForm action={markAllNoticesRead} submitLabel={t("markAllRead")} variant="secondary">{null}</ActionForm>}
        </div>
      </section>
      {notices.length === 0 ? <p className="rounded-lg bg-white p-5 shadow-sm">{t("empty")}</p> : <NoticeList notices={notices} locale={locale} />}
      <nav className="flex gap-4" aria-label={t("page", { page })}>
        {page > 1 && <Link href={link(page - 1)} className="text-blue-800 underline">{t("newer")}</Link>}
        {notices.length === INBOX_PAGE_SIZE && <Link href={link(page + 1)} className="text-blue-800 underline">{t("older")}</Link>}
      </nav>
    </div>
  );
}
