/**
 * Key points (issue 28): every drug, combination and treatment option opens with two or three short key points, drawn
 * only from the entry's own sections. The test checks what a machine can: the count, that they cite only sources the
 * entry's other sections cite (so no new source, hence no new fact from elsewhere), that they are short, and that every
 * number in them (a date, a dose interval, a year) is already in the entry's own words, in each language. Their reading
 * level is checked in content-reading-level.test.ts; their translations in content-locales.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MAX_KEY_POINTS, MIN_KEY_POINTS } from '../../src/content/schema.js';
import { citedSources, walk, type Loose } from './content-helpers.js';

const LOCALES = ['en', 'fr', 'es'] as const;
const FILES = ['drugs', 'treatments'] as const;
/** Words in one key point at most: French and Spanish run about a fifth longer than English. */
const MAX_WORDS: Record<(typeof LOCALES)[number], number> = { en: 25, fr: 30, es: 30 };
const read = (locale: string, file: string): Loose[] => JSON.parse(readFileSync(`data/${locale}/${file}.json`, 'utf8'));

/** The entry without its key points: what they must be drawn from. */
const rest = (entry: Loose): Loose => {
  const others = { ...entry };
  delete others.keyPoints;
  return others;
};

/** All the text of an entry's other fields, as one string. */
const ownText = (entry: Loose): string =>
  [...walk(rest(entry))]
    .filter((w) => typeof w.value === 'string')
    .map((w) => w.value as string)
    .join(' \n ');

for (const file of FILES) {
  test(`every entry in ${file}.json has ${MIN_KEY_POINTS} to ${MAX_KEY_POINTS} key points citing only sources its other sections cite`, () => {
    const problems: string[] = [];
    for (const entry of read('en', file)) {
      const kp = entry.keyPoints;
      if (!kp) {
        problems.push(`${entry.id}: no keyPoints`);
        continue;
      }
      if (!Array.isArray(kp.items) || kp.items.length < MIN_KEY_POINTS || kp.items.length > MAX_KEY_POINTS) {
        problems.push(`${entry.id}: ${kp.items?.length} key points`);
      }
      if (!Array.isArray(kp.sources) || kp.sources.length === 0) problems.push(`${entry.id}: key points cite no source`);
      const cited = citedSources(rest(entry));
      for (const id of kp.sources ?? []) {
        if (!cited.has(id)) problems.push(`${entry.id}: key points cite "${id}", which no other section of the entry cites`);
      }
      if (new Set(kp.sources).size !== kp.sources.length) problems.push(`${entry.id}: a source is cited twice`);
    }
    assert.deepEqual(problems, []);
  });

  for (const locale of LOCALES) {
    test(`${locale}/${file}.json: key points are short, and every number in them is in the entry's own text`, () => {
      const problems: string[] = [];
      for (const entry of read(locale, file)) {
        const own = ownText(entry);
        (entry.keyPoints?.items ?? []).forEach((item: string, i: number) => {
          const n = item.split(/\s+/).filter(Boolean).length;
          if (n > MAX_WORDS[locale]) problems.push(`${entry.id} keyPoints.items[${i}]: ${n} words (at most ${MAX_WORDS[locale]})`);
          for (const number of item.match(/\d+/g) ?? []) {
            if (!new RegExp(`(^|\\D)${number}(\\D|$)`).test(own)) {
              problems.push(`${entry.id} keyPoints.items[${i}]: "${number}" is not in the entry's other sections`);
            }
          }
        });
      }
      assert.deepEqual(problems, []);
    });
  }
}

test('key points are the same in number and sources in every language', () => {
  for (const file of FILES) {
    const en = new Map(read('en', file).map((e) => [e.id, e.keyPoints]));
    for (const locale of ['fr', 'es'] as const) {
      for (const entry of read(locale, file)) {
        const e = en.get(entry.id);
        assert.equal(entry.keyPoints?.items.length, e?.items.length, `${locale} ${file} ${entry.id}: number of key points`);
        assert.deepEqual(entry.keyPoints?.sources, e?.sources, `${locale} ${file} ${entry.id}: sources of the key points`);
      }
    }
  }
});
