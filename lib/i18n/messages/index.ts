// All messages, per locale. Each feature may keep its own file (feature.vi.json / feature.en.json) with its own
// top-level namespaces; list it here once.
import type { Locale } from "../locales";
import en from "./en.json";
import vi from "./vi.json";

export const MESSAGES: Record<Locale, Record<string, unknown>> = {
  vi: { ...vi },
  en: { ...en },
};
