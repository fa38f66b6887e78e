/**
 * Reading level of everything a patient reads in data/en: Flesch-Kincaid grade of each string (section text and
 * items, summaries, names, how-given fields, notes on disagreements). The median must be grade 8 or below, and no
 * string of six words or more above grade 12 (on shorter strings the formula means little).
 *
 * The key points that open each drug card and treatment option (`keyPoints.items`) are held to a lower bar, measured
 * the same way: their median must be grade 6 or below, and no key point of six words or more above grade 8.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import rs from 'text-readability';
import { readData, walk } from './content-helpers.js';

const MEDIAN_MAX = 8;
const SINGLE_MAX = 12;
const MIN_WORDS_FOR_MAX = 6;
const KEY_POINTS_MEDIAN_MAX = 6;
const KEY_POINTS_SINGLE_MAX = 8;

/** Keys whose string values (or lists of strings) a patient reads. Ids, dates, sources and brand names are not prose. */
const PROSE_KEYS = new Set(['text', 'items', 'summary', 'name', 'route', 'schedule', 'where', 'topic', 'says', 'why']);

export function patientStrings(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const file of ['drugs', 'treatments', 'diet'] as const) {
    for (const { path, key, value, parent } of walk(readData(file))) {
      if (path.includes('editorNotes')) continue; // for editors, not shown to readers
      if (typeof value === 'string' && typeof key === 'string' && PROSE_KEYS.has(key)) out.push({ path: `${file}.json ${path}`, text: value });
      if (typeof value === 'string' && typeof key === 'number' && Array.isArray(parent) && path.match(/\.items\[\d+\]$/)) {
        out.push({ path: `${file}.json ${path}`, text: value });
      }
    }
  }
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const medianOf = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The key points of every drug and treatment option in data/en, with their paths. */
export function keyPointStrings(): { path: string; text: string }[] {
  return patientStrings().filter((s) => /\]\.keyPoints\.items\[\d+\]$/.test(s.path));
}

test('patient-facing text reads at US grade 8 or below (median), and no string above grade 12', () => {
  const graded = patientStrings().map((s) => ({ ...s, grade: rs.fleschKincaidGrade(s.text) as number }));
  assert.ok(graded.length > 300, `only ${graded.length} strings found: is the walker broken?`);
  const sorted = graded.map((g) => g.grade).sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const rated = graded.filter((g) => words(g.text) >= MIN_WORDS_FOR_MAX);
  const worst = [...rated].sort((a, b) => b.grade - a.grade);
  const report = worst
    .slice(0, 8)
    .map((g) => `  ${g.grade.toFixed(1)}  ${g.path}: ${g.text}`)
    .join('\n');
  console.log(
    `reading level: ${graded.length} strings, median FK grade ${median.toFixed(1)}, ` +
      `max ${worst[0]!.grade.toFixed(1)} (of ${rated.length} strings with ${MIN_WORDS_FOR_MAX}+ words)\nhardest:\n${report}`,
  );
  assert.ok(median <= MEDIAN_MAX, `median grade ${median} is above ${MEDIAN_MAX}`);
  const tooHard = worst.filter((g) => g.grade > SINGLE_MAX);
  assert.deepEqual(
    tooHard.map((g) => `${g.grade.toFixed(1)} ${g.path}: ${g.text}`),
    [],
    `strings above grade ${SINGLE_MAX}: say them in shorter sentences and simpler words`,
  );
});

test(`key points read at US grade ${KEY_POINTS_MEDIAN_MAX} or below (median), and none above grade ${KEY_POINTS_SINGLE_MAX}`, () => {
  const graded = keyPointStrings().map((s) => ({ ...s, grade: rs.fleschKincaidGrade(s.text) as number }));
  assert.ok(graded.length >= 2 * 52, `only ${graded.length} key points found: every drug and treatment option has two or three`);
  const m = medianOf(graded.map((g) => g.grade));
  const worst = graded.filter((g) => words(g.text) >= MIN_WORDS_FOR_MAX).sort((a, b) => b.grade - a.grade);
  console.log(
    `key points: ${graded.length}, median FK grade ${m.toFixed(1)}, max ${worst[0]!.grade.toFixed(1)}\nhardest:\n` +
      worst
        .slice(0, 5)
        .map((g) => `  ${g.grade.toFixed(1)}  ${g.path}: ${g.text}`)
        .join('\n'),
  );
  assert.ok(m <= KEY_POINTS_MEDIAN_MAX, `key points: median grade ${m} is above ${KEY_POINTS_MEDIAN_MAX}`);
  assert.deepEqual(
    worst.filter((g) => g.grade > KEY_POINTS_SINGLE_MAX).map((g) => `${g.grade.toFixed(1)} ${g.path}: ${g.text}`),
    [],
    `key points above grade ${KEY_POINTS_SINGLE_MAX}: use shorter sentences and everyday words`,
  );
});
