import { readFileSync } from 'node:fs';
/**
 * Rollup plugin for every build: JSON that the widgets bundle, without what only editors and the docs read.
 * - src/shared/tokens.json: each token's private name and default; its description is for the docs
 *   (custom-elements-manifest.config.mjs and the README test read the file itself).
 * - data/: without `editorNotes` (remarks for editors, never shown to readers; `npx net-widgets check` and the tests
 *   read the files themselves).
 * About 0.27 KB gzip off every file, and 0.28 KB more off each file with the diet guide.
 */
export const withoutEditorNotes = (value) => {
  if (Array.isArray(value)) return value.map(withoutEditorNotes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'editorNotes').map(([key, v]) => [key, withoutEditorNotes(v)]));
};

/** The module that reads only the medicines' names (src/content/drug-names.ts), and the id its drugs.json gets. */
const NAMES_ONLY = /\/src\/content\/drug-names\.ts$/;
const NAMES_PREFIX = '\0net-widgets-drug-names:';

/**
 * The module that reads only what a question needs of the entries (src/content/question-entries.ts), and the id its
 * JSON files get: each drug's id, name, review dates and side effects' words; each option's id, name and review dates;
 * the diet's review dates and each food's id and name.
 */
const ENTRIES_ONLY = /\/src\/content\/question-entries\.ts$/;
const ENTRIES_PREFIX = '\0net-widgets-question-entries:';

const words = (section) => (section ? { ...(section.text ? { text: section.text } : {}), ...(section.items ? { items: section.items } : {}) } : undefined);

/** The fields of drugs.json, treatments.json or diet.json that src/content/question-entries.ts reads. */
function entriesOnly(file, data) {
  if (file.endsWith('drugs.json')) {
    return data.map(({ id, name, reviewed, nextReview, sideEffects: se }) => ({
      id,
      name,
      reviewed,
      nextReview,
      sideEffects: { common: words(se.common), serious: words(se.serious), ...(se.other ? { other: words(se.other) } : {}) },
    }));
  }
  if (file.endsWith('treatments.json')) return data.map(({ id, name, reviewed, nextReview }) => ({ id, name, reviewed, nextReview }));
  return {
    reviewed: data.reviewed,
    nextReview: data.nextReview,
    groups: data.groups.map((g) => ({ foods: g.foods.map(({ id, name }) => ({ id, name })) })),
  };
}

/**
 * `tables: false` for a file that carries every widget's whole content (the all-in-one CDN files): there the tables
 * would be second copies of what the file has in full (about 2 KB gzip), so those modules read the whole files.
 */
export const runtimeJson = ({ tables = true } = {}) => ({
  name: 'net-widgets: bundled JSON without editors-only fields',
  // src/content/drug-names.ts gets a names-only table (each drug's id and names) instead of the whole drugs.json.
  // src/content/question-entries.ts gets an entries-only table of each file it reads.
  async resolveId(source, importer) {
    if (!tables) return null;
    const from = importer?.replaceAll('\\', '/') ?? '';
    const prefix = NAMES_ONLY.test(from) && source.endsWith('drugs.json')
      ? NAMES_PREFIX
      : ENTRIES_ONLY.test(from) && /(drugs|treatments|diet)\.json$/.test(source)
        ? ENTRIES_PREFIX
        : null;
    if (!prefix) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    // (Another copy of this plugin in the same build may have prefixed it already.)
    return resolved ? `${prefix}${resolved.id.replaceAll(prefix, '')}` : null;
  },
  load(id) {
    if (id.startsWith(ENTRIES_PREFIX)) {
      const file = id.replaceAll(ENTRIES_PREFIX, '');
      return { code: `export default ${JSON.stringify(entriesOnly(file, JSON.parse(readFileSync(file, 'utf8'))))};`, map: null };
    }
    if (!id.startsWith(NAMES_PREFIX)) return null;
    const drugs = JSON.parse(readFileSync(id.replaceAll(NAMES_PREFIX, ''), 'utf8'));
    const names = drugs.map(({ id, name, brandNames, otherNames, ambiguousNames }) => ({
      id,
      name,
      brandNames,
      otherNames,
      ...(ambiguousNames ? { ambiguousNames: ambiguousNames.map((n) => ({ name: n.name })) } : {}),
    }));
    return { code: `export default ${JSON.stringify(names)};`, map: null };
  },
  transform(code, id) {
    const path = id.replaceAll('\\', '/');
    if (path.endsWith('/src/shared/tokens.json')) {
      const tokens = Object.entries(JSON.parse(code)).map(([name, t]) => [name, { private: t.private, value: t.value }]);
      return { code: JSON.stringify(Object.fromEntries(tokens)), map: null };
    }
    if (/\/data\/.*\.json$/.test(path) && code.includes('"editorNotes"')) {
      return { code: JSON.stringify(withoutEditorNotes(JSON.parse(code))), map: null };
    }
    return null;
  },
});
