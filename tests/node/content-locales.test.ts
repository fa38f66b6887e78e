/**
 * The French and Spanish content (data/fr, data/es) against the English it is translated from: every entry there, with
 * the same ids, the same source ids, the same list lengths and the same flags; no English sentence left as it was;
 * each entry saying what it was translated from; the same labels; and a reading level measured for the language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Hypher from 'hypher';
import frPatterns from 'hyphenation.fr';
import esPatterns from 'hyphenation.es';
import { validateDiet, validateDrugs, validateTreatments, validateSources } from '../../src/content/validate.js';
import { walk, type Loose } from './content-helpers.js';

const LOCALES = ['fr', 'es'] as const;
type Other = (typeof LOCALES)[number];
const FILES = ['drugs', 'treatments', 'diet', 'sources'] as const;
const LABELS = ['ui-common', 'ui-drug-card', 'ui-treatment-list', 'ui-diet-guide'] as const;
const read = (locale: string, file: string): Loose => JSON.parse(readFileSync(`data/${locale}/${file}.json`, 'utf8'));

/** Text a translator writes; everything else (ids, sources, flags, brand names) must be exactly the English value. */
const TEXT_KEYS = new Set(['name', 'summary', 'text', 'items', 'topic', 'says', 'why', 'route', 'schedule', 'where', 'region', 'date']);
/** Naming lists: a language has its own names and kinds of a food or a drug, so their length may differ. */
const NAME_LISTS = new Set(['otherNames', 'kinds', 'possibleKinds']);
/** Keys only a translation has. */
const TRANSLATION_KEYS = new Set(['translatedFrom']);

function isText(path: string, key: string | number): boolean {
  if (typeof key === 'string') return TEXT_KEYS.has(key);
  return /\.(items)\[\d+\]$/.test(path);
}
const inNameList = (path: string) => [...NAME_LISTS].some((k) => path.includes(`.${k}`) || path.startsWith(k));
const inTranslationKey = (path: string) => [...TRANSLATION_KEYS].some((k) => path.includes(`.${k}`) || path.startsWith(k));

for (const locale of LOCALES) {
  for (const file of FILES) {
    test(`${locale}/${file}.json has the English ids, sources, flags and list lengths, and only the text differs`, () => {
      const en = read('en', file);
      const other = read(locale, file);
      const values = (data: Loose) => new Map([...walk(data)].map((w) => [w.path, w]));
      const enValues = values(en);
      const otherValues = values(other);
      const problems: string[] = [];
      for (const [path, e] of enValues) {
        if (inNameList(path)) continue;
        const o = otherValues.get(path);
        if (!o) {
          problems.push(`${path}: missing`);
          continue;
        }
        if (Array.isArray(e.value)) {
          if (!Array.isArray(o.value) || o.value.length !== e.value.length) problems.push(`${path}: ${e.value.length} items in English`);
        } else if (e.value !== null && typeof e.value === 'object') {
          continue;
        } else if (!isText(path, e.key) && o.value !== e.value) {
          problems.push(`${path}: "${String(o.value)}" but English has "${String(e.value)}"`);
        }
      }
      for (const path of otherValues.keys()) {
        if (!enValues.has(path) && !inNameList(path) && !inTranslationKey(path)) problems.push(`${path}: not in the English`);
      }
      assert.deepEqual(problems, []);
    });

    test(`${locale}/${file}.json leaves no English sentence untranslated`, () => {
      const en = new Map([...walk(read('en', file))].map((w) => [w.path, w.value]));
      const left = [...walk(read(locale, file))]
        .filter((w) => typeof w.value === 'string' && isText(w.path, w.key) && !w.path.includes('editorNotes'))
        .filter((w) => (w.value as string).split(/\s+/).length >= 4 && en.get(w.path) === w.value)
        .map((w) => `${w.path}: ${String(w.value)}`);
      assert.deepEqual(left, []);
    });
  }

  test(`${locale}: every entry says it is a translation of the English entry as it was reviewed`, () => {
    for (const file of ['drugs', 'treatments'] as const) {
      const en = new Map(read('en', file).map((e: Loose) => [e.id, e]));
      for (const entry of read(locale, file)) {
        assert.deepEqual(entry.translatedFrom, { from: 'en', reviewed: (en.get(entry.id) as Loose).reviewed }, `${file} ${entry.id}`);
      }
    }
    assert.deepEqual(read(locale, 'diet').translatedFrom, { from: 'en', reviewed: read('en', 'diet').reviewed });
  });

  test(`${locale}: the content passes the same validation as the English`, () => {
    const drugs = read(locale, 'drugs');
    for (const [name, result] of [
      ['drugs', validateDrugs(drugs)],
      ['treatments', validateTreatments(read(locale, 'treatments'), { knownDrugIds: drugs.map((d: Loose) => d.id) })],
      ['diet', validateDiet(read(locale, 'diet'), { knownDrugIds: drugs.map((d: Loose) => d.id) })],
      ['sources', validateSources(read(locale, 'sources'))],
    ] as const) {
      assert.ok(result.ok, `${name}: ${JSON.stringify(!result.ok && result.errors.slice(0, 5))}`);
    }
  });

  test(`${locale}: the labels have the English keys and placeholders, and say that the text is a translation`, () => {
    for (const file of LABELS) {
      const en = read('en', file);
      const other = read(locale, file);
      const shape = (data: Loose) =>
        [...walk(data)].filter((w) => typeof w.value === 'string').map((w) => `${w.path} ${[...String(w.value).matchAll(/\{\w+\}/g)].sort().join('')}`);
      const enShape = shape(en).filter((line) => !line.startsWith('months['));
      const otherShape = shape(other).filter((line) => !line.startsWith('months[') && !/^(firstDay) /.test(line));
      assert.deepEqual(otherShape.sort(), enShape.sort(), `${locale}/${file}.json`);
    }
    assert.ok(read(locale, 'ui-common').translationNote.length > 20);
  });
}

