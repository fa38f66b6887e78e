// Story annotations that show a story in the toolbar's simulated forced colours or reduced motion
// (.storybook/media-simulation.ts), so that the story tests run axe on the simulation too, and check that it is on.
// The simulation rewrites the whole preview document, so such stories stay off the Docs pages: each story says
// `tags: ['!autodocs']` (and its name) itself, since Storybook reads both from the source, not from a spread.
import { expect } from 'storybook/test';
import { FORCED_PALETTES, rgbText, type ForcedColorsPalette } from '../.storybook/media-simulation.js';
import { widgetIn } from './helpers.js';

type Play = (context: { canvasElement: HTMLElement }) => Promise<void> | void;

/** A colour as the browser computes it ("rgb(0, 0, 0)"), to compare with computed styles. */
function computed(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** A story in simulated forced colours, with Chromium's light or dark palette; `play` puts the widget in its state. */
export const forcedColours = (palette: ForcedColorsPalette, play?: Play) => ({
  globals: { forcedColors: palette },
  play: async (context: { canvasElement: HTMLElement }) => {
    await play?.(context);
    const widget = widgetIn(context.canvasElement);
    await widget.updateComplete;
    // The simulation is on: the widget's frame and the page's text are in the palette's CanvasText.
    const frame = getComputedStyle(widget.shadowRoot!.querySelector('.base')!);
    const text = computed(rgbText(FORCED_PALETTES[palette].CanvasText));
    await expect([frame.color, frame.borderTopColor, getComputedStyle(document.body).color]).toEqual([text, text, text]);
  },
});

/** A story with simulated `prefers-reduced-motion: reduce`; `play` puts the widget in its state. */
export const reducedMotion = (play?: Play) => ({
  globals: { motion: 'reduce' },
  play: async (context: { canvasElement: HTMLElement }) => {
    await play?.(context);
    const widget = widgetIn(context.canvasElement);
    await widget.updateComplete;
    const moving = [...widget.shadowRoot!.querySelectorAll('*')].flatMap((el) =>
      [null, '::before', '::after'].filter((pseudo) => parseFloat(getComputedStyle(el, pseudo).transitionDuration) > 0).map((p) => `${el.localName}${p ?? ''}`),
    );
    await expect(moving).toEqual([]);
  },
});
