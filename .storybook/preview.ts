import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { LOCALES, loadLocale, type Locale } from '../src/content/locale-data.js';
import { controlsOnlyForRenderedArgs } from './arg-types.js';

setCustomElementsManifest(manifest);

/** The language of the page around every story when the toolbar says English: English, or the story tests' locale. */
const STORY_LOCALE: string = (import.meta.env.VITE_STORY_LOCALE as string | undefined) ?? 'en';

/**
 * Toolbar globals: see a widget in a narrow column, on a hostile host page, in French or Spanish, and in a dark theme. (Forced colours and
 * reduced motion: DevTools › Rendering shows the real thing, and the browser tests emulate it; see the Accessibility
 * guide.)
 */
const preview: Preview = {
  tags: ['autodocs'],
  // In the story tests' French and Spanish runs, the language is loaded before each story renders, so that axe and
  // the play functions see the widget in that language, not while it waits for it.
  async beforeEach() {
    if (STORY_LOCALE !== 'en') await loadLocale(STORY_LOCALE as Locale);
  },
  argTypesEnhancers: [controlsOnlyForRenderedArgs(manifest)],
  globalTypes: {
    frame: {
      description: 'Column width around the widget',
      toolbar: {
        title: 'Width',
        icon: 'mobile',
        items: [
          { value: 'full', title: 'Full width' },
          { value: 'column', title: 'Article column' },
          { value: 'narrow', title: 'Narrow: 320 px' },
        ],
        dynamicTitle: true,
      },
    },
    host: {
      description: 'Host page CSS',
      toolbar: {
        title: 'Host page',
        icon: 'browser',
        items: [
          { value: 'plain', title: 'Plain page' },
          { value: 'hostile', title: 'Hostile CSS: html { font-size: 62.5% }, * { line-height, letter-spacing, … }' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the page around the widget (its lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // Every locale the content is written in, each named in its own language: "Français (fr)".
        items: LOCALES.map((value) => ({
          value,
          title: value === 'en' ? 'English' : `${new Intl.DisplayNames([value], { type: 'language' }).of(value)!.replace(/^./, (c) => c.toUpperCase())} (${value})`,
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme set through --net-* tokens',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Default tokens' },
          { value: 'dark', title: 'Dark tokens' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { frame: 'full', host: 'plain', theme: 'light', locale: 'en' },
  decorators: [
    (story, context) => {
      const { frame, host, theme } = context.globals as Record<string, string>;
      // The story tests run every story again in French and in Spanish (vitest.config.ts sets VITE_STORY_LOCALE).
      const locale = context.globals.locale && context.globals.locale !== 'en' ? context.globals.locale : STORY_LOCALE;
      document.documentElement.classList.toggle('sb-host--hostile', host === 'hostile');
      // The widgets take their language from the closest ancestor with lang: this wrapper, as a host page would.
      return html`<div class="sb-frame--${frame ?? 'full'} sb-theme--${theme ?? 'light'}" lang=${locale ?? 'en'}>${story()}</div>`;
    },
  ],
  parameters: {
    // The sidebar, and so the page Storybook opens on: the Introduction first, then the other guides, then the widgets.
    options: {
      storySort: { order: ['Guides', ['Introduction', 'Embedding', 'Host content', 'Theming', '*'], 'Widgets'] },
    },
    controls: { expanded: true },
    // An accessibility violation is an error, in the panel and in the story tests.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};
export default preview;
