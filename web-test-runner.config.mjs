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

/** Browser tests: real (Debian) Chromium, TypeScript through esbuild, Lit's development build (which warns). */
export default {
  // A widget's browser tests sit beside it (src/<widget>/<widget>.test.ts); its view's unit tests (*.view.test.ts) run
  // in Node, in the unit tier.
  files: ['tests/browser/**/*.test.ts', 'src/**/*.test.ts', '!src/**/*.view.test.ts'],
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
