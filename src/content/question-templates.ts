/**
 * The words of the questions a reader can add to their list (data/<locale>/ui-questions.json, under `questions`):
 * one template per kind of question, filled with an entry's name. Light on purpose: it reads only the labels, never
 * the drugs, treatments or diet, so a widget that builds a question from the name it already shows (the drug card's
 * "Add to my questions") carries no other content. `questionText` in ./questions.ts says a saved question again in
 * any locale, from the content. Questions only: they state no medical fact.
 */
import questionsEn from '../../data/en/ui-questions.json';
import { dataFor, type Locale } from './locale-data.js';
import type { QuestionKind } from '../shared/questions-store.js';

/** The labels of `<net-questions>` and the question templates. */
export type QuestionLabels = typeof questionsEn;

/** The labels and templates in `locale` (English while that locale is not loaded). */
export function questionLabels(locale: Locale): QuestionLabels {
  return dataFor<QuestionLabels>(locale, 'ui-questions') ?? questionsEn;
}

/**
 * The drug card's sections that a `gap` question can be about (its `part`), by their names in the content format
 * (data/en/drugs.json): the drug class, what it is, how it is given, what it is used for, the common, serious and other
 * side effects, what to do about them, and tips. In the bundled content the sources are silent on how many drugs are
 * given (howGiven), and on their common or serious side effects and what to do (common, serious, whatToDo).
 */
export const GAP_PARTS = ['drugClass', 'about', 'howGiven', 'uses', 'common', 'serious', 'other', 'whatToDo', 'tips'] as const;

export type GapPart = (typeof GAP_PARTS)[number];

/** The ids of the general questions, in the order shown ("options", "benefits-risks", "wait", ...). */
export const GENERAL_QUESTION_IDS = Object.keys(questionsEn.questions.general) as readonly GeneralQuestionId[];

export type GeneralQuestionId = keyof QuestionLabels['questions']['general'];

/** One question of the general list. */
export interface GeneralQuestion {
  readonly id: GeneralQuestionId;
  /** Its key in the list: `general:<id>`. */
  readonly key: string;
  readonly text: string;
}

/** The general list in `locale`: questions anyone may ask about their treatment, stating no medical fact. */
export function generalQuestions(locale: Locale): readonly GeneralQuestion[] {
  const general = questionLabels(locale).questions.general;
  return GENERAL_QUESTION_IDS.map((id) => ({ id, key: `general:${id}`, text: general[id] }));
}

export const isGapPart = (part: unknown): part is GapPart => typeof part === 'string' && (GAP_PARTS as readonly string[]).includes(part);

export const isGeneralId = (id: unknown): id is GeneralQuestionId => typeof id === 'string' && (GENERAL_QUESTION_IDS as readonly string[]).includes(id);

/**
 * A name as it reads inside a sentence: its first letter in lower case ("Everolimus" -> "everolimus", "Mouth sores" ->
 * "mouth sores", "Œufs" -> "œufs"), unless its first word is an abbreviation or has a capital inside (CAPTEM, mTOR,
 * T-cell, PRRT, 5-FU), which stay as written.
 */
export function inSentence(name: string): string {
  const first = name.split(/\s/, 1)[0] ?? '';
  const second = first.charAt(1);
  const isLowerLetter = second !== '' && second === second.toLowerCase() && second !== second.toUpperCase();
  if (!isLowerLetter || /\p{Lu}/u.test(first.slice(1))) return name;
  return first.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * The question of `kind` about the entry named `name` (as the page shows it), in `locale`: `{name}` in a template is the
 * name inside a sentence (see `inSentence`), `{Name}` the name as shown (a template that starts with it). `part` is the
 * gap's section for `gap` questions. Null when there is no such template (an unknown part, a general or own question).
 *
 * "How will everolimus be given to me, and how often?" (gap, howGiven), "Mouth sores: what should I do if this happens
 * to me?" (side-effect), "Could surgery be an option for me?" (option), "Is it OK for me to have cheese?" (food).
 */
export function questionWords(kind: QuestionKind, name: string, locale: Locale, part?: string): string | null {
  const templates = questionLabels(locale).questions;
  let template: string | undefined;
  if (kind === 'gap') template = isGapPart(part) ? templates.gap[part] : undefined;
  else if (kind === 'side-effect') template = templates.sideEffect;
  else if (kind === 'option') template = templates.option;
  else if (kind === 'food') template = templates.food;
  if (template === undefined || typeof name !== 'string' || name.trim() === '') return null;
  const shown = name.trim();
  return template.replace(/\{(name|Name)\}/g, (_, which: string) => (which === 'Name' ? shown : inSentence(shown)));
}
