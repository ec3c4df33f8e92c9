import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import "./globals.css";

export const metadata: Metadata = { title: "Chỉ tiêu", description: "Theo dõi thực hiện chỉ tiêu Nghị quyết Đại hội" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const t = await getTranslations("app");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <header className="bg-party text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <Link href="/" className="text-xl font-bold tracking-tight">{t("name")}</Link>
              <p className="text-sm text-red-100">{t("tagline")}</p>
            </div>
            <nav className="flex items-center gap-4" aria-label="main">
              <Link href="/committees" className="rounded px-2 py-1 hover:bg-party-dark">{t("nav.committees")}</Link>
              <LanguageSwitch current={locale} label={t("language")} />
            </nav>
          </div>
        </header>
        <NextIntlClientProvider>
          <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
