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

export const runtimeJson = () => ({
  name: 'net-widgets: bundled JSON without editors-only fields',
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
