// Every Storybook story runs as a test in Debian's Chromium: it must render, log no error and pass axe
// (addon-a11y with `a11y.test = 'error'` in .storybook/preview.ts).
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { LOCALES } from './src/content/locale-data.js';

/**
 * The story tests, in one language: English as the stories are, or every story again on a French or Spanish page; and
 * every story again with its widgets in light DOM (`dom: 'light'`, issue 29), axe included.
 */
const storyProject = (name: string, locale?: string, dom?: 'light') => ({
  extends: true as const,
  plugins: [storybookTest({ configDir: '.storybook' })],
  define: {
    ...(locale && { 'import.meta.env.VITE_STORY_LOCALE': JSON.stringify(locale) }),
    ...(dom && { 'import.meta.env.VITE_STORY_DOM': JSON.stringify(dom) }),
  },
  test: {
    name,
    setupFiles: ['tests/stories.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS.filter((a) => a !== '--headless=new') },
      }),
      instances: [{ browser: 'chromium' as const }],
    },
  },
});

export default defineConfig({
  test: {
    // `stories` in English, then `stories-<locale>` for every other locale, then `stories-light`.
    projects: [
      storyProject('stories'),
      ...LOCALES.slice(1).map((locale) => storyProject(`stories-${locale}`, locale)),
      storyProject('stories-light', undefined, 'light'),
    ],
  },
});
