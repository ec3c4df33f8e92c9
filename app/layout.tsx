import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { getViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { clientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";
import { getUiLocale } from "@/lib/i18n/server";
import { InboxBell } from "@/components/notifications/inbox-bell";

export const metadata: Metadata = { title: "Chỉ tiêu", description: "Theo dõi thực hiện chỉ tiêu Nghị quyết Đại hội" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getUiLocale();
  const [t, tAuth, viewer] = await Promise.all([getTranslations("app"), getTranslations("auth"), getViewer()]);
  const link = "rounded px-2 py-1 hover:bg-party-dark";
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:text-black">
          {t("skipToContent")}
        </a>
        <header className="bg-party text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <Link href="/" className="text-xl font-bold tracking-tight">{t("name")}</Link>
              <p className="text-sm text-red-100">{t("tagline")}</p>
            </div>
            <nav className="flex flex-wrap items-center gap-2" aria-label={t("nav.label")}>
              {viewer?.mustChangePassword && (
                <>
                  <Link href="/account" className={link} title={viewer.displayName}>{viewer.username}</Link>
                  <SignOutButton label={tAuth("signOut")} />
                </>
              )}
              {viewer && !viewer.mustChangePassword && (
                <>
                  <Link href="/dashboard" className={link}>{t("nav.dashboard")}</Link>
                  {can(viewer.role, "figure.enter") && <Link href="/figures" className={link}>{t("nav.entry")}</Link>}
                  {can(viewer.role, "figure.approve") && <Link href="/figures/review" className={link}>{t("nav.review")}</Link>}
                  <Link href="/committees" className={link}>{t("nav.committees")}</Link>
                  <Link href="/resolutions" className={link}>{t("nav.resolutions")}</Link>
                  <Link href="/audit" className={link}>{t("nav.audit")}</Link>
                  {can(viewer.role, "account.manage") && <Link href="/admin/accounts" className={link}>{t("nav.admin")}</Link>}
                  {can(viewer.role, "account.manage") && <Link href="/admin/tokens" className={link}>{t("nav.tokens")}</Link>}
                  {can(viewer.role, "target.manage") && <Link href="/admin/terms" className={link}>{t("nav.terms")}</Link>}
                  {can(viewer.role, "committee.manage") && <Link href="/admin/calendar" className={link}>{t("nav.calendar")}</Link>}
                  {can(viewer.role, "target.manage") && <Link href="/admin/catalogue" className={link}>{t("nav.catalogue")}</Link>}
                  {can(viewer.role, "committee.manage") && <Link href="/admin/restructure" className={link}>{t("nav.restructure")}</Link>}
                  <InboxBell viewer={viewer} className={link} />
                  <Link href="/account" className={link} title={viewer.displayName}>{viewer.username}</Link>
                  <SignOutButton label={tAuth("signOut")} />
                </>
              )}
              <LanguageSwitch current={locale} label={t("language")} />
            </nav>
          </div>
        </header>
        <NextIntlClientProvider messages={clientMessages(await getMessages())}>
          <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
