// Every Storybook story runs as a test in Debian's Chromium: it must render, log no error and pass axe
// (addon-a11y with `a11y.test = 'error'` in .storybook/preview.ts).
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'stories',
          setupFiles: ['tests/stories.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS.filter((a) => a !== '--headless=new') },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
