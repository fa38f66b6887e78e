/**
 * How patients ask, in their own words: the shared reading of a question that every search box uses (the treatment
 * list's search, the diet guide's "Can I eat …?" and the drug lookup). It finds the subject of a question ("PRRT" in
 * "what is PRRT?", "wine" in "can I drink a glass of wine"), what kind of question it is, the everyday words that may
 * stand for the content's words ("chemo pills"), and the symptoms a reader names ("feeling sick").
 *
 * All of it comes from the naming table, data/<locale>/naming.json: naming facts, not medical ones. Nothing here
 * answers a question: a search that uses it still answers only with what the entries themselves say, and a symptom
 * is found only in the entries' own sentences (`findSymptom`).
 */
import * as v from 'valibot';
import en from '../../data/en/naming.json';
import { dataFor, type Locale } from './locale-data.js';
import type { Drug } from './schema.js';
import { wordsOf } from './match.js';

/** What a question asks: what something is, whether a food is all right, or about side effects and symptoms. */
export const ASKS = ['what', 'food', 'side-effects'] as const;
export type Asks = (typeof ASKS)[number];

const Words = v.pipe(v.string(), v.minLength(1));
const Phrase = v.strictObject({ words: Words, asks: v.picklist(ASKS) });

/** The naming table's format (data/<locale>/naming.json); the content tests check each locale's file against it. */
export const NamingSchema = v.strictObject({
  /** For editors: what the file is. Never shown. */
  note: v.string(),
  /** Words that open a question, longest first when several fit ("what are the side effects of" before "what are"). */
  questions: v.array(Phrase),
  /** Words that end one ("octreotide side effects"). */
  endings: v.array(Phrase),
  /** Words between the question and its subject ("a glass of", "some"). */
  fillers: v.array(Words),
  /** Words that never name a subject, left out of the treatment list's search ("is", "the", "for"). */
  stopWords: v.array(Words),
  /** Everyday words and the words the content uses for the same thing: a typed word also finds any of `also`. */
  sameAs: v.array(v.strictObject({ typed: v.array(Words), also: v.array(Words) })),
  /** Symptoms: what readers call them (`names`) and the words the entries use for them (`words`, any one). */
  symptoms: v.array(
    v.strictObject({ id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), name: Words, names: v.array(Words), words: v.array(Words) }),
  ),
});
export type Naming = v.InferOutput<typeof NamingSchema>;
export type Symptom = Naming['symptoms'][number];

/** The naming table of `locale` (English while that locale is not loaded). */
export function namingIn(locale: Locale): Naming {
  return dataFor<Naming>(locale, 'naming') ?? (en as Naming);
}

/** A question read: what was typed, its subject (as typed), and what it asks (null when it has no question words). */
export interface Question {
  readonly query: string;
  readonly subject: string;
  readonly asks: Asks | null;
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** The words of `text` in the form the matchers compare (see `wordsOf`), each with where it stands in `text`. */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}\u2019']+/gu)) {
    // "what's" and « qu'est » are two words each, as `wordsOf` splits them.
    let offset = 0;
    for (const part of m[0].split(/[\u2019']/)) {
      const words = wordsOf(part);
      if (words.length) out.push({ word: words.join(''), start: m.index + offset, end: m.index + offset + part.length });
      offset += part.length + 1;
    }
  }
  return out;
}

interface Compiled {
  readonly questions: readonly { words: string[]; asks: Asks }[];
  readonly endings: readonly { words: string[]; asks: Asks }[];
  readonly fillers: readonly string[][];
  readonly stop: ReadonlySet<string>;
  readonly sameAs: ReadonlyMap<string, readonly string[]>;
  /** Every name of every symptom, longest first (see `symptomsNamed`). */
  readonly symptomNames: readonly { symptom: Symptom; name: string[] }[];
}

const longestFirst = <T extends { words: string[] }>(list: T[]): T[] => list.sort((a, b) => b.words.length - a.words.length);

const compiled = new WeakMap<Naming, Compiled>();

/**
 * The table of `locale` ready to compare, with the English one's question words and everyday names too: a reader may
 * type English on any page (the content's own words are searched in every language alike, see `JOINERS`).
 */
