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

export const runtimeJson = () => ({
  name: 'net-widgets: bundled JSON without editors-only fields',
  // src/content/drug-names.ts gets a names-only table (each drug's id and names) instead of the whole drugs.json.
  async resolveId(source, importer) {
    if (!importer || !NAMES_ONLY.test(importer.replaceAll('\\', '/')) || !source.endsWith('drugs.json')) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    // (Another copy of this plugin in the same build may have prefixed it already.)
    return resolved ? `${NAMES_PREFIX}${resolved.id.replaceAll(NAMES_PREFIX, '')}` : null;
  },
  load(id) {
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
