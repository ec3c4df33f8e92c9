import { setLocale } from "@/app/actions";
import type { Locale } from "@/lib/i18n/locales";

const LABELS: Record<Locale, string> = { vi: "Tiếng Việt", en: "English" };

/** Two submit buttons, so switching works with the keyboard and without JavaScript. */
export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  return (
    <form action={setLocale} aria-label={label} className="flex gap-1 text-sm">
      {(Object.keys(LABELS) as Locale[]).map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          aria-pressed={locale === current}
          lang={locale}
          className={`rounded px-2 py-1 ${locale === current ? "bg-white text-party-dark font-semibold" : "text-white hover:bg-party-dark"}`}
        >
          {LABELS[locale]}
        </button>
      ))}
    </form>
  );
}
