// The header's bell: a link to the inbox with the account's unread count (read on each page, one indexed count).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/session";
import { sql } from "@/lib/db";
import { unreadCount } from "@/lib/notifications/queries";

export async function InboxBell({ viewer, className }: { viewer: Viewer; className: string }) {
  const [t, count] = await Promise.all([getTranslations("inbox"), unreadCount(sql, viewer)]);
  const label = count > 0 ? t("bellUnread", { count }) : t("bell");
  return (
    <Link href="/inbox" className={`${className} inline-flex items-center gap-1`} aria-label={label} title={label}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" /><path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {count > 0 && <span className="rounded-full bg-amber-300 px-1.5 text-xs font-bold text-stone-900">{count > 99 ? "99+" : count}</span>}
    </Link>
  );
}