/** The strings a patient reads, as the English reading-level test takes them. */
function prose(locale: string): string[] {
  const out: string[] = [];
  for (const file of ['drugs', 'treatments', 'diet'] as const) {
    for (const w of walk(read(locale, file))) {
      if (w.path.includes('editorNotes') || typeof w.value !== 'string') continue;
      if (isText(w.path, w.key) && w.key !== 'region' && w.key !== 'date') out.push(w.value);
    }
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length % 2 ? s[Math.floor(m)]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Reading ease for the language, from sentences, words and syllables (hyphenation points, with the TeX patterns of
 * the language, plus one): Kandel and Moles' adaptation of Flesch for French, 207 − 1.015 × words per sentence −
 * 73.6 × syllables per word; Fernández Huerta's for Spanish, 206.84 − 0.60 × syllables per 100 words − 1.02 × words
 * per sentence. Both read like Flesch: 60–70 is plain ("standard"), higher is easier. The median string of six words
 * or more must be at least 60, like the English content's median of grade 8 or below.
 */
const EASE_MIN = 60;
const FORMULAS: Record<Other, { name: string; hypher: Hypher; ease: (wps: number, spw: number) => number }> = {
  fr: { name: 'Kandel–Moles', hypher: new Hypher(frPatterns), ease: (wps, spw) => 207 - 1.015 * wps - 73.6 * spw },
  es: { name: 'Fernández Huerta', hypher: new Hypher(esPatterns), ease: (wps, spw) => 206.84 - 0.6 * spw * 100 - 1.02 * wps },
};

for (const locale of LOCALES) {
  test(`${locale}: the text reads plainly (${FORMULAS[locale].name} median of at least ${EASE_MIN})`, () => {
    const { hypher, ease, name } = FORMULAS[locale];
    const scores = prose(locale)
      .map((text) => {
        const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
        const sentences = Math.max(1, (text.match(/[.!?…]+(\s|$)/g) ?? []).length);
        const syllables = words.reduce((n, w) => n + hypher.hyphenate(w.toLowerCase()).length, 0);
        return { text, words: words.length, score: ease(words.length / sentences, syllables / Math.max(1, words.length)) };
      })
      .filter((s) => s.words >= 6);
    assert.ok(scores.length > 300, `only ${scores.length} strings`);
    const m = median(scores.map((s) => s.score));
    console.log(`${locale}: ${name} median ${m.toFixed(1)} over ${scores.length} strings of six words or more`);
    assert.ok(m >= EASE_MIN, `${name} median ${m.toFixed(1)} is below ${EASE_MIN}`);
  });
}
