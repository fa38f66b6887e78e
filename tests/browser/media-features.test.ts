// The widgets in Chromium's real forced colours and reduced motion (emulated through the DevTools protocol, see
// scripts/media-features-plugin.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { mountStory, type StoryFile, type Widget } from './stories.js';
import { $$, captureWarnings, root } from './helpers.js';

const PALETTES: ForcedColorsPalette[] = ['light', 'dark'];

type Feature = 'forced-colors' | 'prefers-color-scheme' | 'prefers-reduced-motion';
/** Real emulation of media features in this page; `{}` ends it. */
const emulate = (features: Partial<Record<Feature, string>>) => executeServerCommand('emulate-media-features', features);
type ForcedColorsPalette = 'light' | 'dark';
const emulateForcedColors = (palette: ForcedColorsPalette) => emulate({ 'forced-colors': 'active', 'prefers-color-scheme': palette });

/** A colour as red, green, blue (0–255) and alpha (0–1). */
type Rgba = readonly [number, number, number, number];
const rgbText = ([r, g, b, a]: Rgba): string => (a === 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${a})`);

/** A system colour (Canvas, LinkText, Highlight) as this Chromium resolves it now, read from a probe element. */
function systemColor(name: string): Rgba {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = parseColor(getComputedStyle(probe).color);
  probe.remove();
  return value;
}


// ---------------------------------------------------------------------------------------------------------------
// Widgets in the states a reader meets: the stories (tests/browser/stories.ts mounts them as Storybook does).

interface Case {
  file: StoryFile;
  story: string;
  /** Boxes a reader must still see the edges of in forced colours; each must exist. */
  boxes: string[];
}

const CASES: Case[] = [
  { file: 'drug-card', story: 'Default', boxes: ['.base', '.header', '.urgent'] },
  { file: 'drug-card', story: 'CombinationDrugOpened', boxes: ['.base', '.header', '.component'] },
  { file: 'drug-card', story: 'Compact', boxes: ['.base', '.header'] },
  { file: 'drug-card', story: 'UrgentContact', boxes: ['.base', '.header', '.urgent'] },
  { file: 'drug-card', story: 'HostContentReviewOverdue', boxes: ['.base', '.host-label', '.notice', '.urgent'] },
  { file: 'drug-card', story: 'AmbiguousName', boxes: ['.base', '.header', '.callout'] },
  { file: 'drug-card', story: 'UnknownDrug', boxes: ['.base', '.problem'] },
  {
    file: 'treatment-list',
    story: 'WithDrugCardOpened',
    boxes: ['.base', '.search-input', '.option', '.drug-button', '.drug-close', '.drug-panel'],
  },
  { file: 'treatment-list', story: 'NoMatch', boxes: ['.base', '.search-input', '.filter', '.empty', '.text-button'] },
  { file: 'treatment-list', story: 'InvalidHostEntries', boxes: ['.base', '.problem', '.host-mark', '.option'] },
  {
    file: 'diet-guide',
    story: 'SearchingListedFood',
    boxes: ['.base', 'input[type="search"]', '.search-button', '.answer-body', '.advice', '.group', '.drug-button'],
  },
  { file: 'diet-guide', story: 'SearchingUnlistedFood', boxes: ['.base', 'input[type="search"]', '.answer-body'] },
  { file: 'diet-guide', story: 'MedicineOpened', boxes: ['.base', '.group', '.drug-button'] },
  { file: 'diet-guide', story: 'Checklist', boxes: ['.base', '.check-group', '.note-line', '.advice'] },
  { file: 'questions', story: 'FromEachWidget', boxes: ['.base', '.question', '.own-input', '.general-item', '.move-down'] },
  { file: 'questions', story: 'ClearConfirmation', boxes: ['.base', '.confirm', '.confirm-no'] },
  { file: 'questions', story: 'Default', boxes: ['.base', '.own-input', '.general-button'] },
];

const mount = (c: Case): Promise<Widget> => mountStory(c.file, c.story);

// ---------------------------------------------------------------------------------------------------------------
// Reading what is on screen.

/** Every element of a widget's render (its shadow tree, or in light DOM its children), nested widgets' included. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Has a box a reader can see (not display: none, not the 1 px visually-hidden text). */
const visible = (el: Element) => [...el.getClientRects()].some((r) => r.width > 1 || r.height > 1);
const renderedElements = (el: Widget) => [...deepElements(root(el))].filter(visible);
/** The host page's own content shown in a widget's slot: in the page's DOM, in light DOM inside a slot's placeholder. */
const hostContent = (node: Element) => !!node.closest('.net-slot') || (node.getRootNode() === document && !node.closest('[light-dom]'));
const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
/** Parent in the flat tree: across shadow roots to their host. */
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
/** A short name for an element in messages ("button#id.class"). */
const describeEl = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().replace(/\s+/g, '.')}` : ''}`;

/** A computed colour (`rgb()`, `rgba()` or, for relative colours, `color(srgb …)`) as numbers. */
function parseColor(value: string): Rgba {
  const srgb = /^color\(srgb ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return [1, 2, 3].map((i) => Math.round(parseFloat(srgb[i]!) * 255)).concat(srgb[4] ? parseFloat(srgb[4]) : 1) as unknown as Rgba;
  const rgb = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(value);
  if (!rgb) throw new Error(`Not a computed colour: ${value}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] ? Number(rgb[4]) : 1];
}

