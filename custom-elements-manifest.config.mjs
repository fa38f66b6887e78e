// @custom-elements-manifest/analyzer: reads the JSDoc headers of the widget classes into custom-elements.json,
// which feeds Storybook's autodocs tables, editors and the React wrappers.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false, // package.json names custom-elements.json itself; the analyzer must not rewrite it
};
