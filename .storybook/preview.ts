import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html, render } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { LOCALES, loadLocale, type Locale } from '../src/content/locale-data.js';
import { WIDGET_SELECTOR } from '../src/shared/widgets.js';
import { controlsOnlyForRenderedArgs } from './arg-types.js';

setCustomElementsManifest(manifest);

/** The language of the page around every story when the toolbar says English: English, or the story tests' locale. */
const STORY_LOCALE: string = (import.meta.env.VITE_STORY_LOCALE as string | undefined) ?? 'en';

/**
 * Where the widgets render when the toolbar says shadow DOM: in a shadow root, or, with `VITE_STORY_DOM=light` (a story
 * test run of every story in light DOM), in their own light DOM.
 */
const STORY_DOM: string = (import.meta.env.VITE_STORY_DOM as string | undefined) ?? 'shadow';

/**
 * The story in light DOM: `light-dom` is read when a widget is first added to the page, so the story is rendered into a
 * frame that is not on the page yet, every widget in it gets the attribute, and only then does the frame go on the page
 * (Storybook puts a returned element in place of the last one, so each render starts from new widgets). Widgets that a
 * widget opens inside itself (a drug card in the treatment list) are the widget's own: they are not changed here.
 */
function inLightDom(story: unknown, className: string, lang: string): HTMLElement {
  const frame = document.createElement('div');
  frame.className = className;
  frame.lang = lang;
  render(story, frame);
  for (const widget of frame.querySelectorAll(WIDGET_SELECTOR)) widget.setAttribute('light-dom', '');
  return frame;
}

/**
 * Toolbar globals: see a widget in a narrow column, on a hostile host page, in French or Spanish, in a dark theme, and
 * in light DOM (`light-dom`, for reading and translation tools). (Forced colours and
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
    dom: {
      description: 'Where the widgets render their content: a shadow root (the default), or their own light DOM (light-dom)',
      toolbar: {
        title: 'DOM',
        icon: 'structure',
        items: [
          { value: 'shadow', title: 'Shadow DOM' },
          { value: 'light', title: 'Light DOM', right: 'light-dom on every widget' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { frame: 'full', host: 'plain', theme: 'light', locale: 'en', dom: 'shadow' },
  decorators: [
    (story, context) => {
      const { frame, host, theme } = context.globals as Record<string, string>;
      // The story tests run every story again in French and in Spanish (vitest.config.ts sets VITE_STORY_LOCALE).
      const locale = context.globals.locale && context.globals.locale !== 'en' ? context.globals.locale : STORY_LOCALE;
      const dom = context.globals.dom === 'light' ? 'light' : STORY_DOM;
      document.documentElement.classList.toggle('sb-host--hostile', host === 'hostile');
      const className = `sb-frame--${frame ?? 'full'} sb-theme--${theme ?? 'light'}`;
      // The widgets take their language from the closest ancestor with lang: this wrapper, as a host page would.
      if (dom === 'light') return inLightDom(story(), className, locale ?? 'en');
      return html`<div class=${className} lang=${locale ?? 'en'}>${story()}</div>`;
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