/** A colour as one canonical string, so that equal colours compare equal whatever their serialisation. */
const colorKey = (value: string) => {
  const [r, g, b, a] = parseColor(value);
  return a === 0 ? 'transparent' : rgbText([r, g, b, Math.round(a * 100) / 100]); // 0.5 and 0.501961 (128/255) alike
};

/** `top` painted over an opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as unknown as Rgba;

/** WCAG contrast ratio of two opaque colours. */
function contrast(a: Rgba, b: Rgba): number {
  const lum = (c: Rgba) => {
    const [r, g, bl] = [c[0], c[1], c[2]].map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The opaque colour behind an element: its own and its ancestors' backgrounds over the page's Canvas. */
function backgroundBehind(el: Element, canvas: Rgba): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.unshift(bg);
    if (bg[3] === 1) break;
  }
  return layers.reduce((under, layer) => over(layer, under), canvas);
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
/** The sides of an element (or pseudo-element) that have a border drawn. */
const drawnSides = (style: CSSStyleDeclaration) =>
  SIDES.filter((side) => !['none', 'hidden'].includes(style.getPropertyValue(`border-${side}-style`)) && parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0);

/** A border side a reader can see: drawn, and at least 3:1 against what is behind it. */
function borderVisible(el: Element, side: (typeof SIDES)[number], canvas: Rgba, pseudo: string | null = null): boolean {
  const style = getComputedStyle(el, pseudo);
  if (!drawnSides(style).includes(side)) return false;
  const behind = backgroundBehind(el, canvas);
  return contrast(over(parseColor(style.getPropertyValue(`border-${side}-color`)), behind), behind) >= 3;
}
const anyBorderVisible = (el: Element, canvas: Rgba, pseudo: string | null = null) => SIDES.some((side) => borderVisible(el, side, canvas, pseudo));

/** The element that has focus, inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** True when `node` is `widget` or inside its (nested) shadow trees. */
function isWithin(node: Element | null, widget: Element): boolean {
  for (let n = node; n; n = parentOf(n)) if (n === widget) return true;
  return false;
}

/** More Tab presses than any widget state here has stops. */
const TAB_LIMIT = 80;

/** Presses Tab until focus leaves the widget (at most `limit` times); calls `check` with each element focused in it. */
async function tabThrough(widget: Element, check: (focused: Element) => void, limit = TAB_LIMIT): Promise<number> {
  (document.activeElement as HTMLElement | null)?.blur();
  let stops = 0;
  for (; stops < limit; stops++) {
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement();
    if (!isWithin(focused, widget)) break;
    check(focused!);
  }
  return stops;
}

// ---------------------------------------------------------------------------------------------------------------

describe('forced colours and reduced motion', () => {
  captureWarnings(); // the bad-input cases warn, as they should

  afterEach(async () => {
    await emulate({});
  });

  describe('the emulation this file relies on is real', () => {
    it('switches the media features on and off in the page', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
      await emulate({ 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      await emulate({});
      expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
    });
  });

  for (const palette of PALETTES) {
    describe(`in forced colours (Chromium, ${palette} palette)`, () => {
      for (const c of CASES) {
        // No axe here: in forced colours Chromium's getComputedStyle reports -webkit-text-fill-color (which axe reads for
        // text) in the author's colour, while it paints the forced one (checked with a screenshot), so axe would judge
        // colours nobody sees. The text check below reads `color`, which Chromium does report forced.
        it(`${c.file} story ${c.story}: edges, text, links, buttons and focus stay visible`, async () => {
          const el = await mount(c);
          // Borders a reader sees without forced colours, to find again with them.
          const drawn = renderedElements(el).map((node) => [node, drawnSides(getComputedStyle(node))] as const);
          await emulateForcedColors(palette);
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          const nodes = renderedElements(el);
          const canvas = systemColor('Canvas');
          const colors = { LinkText: systemColor('LinkText'), Highlight: systemColor('Highlight') };

          for (const selector of c.boxes) {
            const boxes = nodes.filter((n) => n.matches(selector));
            expect(boxes.length, `${selector} is on screen`).to.be.greaterThan(0);
            for (const box of boxes) expect(anyBorderVisible(box, canvas), `${describeEl(box)} keeps a visible border`).to.equal(true);
          }
          const base = nodes.find((n) => n.matches('.base'))!;
          expect(SIDES.filter((side) => !borderVisible(base, side, canvas)), 'sides of the widget box that vanish').to.deep.equal([]);
          for (const [node, sides] of drawn) {
            const lost = sides.filter((side) => !borderVisible(node, side, canvas));
            expect(lost, `border sides of ${describeEl(node)} that vanish`).to.deep.equal([]);
          }

          for (const node of nodes.filter(ownText)) {
            const behind = backgroundBehind(node, canvas);
            const ratio = contrast(over(parseColor(getComputedStyle(node).color), behind), behind);
            expect(ratio, `text contrast of ${describeEl(node)}`).to.be.at.least(4.5);
          }

          for (const link of nodes.filter((n) => n.matches('a[href]'))) {
            const style = getComputedStyle(link);
            expect(colorKey(style.color), `${describeEl(link)} is in LinkText`).to.equal(rgbText(colors.LinkText));
            expect(style.textDecorationLine, `${describeEl(link)} is underlined`).to.contain('underline');
          }

          for (const button of nodes.filter((n) => n.matches('button'))) {
            const style = getComputedStyle(button);
            const marked =
              anyBorderVisible(button, canvas) ||
              style.textDecorationLine.includes('underline') ||
              anyBorderVisible(button, canvas, '::before') ||
              [...button.querySelectorAll('*')].some((child) => visible(child) && anyBorderVisible(child, canvas));
            expect(marked, `${describeEl(button)} has a border, an underline or an icon`).to.equal(true);
          }

          const focused: string[] = [];
          const stops = await tabThrough(el, (node) => {
            focused.push(describeEl(node));
            // A link in the host's own slotted content (the 24-hour number) is in the host page's DOM and takes the
            // host page's focus style: ::slotted() reaches the slotted element, never what is inside it.
            if (hostContent(node)) return;
            const style = getComputedStyle(node);
            expect(style.outlineStyle, `focus outline of ${describeEl(node)}`).to.not.equal('none');
            expect(parseFloat(style.outlineWidth), `focus outline width of ${describeEl(node)}`).to.be.at.least(2);
            expect(colorKey(style.outlineColor), `focus outline colour of ${describeEl(node)}`).to.equal(rgbText(colors.Highlight));
            expect(contrast(over(colors.Highlight, canvas), canvas), 'Highlight against Canvas').to.be.at.least(3);
          });
          const controls = nodes.filter((n) => n.matches('a[href], button, input, [tabindex="0"]'));
          expect(stops, `focus stops (${focused.join(', ')})`).to.be.at.least(Math.min(controls.length, 1));
          expect(stops, 'Tab left the widget (every stop was checked)').to.be.below(TAB_LIMIT);
        });
      }

      it('diet guide: the advice icons keep their mark (the bar of "avoid", the half of "limit")', async () => {
        const el = await mountStory('diet-guide', 'Default');
        await emulateForcedColors(palette);
        const icons = $$(el, '.advice-icon');
        expect(icons.length, 'advice icons on screen').to.be.greaterThan(0);
        for (const icon of icons) expect(getComputedStyle(icon).backgroundImage, describeEl(icon)).to.contain('gradient');
      });
    });
  }

  describe('with reduced motion (Chromium)', () => {
    /** Transitions and animations set on any element or pseudo-element of the widget. */
    const moving = (el: Widget) =>
      [...deepElements(root(el))].flatMap((node) =>
        [null, '::before', '::after'].flatMap((pseudo) => {
          const style = getComputedStyle(node, pseudo);
          const durations = style.transitionDuration.split(',').filter((d) => parseFloat(d) > 0);
          const animated = style.animationName.split(',').some((n) => n.trim() !== 'none');
          return durations.length || animated ? [`${describeEl(node)}${pseudo ?? ''}: ${style.transition} ${style.animationName}`] : [];
        }),
      );
    /** Clicks every toggle of the widget and returns the animations that started. */
    const animationsOnToggle = async (el: Widget, selector: string) => {
      for (const toggle of $$(el, selector)) toggle.click();
      await el.updateComplete;
      return (el.shadowRoot ? el.shadowRoot.getAnimations() : el.getAnimations({ subtree: true })).map((a) => `${a.constructor.name} ${(a as CSSTransition).transitionProperty ?? ''}`);
    };

    /** Each widget, its toggles, and whether it moves at all without the preference. */
    const toggles: [StoryFile, string, string, boolean][] = [
      ['drug-card', 'Combination', '.disclosure', true],
      ['treatment-list', 'CategorySubset', '.option-toggle', true],
      ['diet-guide', 'Default', '.drug-button', true],
    ];
    for (const [file, story, selector, moves] of toggles) {
      const name = `${file} story ${story}`;
      it(`${name}: without reduced motion, ${moves ? 'opening things starts a transition (so the next test can fail)' : 'nothing moves either'}`, async () => {
        const el = await mountStory(file, story);
        expect(moving(el).length > 0, 'transitions set').to.equal(moves);
        expect((await animationsOnToggle(el, selector)).length > 0, 'transitions run').to.equal(moves);
      });

      it(`${name}: with reduced motion, nothing transitions or animates, even while opening things`, async () => {
        const el = await mountStory(file, story);
        await emulate({ 'prefers-reduced-motion': 'reduce' });
        expect(moving(el)).to.deep.equal([]);
        expect(await animationsOnToggle(el, selector)).to.deep.equal([]);
        expect(moving(el)).to.deep.equal([]);
      });
    }
  });
});