function compile(locale: Locale): Compiled {
  const naming = namingIn(locale);
  let c = compiled.get(naming);
  if (c) return c;
  const tables = naming === en ? [naming] : [naming, en as Naming];
  const phrases = (pick: (n: Naming) => readonly { words: string; asks: Asks }[]) =>
    longestFirst(tables.flatMap((n) => pick(n).map((p) => ({ words: wordsOf(p.words), asks: p.asks })))).filter((p) => p.words.length);
  const sameAs = new Map<string, string[]>();
  for (const n of tables) {
    for (const { typed, also } of n.sameAs) {
      const alternatives = also.flatMap((w) => wordsOf(w));
      for (const t of typed.flatMap((w) => wordsOf(w))) sameAs.set(t, [...new Set([t, ...(sameAs.get(t) ?? []), ...alternatives])]);
    }
  }
  c = {
    questions: phrases((n) => n.questions),
    endings: phrases((n) => n.endings),
    fillers: tables
      .flatMap((n) => n.fillers.map((f) => wordsOf(f)))
      .filter((f) => f.length)
      .sort((a, b) => b.length - a.length),
    stop: new Set(tables.flatMap((n) => n.stopWords.flatMap((w) => wordsOf(w)))),
    sameAs,
    // A symptom is looked for with the `words` of the page's language (the entries' words there), whether the reader
    // named it in that language or in English ("nausea" on a French page is the French « nausées »).
    symptomNames: naming.symptoms
      .flatMap((symptom) => {
        const english = naming === en ? [] : ((en as Naming).symptoms.find((s) => s.id === symptom.id)?.names ?? []);
        return [...symptom.names, ...english].map((n) => ({ symptom, name: wordsOf(n) }));
      })
      .filter((n) => n.name.length)
      .sort((a, b) => b.name.length - a.name.length),
  };
  compiled.set(naming, c);
  return c;
}

const startsWith = (tokens: readonly Token[], from: number, words: readonly string[]): boolean =>
  words.length <= tokens.length - from && words.every((w, i) => tokens[from + i]!.word === w);

const endsWith = (tokens: readonly Token[], to: number, words: readonly string[]): boolean =>
  words.length <= to && words.every((w, i) => tokens[to - words.length + i]!.word === w);

/**
 * Reads a question: drops the words that open it ("what is", "can I drink", « puis-je manger », "¿qué es?"), the
 * words between those and the subject ("a glass of"), and the words that end it ("side effects"), and returns the
 * subject as the reader typed it. A query that is only question words, or has none, is its own subject.
 */
export function readQuestion(typed: string, locale: Locale = 'en'): Question {
  const query = String(typed ?? '').trim();
  // Nothing asked (every widget's first render): no need to compile the naming table yet.
  if (query === '') return { query, subject: query, asks: null };
  const c = compile(locale);
  const tokens = tokensOf(query);
  let from = 0;
  let to = tokens.length;
  let asks: Asks | null = null;
  // A question may open twice ("please tell me, what is …") and have fillers after it ("a glass of the").
  for (let round = 0; round < 3; round++) {
    const q = c.questions.find((p) => startsWith(tokens, from, p.words) && from + p.words.length < to);
    if (q) {
      asks ??= q.asks;
      from += q.words.length;
    }
    let filler: string[] | undefined;
    while ((filler = c.fillers.find((f) => startsWith(tokens, from, f) && from + f.length < to))) from += filler.length;
    if (!q) break;
  }
  const ending = c.endings.find((p) => endsWith(tokens, to, p.words) && to - p.words.length > from);
  if (ending) {
    // An ending says more than a bare "what" or "is" did: "is cheese ok" asks about a food.
    if (asks === null || asks === 'what') asks = ending.asks;
    to -= ending.words.length;
  }
  if (from === 0 && to === tokens.length) return { query, subject: query, asks };
  return { query, subject: query.slice(tokens[from]!.start, tokens[to - 1]!.end), asks };
}

/**
 * The treatment list's search terms for a subject: its words without the words that never name a subject, each with
 * the content's words for the same thing ("pills" also finds "capsule" and "mouth"). An option matches when each term
 * has one of its words there. Empty when the subject has no words; a subject of stop words only keeps them.
 */
export function searchTerms(subject: string, locale: Locale = 'en'): (readonly string[])[] {
  const words = [...new Set(wordsOf(subject))];
  if (words.length === 0) return [];
  const c = compile(locale);
  const meaningful = words.filter((w) => !c.stop.has(w));
  return (meaningful.length ? meaningful : words).map((w) => c.sameAs.get(w) ?? [w]);
}

/**
 * The symptoms that a subject names, each once, the longest name first where names overlap ("sore mouth" is mouth
 * sores, not pain): "feeling sick" names nausea, "sick" both nausea and vomiting.
 */
