import { existsSync, readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { mediaFeaturesPlugin } from './scripts/media-features-plugin.mjs';

const executablePath = findChromium();

/**
 * The stories are written for Vite; the browser tests mount them too (tests/browser/stories.ts). Their one Vite-only
 * feature, `import.meta.glob` (stories/embed.ts reads the build's integrity hashes for the docs), finds nothing here.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const viteGlobNothing = {
  name: 'vite-glob-nothing',
  transform(context) {
    if (!context.path.startsWith('/stories/') || !context.body.includes('import.meta.glob')) return undefined;
    return { body: context.body.replace(/import\.meta\.glob(<.*?>)?\(/g, '((..._args) => ({}))(') };
  },
};

/**
 * The suites that run in light DOM too: the widgets' own (src/<widget>/<widget>.test.ts), and the shared ones that read
 * the widgets as a reader meets them (what assistive technology hears, forced colours and reduced motion, bad input,
 * languages, the licence line, the documented parts, answers to patients' questions, structured data). Not in it:
 * tests/browser/light-dom.test.ts (light DOM already), base.test.ts (a test widget on the base class), and the tests of
 * demo pages, stories and JSON-LD builders, which render no widget of their own.
 */
const LIGHT_SUITES = [
  ...readdirSync('src', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/${d.name}.test.ts`))
    .map((d) => `src/${d.name}/${d.name}.test.ts`),
  ...['assistive-tech', 'content-answers', 'licence', 'locales', 'media-features', 'patient-queries', 'public-surface', 'robustness', 'structured-data-widgets'].map(
    (name) => `tests/browser/${name}.test.ts`,
  ),
];

/** A file pattern as a regular expression: `**` any folders, `*` and `?` within a name (all the runner's CLI needs here). */
const globToRegExp = (glob) =>
  new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?|\*|\?/g, (m) => (m === '?' ? '[^/]' : m === '*' ? '[^/]*' : '(?:.*/)?'))}$`);

/**
 * The light suites a run asks for: all of them, or those that the files named on the command line cover
 * (`web-test-runner src/drug-card/drug-card.test.ts` runs that suite in both modes; `tests/browser/base.test.ts`, in
 * shadow DOM only). The runner's other arguments (`--port 8321`) name no test file.
 */
function lightSuitesAsked(argv = process.argv.slice(2)) {
  const named = argv.filter((a) => !a.startsWith('-') && /\.test\.ts$|\*/.test(a.replace(/^!/, '')));
  const wanted = named.filter((a) => !a.startsWith('!')).map(globToRegExp);
  const unwanted = named.filter((a) => a.startsWith('!')).map((a) => globToRegExp(a.slice(1)));
  return LIGHT_SUITES.filter((f) => (!wanted.length || wanted.some((r) => r.test(f))) && !unwanted.some((r) => r.test(f)));
}
const lightSuites = lightSuitesAsked();

/**
 * The light-DOM run (issue 29): the test page loads tests/browser/light-run.ts before the test framework, which puts
 * every widget in light DOM and names each suite "light DOM: …". The default group is the shadow-DOM run.
 */
const lightDomGroup = {
  name: 'light-dom',
  files: lightSuites,
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/tests/browser/light-run.ts"></script><script type="module" src="${framework}"></script></body></html>`,
};

/** Browser tests: real (Debian) Chromium, TypeScript through esbuild, Lit's development build (which warns). */
export default {
  // A widget's browser tests sit beside it (src/<widget>/<widget>.test.ts); its view's unit tests (*.view.test.ts) run
  // in Node, in the unit tier.
  files: ['tests/browser/**/*.test.ts', 'src/**/*.test.ts', '!src/**/*.view.test.ts'],
  // Every file above in shadow DOM (the "default" group), and the light suites again with every widget in light DOM.
  groups: lightSuites.length ? [lightDomGroup] : [],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [viteGlobNothing, esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021' }), mediaFeaturesPlugin()],
  browsers: [chromeLauncher({ launchOptions: {
        executablePath,
        headless: true,
        // Test files run in parallel pages; a page in the background must still get animation frames and timers.
        args: [
          ...CHROMIUM_ARGS,
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      }, })],
  // One test page at a time: a page in the background gets no animation frames, and open-wc's fixture() waits for one.
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(), countReporter()],
};
