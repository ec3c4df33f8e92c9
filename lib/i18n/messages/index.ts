// All messages, per locale. Each feature may keep its own file (feature.vi.json / feature.en.json) with its own
// top-level namespaces; list it here once.
import type { Locale } from "../locales";
import accountsEn from "./accounts.en.json";
import accountsVi from "./accounts.vi.json";
import dashboardEn from "./dashboard.en.json";
import dashboardVi from "./dashboard.vi.json";
import en from "./en.json";
import figuresEn from "./figures.en.json";
import figuresVi from "./figures.vi.json";
import importsEn from "./imports.en.json";
import inboxEn from "./inbox.en.json";
import inboxVi from "./inbox.vi.json";
import importsVi from "./imports.vi.json";
import reportsEn from "./reports.en.json";
import reportsVi from "./reports.vi.json";
import restructureEn from "./restructure.en.json";
import restructureVi from "./restructure.vi.json";
import targetsEn from "./targets.en.json";
import targetsVi from "./targets.vi.json";
import treeImportEn from "./tree-import.en.json";
import treeImportVi from "./tree-import.vi.json";
import vi from "./vi.json";

// The restructuring engine's refusals read in every form as well (adding or editing a unit runs the engine).
export const MESSAGES: Record<Locale, Record<string, unknown>> = {
  vi: { ...vi, ...accountsVi, ...dashboardVi, ...figuresVi, ...importsVi, ...inboxVi, ...reportsVi, ...restructureVi, ...targetsVi, ...treeImportVi, errors: { ...vi.errors, ...restructureVi.restructureErrors } },
  en: { ...en, ...accountsEn, ...dashboardEn, ...figuresEn, ...importsEn, ...inboxEn, ...reportsEn, ...restructureEn, ...targetsEn, ...treeImportEn, errors: { ...en.errors, ...restructureEn.restructureErrors } },
};
