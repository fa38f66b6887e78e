/**
 * What `<net-questions>` shows, as a pure function of its inputs and the content: the reader's questions grouped by
 * the entry they came from (in the reader's order), each in the page's language and, for the printout, in the
 * clinic's; the general list; how long the list is kept; the entries the questions came from, with their review dates.
 * No DOM, no Lit.
 */
import { dataFor, isLocaleReady, type Locale } from '../content/locale-data.js';
import {
  generalQuestions,
  questionEntry,
  questionLabels,
  questionText,
  questionTextIn,
  type QuestionEntry,
  type QuestionLabels,
} from '../content/questions.js';
import { commonLabels, format, type CommonLabels } from '../shared/i18n.js';
import type { Problem } from '../shared/problem.js';
import { MAX_QUESTIONS, type RememberMode, type SavedQuestion } from '../shared/questions-store.js';

export type { QuestionLabels };

/** The values `clinic-lang` takes: the page's language (empty), or a locale the content is written in. */
export const CLINIC_LANGS = ['', 'en', 'fr', 'es'] as const;
export type ClinicLang = (typeof CLINIC_LANGS)[number];

/** What the widget reads from its attributes, properties and page (see `NetElement.readInputs`). */
export interface QuestionsInputs {
  remember: RememberMode;
  clinicLang: ClinicLang;
  /** The page's list (the store's array: a new one after each change). */
  questions: readonly SavedQuestion[];
  /** True when `remember` asked for a storage that this browser refused. */
  storageFailed: boolean;
  /** True when the clinic's locale cannot be had in this file (a CDN file without it). */
  clinicMissing: boolean;
  /** Shows the printout on screen (`print-preview`). */
  preview: boolean;
  /** The locales loaded now (say "en,fr"): the view is computed again when one more loads. */
  loaded: string;
}

/** One question as the list shows it. */
export interface QuestionItem {
  readonly key: string;
  readonly kind: SavedQuestion['kind'];
  /** Its number in the list as shown, from 1. */
  readonly number: number;
  /** Its words in the page's language. */
  readonly text: string;
  /** Its words in the clinic's language, for the printout (null without a clinic language). */
  readonly clinicText: string | null;
  /** True when the clinic's words are the reader's own, or the words as added: not translated. */
  readonly notTranslated: boolean;
  /** The keys of the questions before and after it in its group (where Move up and Move down take it), if any. */
  readonly before: string | null;
  readonly after: string | null;
}

/** The questions from one entry (a medicine, an option, a food), the general ones, or the reader's own. */
export interface QuestionGroup {
  readonly id: string;
  readonly heading: string;
  readonly items: readonly QuestionItem[];
}

/** The clinic's language, for a printout in two languages. */
export interface ClinicView {
  readonly locale: Locale;
  readonly labels: QuestionLabels;
  readonly common: CommonLabels;
}

export interface QuestionsView {
  readonly problem: null;
  readonly warnings: readonly Problem[];
  readonly locale: Locale;
  readonly labels: QuestionLabels;
  readonly common: CommonLabels;
  readonly groups: readonly QuestionGroup[];
  /** Every question in the order shown (the groups' items, one after another). */
  readonly items: readonly QuestionItem[];
  readonly count: number;
  readonly full: boolean;
  /** The general list, each with whether it is in the list already. */
  readonly general: readonly { readonly key: string; readonly id: string; readonly text: string; readonly added: boolean }[];
  /** How long the list is kept, in words. */
  readonly kept: string;
  /** The clinic's language when it differs from the page's and is loaded; null otherwise. */
  readonly clinic: ClinicView | null;
  /** The entries the questions came from, each once, in the order of their first question, in the page's language. */
  readonly entries: readonly QuestionEntry[];
  /** The same entries by the day they were last reviewed (most share one), in the order of their first question. */
  readonly reviewed: readonly { readonly date: string; readonly names: readonly string[] }[];
  readonly preview: boolean;
}

/** The group a question goes in: its entry, the general list, the reader's own, or other (an entry we do not have). */
function groupOf(q: SavedQuestion, entry: QuestionEntry | null): string {
  if (q.kind === 'general') return 'general';
  if (q.kind === 'own') return 'own';
  return entry ? `${entry.kind}:${entry.id}` : 'other';
}

