/**
 * Reading level of everything a patient reads in data/en: Flesch-Kincaid grade of each string (section text and
 * items, summaries, names, how-given fields, notes on disagreements). The median must be grade 8 or below, and no
 * string of six words or more above grade 12 (on shorter strings the formula means little).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import rs from 'text-readability';
import { readData, walk } from './content-helpers.js';

const MEDIAN_MAX = 8;
const SINGLE_MAX = 12;
const MIN_WORDS_FOR_MAX = 6;

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