export function symptomsNamed(subject: string, locale: Locale = 'en'): Symptom[] {
  const words = wordsOf(subject);
  if (words.length === 0) return [];
  const candidates = compile(locale).symptomNames;
  // Where names were found: a shorter name inside one of them is not another symptom ("sore" in "sore mouth"), but the
  // very same words may name two ("sick": nausea and vomiting).
  const spans: { at: number; end: number }[] = [];
  const found: { symptom: Symptom; at: number }[] = [];
  for (const { symptom, name } of candidates) {
    for (let at = 0; at + name.length <= words.length; at++) {
      if (!name.every((w, i) => words[at + i] === w)) continue;
      const end = at + name.length;
      if (spans.some((s) => s.at < end && at < s.end && !(s.at === at && s.end === end))) continue;
      spans.push({ at, end });
      if (!found.some((f) => f.symptom === symptom)) found.push({ symptom, at });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.symptom);
}

/** How an entry relates to a symptom: a side effect of it (as its sources rank it), or what it is used for. */
export type SymptomRelation = 'serious' | 'common' | 'other' | 'use';

/** A sentence of a drug card that names a symptom, with how it relates and the sources it cites. */
export interface SymptomFinding {
  readonly drug: Drug;
  readonly relation: SymptomRelation;
  /** The card's own words, as they stand ("Rarely: stomach cramps, nausea (feeling sick), …"). */
  readonly text: string;
  /** The words that introduce the card's list, when the list has some ("These are rare, but serious:"). */
  readonly lead?: string;
  readonly sources: readonly string[];
}

/**
 * True when `text` has one of the symptom's words (each a run of words, the last one as the start of a word): how
 * `findSymptom` reads the drug cards, and the diet guide its own "Help with symptoms".
 */
export function namesSymptom(symptom: Symptom, text: string): boolean {
  const words = wordsOf(text);
  return symptom.words.some((phrase) => {
    const want = wordsOf(phrase);
    if (!want.length) return false;
    for (let at = 0; at + want.length <= words.length; at++) {
      if (want.every((w, i) => (i === want.length - 1 ? words[at + i]!.startsWith(w) : words[at + i] === w))) return true;
    }
    return false;
  });
}

/**
 * Every place where the drug cards name a symptom: serious side effects first, then common ones, other side effects,
 * and what a medicine is used for; in each, in the cards' order. Only the cards' own sentences, never a guess: a
 * medicine whose card does not name the symptom is not found, which does not mean it cannot cause it.
 */
export function findSymptom(symptom: Symptom, drugs: readonly Drug[]): SymptomFinding[] {
  const found: SymptomFinding[] = [];
  const order: SymptomRelation[] = ['serious', 'common', 'other', 'use'];
  for (const relation of order) {
    for (const drug of drugs) {
      const section = relation === 'use' ? drug.uses : drug.sideEffects?.[relation];
      if (!section || section.silent) continue;
      // A text that ends with a colon introduces the list ("These are rare, but serious:"): it goes with each item.
      const lead = section.items?.length && section.text?.trim().endsWith(':') ? section.text.trim() : undefined;
      const texts = [...(section.items ?? []), ...(relation === 'use' || lead ? [] : section.text ? [section.text] : [])];
      for (const text of texts) {
        if (namesSymptom(symptom, text)) found.push({ drug, relation, text, ...(lead ? { lead } : {}), sources: section.sources });
      }
    }
  }
  return found;
}

/**
 * `text` with each name that a website added to a bundled medicine (drug card host content, `addNames`) written as the
 * medicine's own name, so that every search finds what the bundled name finds: "Xeloda tablets" is searched as
 * "Capecitabine tablets". Names are matched as whole words, whatever their case or accents.
 */
export function withBundledNames(
  text: string,
  added: ReadonlyMap<string, readonly string[]>,
  nameOf: (id: string) => string | undefined,
): string {
  if (added.size === 0) return text;
  const tokens = tokensOf(text);
  const names = [...added].flatMap(([id, list]) => list.map((name) => ({ id, words: wordsOf(name) }))).filter((n) => n.words.length);
  names.sort((a, b) => b.words.length - a.words.length);
  let out = '';
  let last = 0;
  for (let i = 0; i < tokens.length; ) {
    const hit = names.find((n) => startsWith(tokens, i, n.words));
    const bundled = hit && nameOf(hit.id);
    if (!hit || !bundled) {
      i++;
      continue;
    }
    out += text.slice(last, tokens[i]!.start) + bundled;
    last = tokens[i + hit.words.length - 1]!.end;
    i += hit.words.length;
  }
  return out + text.slice(last);
}