function groupHeading(id: string, entry: QuestionEntry | null, q: SavedQuestion, labels: QuestionLabels): string {
  if (id === 'general') return labels.generalGroup;
  if (id === 'own') return labels.ownGroup;
  if (!entry) return labels.otherGroup;
  const kind = q.kind === 'side-effect' ? 'gap' : q.kind;
  return format(labels.groupHeading, { name: entry.name, kind: labels.kinds[kind as keyof QuestionLabels['kinds']] ?? '' });
}

function keptText(inputs: QuestionsInputs, labels: QuestionLabels): string {
  if (inputs.remember === '') return labels.keptMemory;
  if (inputs.storageFailed) return labels.keptFailed;
  return inputs.remember === 'session' ? labels.keptSession : labels.keptDevice;
}

/** The clinic's locale when it is set, differs from the page's, and is loaded. */
function clinicOf(inputs: QuestionsInputs, locale: Locale): ClinicView | null {
  const wanted = inputs.clinicLang;
  if (wanted === '' || wanted === locale || !isLocaleReady(wanted)) return null;
  return { locale: wanted, labels: questionLabels(wanted), common: dataFor<CommonLabels>(wanted, 'ui-common') ?? commonLabels(wanted) };
}

/** Entries grouped by their review date, each date once, in the order of its first entry. */
function byReviewDate(entries: readonly QuestionEntry[]): { date: string; names: string[] }[] {
  const dates = new Map<string, string[]>();
  for (const e of entries) {
    const names = dates.get(e.reviewed) ?? [];
    names.push(e.name);
    dates.set(e.reviewed, names);
  }
  return [...dates].map(([date, names]) => ({ date, names }));
}

export function questionsView(inputs: QuestionsInputs, locale: Locale = 'en'): QuestionsView {
  const labels = questionLabels(locale);
  const common = commonLabels(locale);
  const clinic = clinicOf(inputs, locale);
  const warnings: Problem[] = [];
  if (inputs.clinicMissing && inputs.clinicLang !== '') {
    warnings.push({
      code: 'clinic-lang-not-loaded',
      message: `clinic-lang="${inputs.clinicLang}": this file has no "${inputs.clinicLang}" content, so the questions print in the page's language only.`,
      details: [`Load net-widgets.${inputs.clinicLang}.js, or the npm build, which loads it.`],
    });
  }

  // Groups in the order of their first question; questions in the reader's order within each.
  const groups = new Map<string, { heading: string; questions: SavedQuestion[] }>();
  const entries = new Map<string, QuestionEntry>();
  for (const q of inputs.questions) {
    const entry = questionEntry(q, locale);
    const id = groupOf(q, entry);
    if (entry && !entries.has(id)) entries.set(id, entry);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { heading: groupHeading(id, entry, q, labels), questions: [] }));
    group.questions.push(q);
  }

  let number = 0;
  const shown: QuestionGroup[] = [...groups].map(([id, group]) => ({
    id,
    heading: group.heading,
    items: group.questions.map((q, i) => {
      number += 1;
      const clinicWords = clinic ? questionTextIn(q, clinic.locale) : null;
      return {
        key: q.key,
        kind: q.kind,
        number,
        text: questionText(q, locale),
        clinicText: clinic ? (q.kind === 'own' ? q.text : (clinicWords ?? q.text)) : null,
        notTranslated: clinic !== null && (q.kind === 'own' || clinicWords === null),
        before: group.questions[i - 1]?.key ?? null,
        after: group.questions[i + 1]?.key ?? null,
      };
    }),
  }));

  const inList = new Set(inputs.questions.map((q) => q.key));
  return {
    problem: null,
    warnings,
    locale,
    labels,
    common,
    groups: shown,
    items: shown.flatMap((g) => g.items),
    count: inputs.questions.length,
    full: inputs.questions.length >= MAX_QUESTIONS,
    general: generalQuestions(locale).map((g) => ({ key: g.key, id: g.id, text: g.text, added: inList.has(g.key) })),
    kept: keptText(inputs, labels),
    clinic,
    entries: [...entries.values()],
    reviewed: byReviewDate([...entries.values()]),
    preview: inputs.preview,
  };
}
