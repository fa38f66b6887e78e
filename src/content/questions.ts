/**
 * A saved question in any locale, from the bundled content: a printout shows each question in the reader's language
 * and, beside it, in the clinic's. A question made from an entry is built again from its template
 * (./question-templates.ts) and the entry's name in that locale (the drug, treatment option or food); a side effect is
 * found on the drug card in the language it was added in, and taken from the same place in the other. A question the
 * reader wrote stays as written. Nothing here knows about Lit.
 */
import { dietEntry, drugEntries, optionEntries, type DrugEntry, type EffectWords } from './question-entries.js';
import { isLocaleReady, LOCALES, type Locale } from './locale-data.js';
import { pickLocale } from '../shared/lang.js';
import type { SavedQuestion } from '../shared/questions-store.js';
import { isGeneralId, questionLabels, questionWords } from './question-templates.js';

export {
  GAP_PARTS,
  GENERAL_QUESTION_IDS,
  generalQuestions,
  inSentence,
  questionLabels,
  questionWords,
  type GapPart,
  type GeneralQuestion,
  type GeneralQuestionId,
  type QuestionLabels,
} from './question-templates.js';

/** The locale a question was added in ('fr-CA' -> 'fr'; anything unknown -> 'en'). */
export function questionLocale(q: SavedQuestion): Locale {
  return pickLocale(typeof q.lang === 'string' ? q.lang : 'en', LOCALES);
}

/** The entry a question came from, in one locale: its name and review dates. */
export interface QuestionEntry {
  readonly kind: 'drug' | 'option' | 'food';
  readonly id: string;
  readonly name: string;
  /** When the entry (for a food: the diet guide) was last reviewed, and is next due. */
  readonly reviewed: string;
  readonly nextReview: string;
}

/** The bundled entry a question came from, in `locale`, or null (a general or own question, an unknown id, a locale not loaded). */
export function questionEntry(q: SavedQuestion, locale: Locale): QuestionEntry | null {
  if (!isLocaleReady(locale) || typeof q.entryId !== 'string') return null;
  const id = q.entryId;
  switch (q.kind) {
    case 'gap':
    case 'side-effect': {
      const drug = drugEntries(locale)?.find((d) => d.id === id);
      return drug ? { kind: 'drug', id, name: drug.name, reviewed: drug.reviewed, nextReview: drug.nextReview } : null;
    }
    case 'option': {
      const option = optionEntries(locale)?.find((t) => t.id === id);
      return option ? { kind: 'option', id, name: option.name, reviewed: option.reviewed, nextReview: option.nextReview } : null;
    }
    case 'food': {
      const diet = dietEntry(locale);
      const food = diet?.groups.flatMap((g) => g.foods).find((f) => f.id === id);
      return diet && food ? { kind: 'food', id, name: food.name, reviewed: diet.reviewed, nextReview: diet.nextReview } : null;
    }
    default:
      return null;
  }
}

const SIDE_EFFECT_SECTIONS = ['common', 'serious', 'other'] as const;

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** Where a side effect's words are on a drug card: the section, and the item (or -1 for the section's text). */
function findSideEffect(drug: DrugEntry, words: string): { section: (typeof SIDE_EFFECT_SECTIONS)[number]; item: number } | null {
  for (const section of SIDE_EFFECT_SECTIONS) {
    const s: EffectWords | undefined = drug.sideEffects[section];
    if (!s) continue;
    const item = s.items?.findIndex((i) => sameWords(i, words)) ?? -1;
    if (item >= 0) return { section, item };
    if (s.text !== undefined && sameWords(s.text, words)) return { section, item: -1 };
  }
  return null;
}

/** The side effect of a question in `locale`: the same place on the same drug's card, or null. */
function sideEffectIn(q: SavedQuestion, locale: Locale): string | null {
  const from = questionLocale(q);
  if (typeof q.part !== 'string' || typeof q.entryId !== 'string') return null;
  if (from === locale) return q.part;
  if (!isLocaleReady(from) || !isLocaleReady(locale)) return null;
  const source = drugEntries(from)?.find((d) => d.id === q.entryId);
  const target = drugEntries(locale)?.find((d) => d.id === q.entryId);
  const place = source && target ? findSideEffect(source, q.part) : null;
  if (!place || !target) return null;
  const section = target.sideEffects[place.section];
  return (place.item < 0 ? section?.text : section?.items?.[place.item]) ?? null;
}

/**
 * The question's words in `locale`, or null when they cannot be said there: the locale is not loaded, or the question
 * came from an entry the bundled content does not have (a host's own card). An own question is its text, as written,
 * in every locale (the reader wrote it in their language: a printout marks it as not translated).
 */
export function questionTextIn(q: SavedQuestion, locale: Locale): string | null {
  if (q.kind === 'own') return q.text;
  if (!isLocaleReady(locale)) return null;
  if (q.kind === 'general') {
    const id = q.key.startsWith('general:') ? q.key.slice('general:'.length) : q.entryId;
    return isGeneralId(id) ? questionLabels(locale).questions.general[id] : null;
  }
  if (q.kind === 'side-effect') {
    const effect = sideEffectIn(q, locale);
    return effect === null ? null : questionWords('side-effect', effect, locale);
  }
  const entry = questionEntry(q, locale);
  if (!entry) return null;
  return questionWords(q.kind, entry.name, locale, q.part);
}

/**
 * The question's words in `locale`, so that a printout can show it in the clinic's language: built from the question
 * templates and the entry's name in that locale. Falls back to the words as added (`q.text`) when it cannot be said in
 * that locale (an unknown entry, a locale not loaded). An own question is returned as written.
 */
export function questionText(q: SavedQuestion, locale: Locale): string {
  return questionTextIn(q, locale) ?? q.text;
}
