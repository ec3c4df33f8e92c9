// Pure: the mid-term or term-end review of one committee's resolution as one model, built from the very
// dashboard data (getDashboard: the stored rollups and the progress engine), so every number in the Word,
// Excel and PDF files is the number the dashboard shows.
import type { ReportingRate } from "@/lib/figures/reporting-rate";
import type { Evaluation } from "@/lib/dashboard/evaluate";
import type { TargetDef } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { summarizeTargets, summarySentence, type TermSpan } from "@/lib/progress";
import { completenessParagraphs } from "./data-basis";
import { documentDateParts, issuerTitle, issuingBody, placeOf, superiorTitle, type CommitteeName } from "./issuer";
import { reportWords } from "./messages";
import { resultRow, titleOf, yearFigures, type RowContext } from "./rows";
import { targetNote } from "./target-notes";
import type { ReportModel, ReviewKind, TaskItem } from "./types";

/** What the report needs of a dashboard (getDashboard's result fits it). */
export interface ReportSource {
  committee: CommitteeName & { code: string };
  term: TermSpan & { name: string };
  resolution: { title: string; number: string | null; adoptedOn: Date | null };
  targets: TargetDef[];
  evaluations: Map<number, Evaluation>;
  reviewYear: number;
}

export interface ReportOptions {
  locale: Locale;
  kind: ReviewKind;
  issuedOn: Date;
  /** The committee's parent (the superior body of the heading) and its province (the place of the date line). */
  parent: CommitteeName | null;
  province: CommitteeName | null;
  /** The document's number and the signer's name, typed before the download; blank ones are left for the pen. */
  details?: { number: string; signer: string };
  /** The review year's reporting rate, stated in the data section ("15/17 đơn vị nộp đúng hạn"). */
  reporting?: ReportingRate | null;
}

/** Term end once the review year reaches the term's last year; before that, a mid-term review. */
export function reviewKindFor(term: TermSpan, reviewYear: number): ReviewKind {
  return reviewYear >= term.endYear ? "TERM_END" : "MID_TERM";
}

export function buildReportModel(source: ReportSource, options: ReportOptions): ReportModel {
  const { committee, term, resolution, reviewYear } = source;
  const { locale, kind, parent } = options;
  const words = reportWords(locale);
  const { t } = words;
  const context: RowContext = { locale, words, term, reviewYear };
  const evaluationOf = (target: TargetDef) => source.evaluations.get(target.id)!;
  const targets = source.targets.filter((x) => x.category === "TARGET");
  const tasks = source.targets.filter((x) => x.category !== "TARGET");
  const body = issuingBody(committee);
  const committeeName = locale === "en" && committee.nameEn ? committee.nameEn : committee.name;
  const date = documentDateParts(options.issuedOn, locale);
  const place = placeOf(options.province, locale);
  const reference = resolution.number
    ? ` (${resolution.adoptedOn ? t("reference", { number: resolution.number, date: dayMonthYear(resolution.adoptedOn, locale, "UTC") }) : t("referenceNumber", { number: resolution.number })})`
    : "";

  return {
    locale,
    kind,
    fileBase: t("fileName", { kind, code: committee.code.replace(/[^A-Za-z0-9-]+/g, "-"), year: reviewYear }),
    committeeName,
    header: {
      superior: superiorTitle(parent, locale),
      issuer: issuerTitle(committee, locale),
      party: t("party"),
      number: t("number", { symbol: body.symbol, number: options.details?.number.trim() || "     " }),
      placeDate: place ? t("placeDate", { place, ...date }) : t("date", date),
    },
    title: t("title"),
    subtitle: t("subtitle", { kind, title: resolution.title, term: term.name }),
    intro: t("intro", {
      year: reviewYear,
      issuer: locale === "en" ? committeeName : body.name,
      kind: t("kind", { kind }),
      term: term.name,
      reference,
    }),
    summary: summarySentence(summarizeTargets(targets.map((x) => evaluationOf(x).progress)), locale),
    sections: { results: t("sections.results"), notes: t("sections.notes"), tasks: t("sections.tasks"), data: t("sections.data") },
    tableCaption: t("tableCaption", { year: reviewYear }),
    columns: {
      no: t("columns.no"), target: t("columns.target"), plan: t("columns.plan"), result: t("columns.result", { year: reviewYear }),
      percent: t("columns.percent"), status: t("columns.status"), note: t("columns.note"),
    },
    rows: targets.map((x) => resultRow(x, evaluationOf(x), context)),
    resultsSheet: t("sheets.results"),
    notes: targets.flatMap((x) => targetNote(x, evaluationOf(x), context) ?? []),
    notesEmpty: t("notesEmpty"),
    tasks: tasks.map((x) => taskItem(x, evaluationOf(x), context)),
    tasksEmpty: t("tasksEmpty"),
    completeness: completenessParagraphs(targets, source.evaluations, { ...context, committeeName, issuedOnText: dayMonthYear(options.issuedOn, locale, "Asia/Ho_Chi_Minh"), reporting: options.reporting ?? null }),
    yearly: {
      sheet: t("sheets.yearly"),
      columns: ["no", "target", "unit", "year", "value", "expected", "met", "reporting", "expectedUnits"].map((c) => t(`yearly.${c}`)),
      rows: targets.flatMap((x) => yearFigures(x, evaluationOf(x), context)),
    },
    signature: {
      recipientsTitle: t("signature.recipients"),
      recipients: [
        ...(parent ? [t("signature.toSuperior", { superior: locale === "en" && parent.nameEn ? parent.nameEn : issuingBody(parent).name })] : []),
        t("signature.units"),
        t("signature.archive"),
      ],
      onBehalf: t("signature.onBehalf", { body: locale === "en" ? body.signsAsEn : body.signsAs }),
      signer: t("signature.signer"),
      name: options.details?.signer.trim() || null,
    },
  };
}

function taskItem(task: TargetDef, evaluation: Evaluation, context: RowContext): TaskItem {
  const { words, locale, reviewYear } = context;
  const assessment = task.assessments.filter((a) => a.year <= reviewYear).sort((a, b) => b.year - a.year)[0];
  return {
    heading: words.t("task.heading", { category: words.t(`task.${task.category}`), no: task.position, title: titleOf(task, locale) }),
    status: words.status(evaluation.progress.status),
    assessment: assessment ? words.t("task.assessment", { year: assessment.year, note: assessment.note }) : words.t("task.notAssessed"),
  };
}

/** 12/06/2020 (vi) or 12 Jun 2020 (en); calendar dates are stored at UTC midnight, moments are read in Vietnam. */
function dayMonthYear(date: Date, locale: Locale, timeZone: string): string {
  const format = locale === "en"
    ? new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone })
    : new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone });
  return format.format(date);
}
