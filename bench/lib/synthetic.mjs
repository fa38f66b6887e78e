// Synthetic treatments for the scale test: valid entries in the content format (src/content/schema.ts), about as long
// as the bundled ones, written from the bundled entries' own words so that search sees a realistic vocabulary.
import { readFileSync } from 'node:fs';

/** The distinct words (3+ letters, lower case) of the bundled treatments: the vocabulary of the synthetic ones. */
export function vocabularyFrom(treatmentsFile) {
  const text = readFileSync(treatmentsFile, 'utf8');
  const words = new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  return [...words].sort();
}

/**
 * Makes `count` treatments. Self-contained (no closures) so it can run inside the page as well as in Node:
 * the page then holds the data the way a host's script would, and nothing large crosses the wire.
 */
export function makeTreatments({ count, vocabulary, categories, sources, drugIds }) {
  let seed = 0x9e3779b9;
  const random = () => {
    // mulberry32: small, fast and repeatable.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(vocabulary)).join(' ');
  const sentence = (n) => {
    const s = words(n);
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = (sentences) => Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 8))).join(' ');
  const cite = () => [pick(sources)];
  const aims = ['cure', 'control-growth', 'ease-symptoms'];
  return Array.from({ length: count }, (_, i) => {
    const name = `${sentence(2).slice(0, -1)} ${i + 1}`;
    return {
      id: `synthetic-${i + 1}`,
      category: categories[i % categories.length],
      name,
      otherNames: [words(2)],
      summary: sentence(14),
      about: { text: paragraph(3), sources: cite() },
      whenUsed: { items: [sentence(12), sentence(10), sentence(14)], sources: cite() },
      howDone: { text: paragraph(2), sources: cite() },
      aims: { goals: [pick(aims)], text: sentence(12), sources: cite() },
      relatedDrugs: random() < 0.3 ? [pick(drugIds)] : [],
      reviewed: '2026-06-01',
      nextReview: '2027-06-01',
    };
  });
}
