// The widgets in Chromium's real forced colours and reduced motion (emulated through the DevTools protocol, see
// scripts/media-features-plugin.mjs), and the Storybook toolbar's simulation of both (.storybook/media-simulation.ts)
// compared with that real emulation, element by element, so the toolbar cannot drift from what users get.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';
import { getDrug } from '../../src/content/drugs.js';
import type { Drug, Treatment } from '../../src/content/schema.js';
import {
  FORCED_PALETTES,
  SYSTEM_COLORS,
  rgbText,
  simulateMediaFeatures,
  simulateMediaText,
  stopMediaSimulation,
  type ForcedColorsPalette,
  type MediaSimulation,
  type Rgba,
} from '../../.storybook/media-simulation.js';
import { captureWarnings } from './helpers.js';

const WIDGETS = ['net-drug-card', 'net-treatment-list', 'net-diet-guide'];
const PALETTES: ForcedColorsPalette[] = ['light', 'dark'];

type Feature = 'forced-colors' | 'prefers-color-scheme' | 'prefers-reduced-motion';
/** Real emulation of media features in this page; `{}` ends it. */
const emulate = (features: Partial<Record<Feature, string>>) => executeServerCommand('emulate-media-features', features);
const emulateForcedColors = (palette: ForcedColorsPalette) => emulate({ 'forced-colors': 'active', 'prefers-color-scheme': palette });
const simulate = (simulation: MediaSimulation) => simulateMediaFeatures(simulation, { elements: WIDGETS });

/** What `snapshot()` returns under Chromium's real emulation of a simulation's features, then under the simulation. */
async function realAndSimulated<T>(simulation: MediaSimulation, snapshot: () => T): Promise<{ real: T; simulated: T }> {
  const palette = simulation.forcedColors;
  await emulate({
    ...(palette && { 'forced-colors': 'active', 'prefers-color-scheme': palette }),
    ...(simulation.reducedMotion && { 'prefers-reduced-motion': 'reduce' }),
  });
  const real = snapshot();
  await emulate({});
  simulate(simulation);
  const simulated = snapshot();
  stopMediaSimulation();
  return { real, simulated };
}

// ---------------------------------------------------------------------------------------------------------------
// Widgets in the states a reader meets, with bundled content.

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface Case {
  name: string;
  render: () => TemplateResult;
  /** Puts the widget in the state to check (opens things). */
  prepare?: (el: Widget) => Promise<void>;
  /** Boxes a reader must still see the edges of in forced colours; each must exist. */
  boxes: string[];
}

/** A charity's own card, from the bundled lanreotide entry (no medical fact of its own), overdue for review. */
function charityCard(): Drug {
  return {
    ...structuredClone(getDrug('lanreotide')!),
    id: 'lanreotide-at-our-clinic',
    name: 'Lanreotide at our clinic',
    reviewed: '2020-01-15',
    nextReview: '2021-01-15',
  };
}

const hostEntry: Treatment = {
  id: 'example-nurse-line',
  category: 'supportive',
  name: 'Example NET nurse line',
  otherNames: [],
  summary: 'A phone line where a NET nurse answers your questions about treatment.',
  about: { text: 'A nurse who knows about NETs answers your call.', sources: ['example-leaflet'] },
  whenUsed: { text: 'Any time during or after treatment.', sources: ['example-leaflet'] },
  howDone: { text: 'Call the number on our website.', sources: ['example-leaflet'] },
  aims: { goals: ['ease-symptoms'], sources: ['example-leaflet'] },
  relatedDrugs: [],
  reviewed: '2026-01-15',
  nextReview: '2027-01-15',
  sourceDetails: [{ id: 'example-leaflet', publisher: 'Example NET Charity', title: 'Our nurse line', region: 'United Kingdom', date: '2026' }],
};

const click = async (el: Widget, selector: string) => {
  const target = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`No ${selector} to click`);
  target.click();
  await el.updateComplete;
};

const CASES: Case[] = [
  { name: 'drug card, everolimus', render: () => html`<net-drug-card drug="everolimus"></net-drug-card>`, boxes: ['.base', '.header', '.urgent'] },
  {
    name: 'drug card, CAPTEM with a component open',
    render: () => html`<net-drug-card drug="captem"></net-drug-card>`,
    prepare: (el) => click(el, '.disclosure'),
    boxes: ['.base', '.header', '.component'],
  },
  {
    name: 'drug card, compact',
    render: () => html`<net-drug-card drug="octreotide" variant="compact"></net-drug-card>`,
    boxes: ['.base', '.header'],
  },
  {
    name: "drug card, a host's own card overdue for review, with a contact slot",
    render: () => html`<net-drug-card .content=${charityCard()}><p slot="contact">Call our NET nurse line.</p></net-drug-card>`,
    boxes: ['.base', '.host-label', '.notice', '.urgent'],
  },
  { name: 'drug card, unknown drug', render: () => html`<net-drug-card drug="octreotid"></net-drug-card>`, boxes: ['.base', '.problem'] },
  {
    name: 'treatment list, targeted therapy open with a drug card',
    render: () => html`<net-treatment-list categories="targeted"></net-treatment-list>`,
    prepare: async (el) => {
      await click(el, '#net-treatment-mtor-inhibitors-toggle');
      await click(el, '#net-treatment-mtor-inhibitors-body .drug-button');
      const card = el.shadowRoot!.querySelector<Widget>('net-drug-card');
      await card?.updateComplete;
    },
    boxes: ['.base', '.search-input', '.option', '.drug-button', '.drug-close', '.drug-panel'],
  },
  {
    name: 'treatment list, nothing matches',
    render: () => html`<net-treatment-list query="zebra"></net-treatment-list>`,
    boxes: ['.base', '.search-input', '.filter', '.empty', '.text-button'],
  },
  {
    name: "treatment list, a host's entry and an invalid one",
    render: () => html`<net-treatment-list
      categories="supportive"
      .entries=${[hostEntry, { ...hostEntry, id: 'broken', category: 'helplines' } as unknown as Treatment]}
    ></net-treatment-list>`,
    boxes: ['.base', '.problem', '.host-mark', '.option'],
  },
  { name: 'treatment list, unknown category', render: () => html`<net-treatment-list categories="herbal"></net-treatment-list>`, boxes: ['.base', '.problem'] },
  {
    name: 'diet guide, a food answered',
    render: () => html`<net-diet-guide query="bananas"></net-diet-guide>`,
    prepare: (el) => click(el, '.drug-button'),
    boxes: ['.base', 'input[type="search"]', '.search-button', '.answer-body', '.advice', '.group', '.pointer', '.talk', '.drug-button'],
  },
  {
    name: 'diet guide, checklist',
    render: () => html`<net-diet-guide variant="checklist"></net-diet-guide>`,
    boxes: ['.base', '.check-group', '.note-line', '.advice'],
  },
  { name: 'diet guide, unknown group', render: () => html`<net-diet-guide groups="puddings"></net-diet-guide>`, boxes: ['.base', '.problem'] },
];

async function mount(c: Case): Promise<Widget> {
  const el = await fixture<Widget>(c.render());
  await el.updateComplete;
  await c.prepare?.(el);
  return el;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading what is on screen.

/** Every element of a widget's shadow tree, nested widgets' included. */
function* deepElements(root: ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Has a box a reader can see (not display: none, not the 1 px visually-hidden text). */
const visible = (el: Element) => [...el.getClientRects()].some((r) => r.width > 1 || r.height > 1);
const renderedElements = (el: Widget) => [...deepElements(el.shadowRoot!)].filter(visible);
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
    stopMediaSimulation();
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
    const colors = FORCED_PALETTES[palette];
    const canvas = colors.Canvas;

    describe(`in forced colours (Chromium, ${palette} palette)`, () => {
      for (const c of CASES) {
        // No axe here: in forced colours Chromium's getComputedStyle reports -webkit-text-fill-color (which axe reads for
        // text) in the author's colour, while it paints the forced one (checked with a screenshot), so axe would judge
        // colours nobody sees. The text check below reads `color`, which Chromium does report forced.
        it(`${c.name}: edges, text, links, buttons and focus stay visible`, async () => {
          const el = await mount(c);
          // Borders a reader sees without forced colours, to find again with them.
          const drawn = renderedElements(el).map((node) => [node, drawnSides(getComputedStyle(node))] as const);
          await emulateForcedColors(palette);
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          const nodes = renderedElements(el);

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
            const style = getComputedStyle(node);
            focused.push(describeEl(node));
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
        const el = await fixture<Widget>(html`<net-diet-guide></net-diet-guide>`);
        await emulateForcedColors(palette);
        const icons = [...el.shadowRoot!.querySelectorAll('.advice-icon')];
        expect(icons.length, 'advice icons on screen').to.be.greaterThan(0);
        for (const icon of icons) expect(getComputedStyle(icon).backgroundImage, describeEl(icon)).to.contain('gradient');
      });
    });
  }

  describe('with reduced motion (Chromium)', () => {
    /** Transitions and animations set on any element or pseudo-element of the widget. */
    const moving = (el: Widget) =>
      [...deepElements(el.shadowRoot!)].flatMap((node) =>
        [null, '::before', '::after'].flatMap((pseudo) => {
          const style = getComputedStyle(node, pseudo);
          const durations = style.transitionDuration.split(',').filter((d) => parseFloat(d) > 0);
          const animated = style.animationName.split(',').some((n) => n.trim() !== 'none');
          return durations.length || animated ? [`${describeEl(node)}${pseudo ?? ''}: ${style.transition} ${style.animationName}`] : [];
        }),
      );
    /** Clicks every toggle of the widget and returns the animations that started. */
    const animationsOnToggle = async (el: Widget, selector: string) => {
      for (const toggle of el.shadowRoot!.querySelectorAll<HTMLElement>(selector)) toggle.click();
      await el.updateComplete;
      return el.shadowRoot!.getAnimations().map((a) => `${a.constructor.name} ${(a as CSSTransition).transitionProperty ?? ''}`);
    };

    /** Each widget, its toggles, and whether it moves at all without the preference. */
    const toggles: [string, () => TemplateResult, string, boolean][] = [
      ['drug card', () => html`<net-drug-card drug="captem"></net-drug-card>`, '.disclosure', true],
      ['treatment list', () => html`<net-treatment-list categories="targeted"></net-treatment-list>`, '.option-toggle', true],
      ['diet guide', () => html`<net-diet-guide></net-diet-guide>`, '.drug-button', false],
    ];
    for (const [name, render, selector, moves] of toggles) {
      it(`${name}: without reduced motion, ${moves ? 'opening things starts a transition (so the next test can fail)' : 'nothing moves either'}`, async () => {
        const el = await fixture<Widget>(render());
        expect(moving(el).length > 0, 'transitions set').to.equal(moves);
        expect((await animationsOnToggle(el, selector)).length > 0, 'transitions run').to.equal(moves);
      });

      it(`${name}: with reduced motion, nothing transitions or animates, even while opening things`, async () => {
        const el = await fixture<Widget>(render());
        await emulate({ 'prefers-reduced-motion': 'reduce' });
        expect(moving(el)).to.deep.equal([]);
        expect(await animationsOnToggle(el, selector)).to.deep.equal([]);
        expect(moving(el)).to.deep.equal([]);
      });
    }
  });

  describe('the Storybook toolbar simulation matches the real thing', () => {
    for (const palette of PALETTES) {
      it(`its ${palette} palette is Chromium's: every system colour`, async () => {
        await emulateForcedColors(palette);
        const probe = await fixture<HTMLElement>(html`<span>probe</span>`);
        for (const name of SYSTEM_COLORS) {
          probe.style.color = name;
          expect(colorKey(getComputedStyle(probe).color), name).to.equal(rgbText(FORCED_PALETTES[palette][name]));
        }
      });
    }

    /**
     * What forced colours change, on every element and pseudo-element on screen. Left out: text-decoration-color, for
     * which Chromium's getComputedStyle reports the author's colour in forced colours while it paints the forced one (a
     * screenshot shows an underline in CanvasText), so the number says nothing about the screen.
     */
    const FORCED_PROPERTIES = ['color', 'background-color', 'background-image', 'box-shadow', 'text-shadow', 'accent-color', 'forced-color-adjust'];
    function forcedSnapshot(el: Widget): Record<string, string> {
      const snapshot: Record<string, string> = {};
      renderedElements(el).forEach((node, i) => {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(node, pseudo);
          if (pseudo && style.content === 'none') continue;
          const values = FORCED_PROPERTIES.map((p) => {
            const v = style.getPropertyValue(p);
            return `${p}: ${p.endsWith('color') && v !== 'auto' ? colorKey(v) : v}`;
          });
          for (const side of drawnSides(style)) values.push(`border-${side}-color: ${colorKey(style.getPropertyValue(`border-${side}-color`))}`);
          if (style.outlineStyle !== 'none') values.push(`outline: ${style.outlineStyle} ${style.outlineWidth} ${colorKey(style.outlineColor)}`);
          snapshot[`${i} ${describeEl(node)}${pseudo ?? ''}`] = values.join('; ');
        }
      });
      return snapshot;
    }
    const motionSnapshot = (el: Widget) =>
      Object.fromEntries(
        renderedElements(el).flatMap((node, i) =>
          [null, '::before', '::after'].map((pseudo) => {
            const style = getComputedStyle(node, pseudo);
            return [`${i} ${describeEl(node)}${pseudo ?? ''}`, `${style.transitionDuration} ${style.transitionProperty} ${style.animationName} ${style.scrollBehavior}`];
          }),
        ),
      );
    /** The entries of two snapshots that differ, as readable lines. */
    const differences = (real: Record<string, string>, simulated: Record<string, string>) =>
      Object.keys({ ...real, ...simulated })
        .filter((key) => real[key] !== simulated[key])
        .map((key) => `${key}\n    real:      ${real[key]}\n    simulated: ${simulated[key]}`);

    for (const palette of PALETTES) {
      for (const c of CASES) {
        it(`forced colours, ${palette}: ${c.name}, element by element, focus rings included`, async () => {
          const el = await mount(c);
          const plain = forcedSnapshot(el);
          const controls = renderedElements(el).filter((n) => n.matches('a[href], button, input')).length;
          const focusStops = Math.min(controls, 4);
          for (let stop = 0; stop <= focusStops; stop++) {
            if (stop) await sendKeys({ press: 'Tab' });
            const { real, simulated } = await realAndSimulated({ forcedColors: palette }, () => forcedSnapshot(el));
            if (stop === 0) expect(differences(plain, real), 'forced colours change something').to.not.deep.equal([]);
            expect(differences(real, simulated), `with ${stop} Tab presses`).to.deep.equal([]);
          }
        });
      }
    }

    it('reduced motion: every widget, element by element', async () => {
      for (const c of CASES.filter((x) => !x.name.includes('unknown'))) {
        const el = await mount(c);
        const { real, simulated } = await realAndSimulated({ reducedMotion: true }, () => motionSnapshot(el));
        expect(differences(real, simulated), c.name).to.deep.equal([]);
      }
    });

    it('both at once, dark palette: the drug card', async () => {
      const el = await mount(CASES[1]!);
      const { real, simulated } = await realAndSimulated({ forcedColors: 'dark', reducedMotion: true }, () => ({ ...forcedSnapshot(el), ...motionSnapshot(el) }));
      expect(differences(real, simulated)).to.deep.equal([]);
    });

    it('switching off restores every style sheet exactly, and the page background', async () => {
      const el = await mount(CASES[5]!);
      const sheets = () =>
        [...document.styleSheets, ...document.adoptedStyleSheets, ...[...deepElements(el.shadowRoot!)].flatMap((n) => n.shadowRoot?.adoptedStyleSheets ?? []), ...el.shadowRoot!.adoptedStyleSheets]
          .map((sheet) => `${sheet.media.mediaText}{${[...sheet.cssRules].map((rule) => rule.cssText).join('\n')}}`)
          .join('\n');
      const before = sheets();
      const page = getComputedStyle(document.documentElement).backgroundColor;
      simulate({ forcedColors: 'light' });
      expect(sheets()).to.not.equal(before);
      expect(colorKey(getComputedStyle(document.documentElement).backgroundColor)).to.equal(rgbText(FORCED_PALETTES.light.Canvas));
      simulate({ forcedColors: 'dark', reducedMotion: true });
      expect(colorKey(getComputedStyle(document.documentElement).backgroundColor)).to.equal(rgbText(FORCED_PALETTES.dark.Canvas));
      simulate({ reducedMotion: true });
      simulate({});
      expect(sheets()).to.equal(before);
      expect(getComputedStyle(document.documentElement).backgroundColor).to.equal(page);
    });

    it("beyond the widgets: host page markup in a shadow root, with Chromium's user-agent colours; and its one known limit", async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`
        :host { display: block; color: #333; --brand: #6a1b9a; }
        .card { background: #f3f5f7; border: 1px solid #ccc; box-shadow: 0 2px 4px #0003; padding: 1em; }
        a { color: var(--brand); }
        button, input, select, textarea { color: var(--brand); background: #fff; border: 2px solid var(--brand); }
        button.ghost { background: transparent; border-color: transparent; }
        input[type='checkbox'] { accent-color: var(--brand); }
        mark { background: #ff0; }
        .stripes { background-image: linear-gradient(90deg, #000 50%, #fff 50%); block-size: 1em; }
        .shadow { text-shadow: 1px 1px #c00; color: rgb(0 0 0 / 0.5); background: rgb(200 0 0 / 0.5); }
        .system { color: LinkText; border: 3px solid Highlight; }
        .keep { forced-color-adjust: none; color: #c00; background: #ffe; border: 1px solid #c00; }
        .keep-child { color: #060; background-image: linear-gradient(#c00, #00c); }
        ::placeholder { color: #999; }
      `);
      root.adoptedStyleSheets = [sheet];
      render(
        html`<style>
            fieldset { border: 2px groove #abc; }
          </style>
          <div class="card">
            <p>Text <a href="#x">a link</a> <mark>marked</mark></p>
            <button type="button">Button</button> <button type="button" class="ghost">Ghost</button>
            <button type="button" disabled>Disabled</button>
            <input type="search" placeholder="Search" aria-label="Search" /> <input type="checkbox" aria-label="Tick" />
            <select aria-label="Pick"><option>One</option></select> <textarea aria-label="Notes"></textarea>
            <fieldset><legend>Group</legend></fieldset>
            <div class="stripes"></div>
            <p class="shadow">Shadowed</p>
            <p class="system">System colours</p>
            <div class="keep">Kept <span class="keep-child">child</span></div>
          </div>`,
        root,
      );
      const widget = host as Widget;
      widget.updateComplete = Promise.resolve(true);
      for (const palette of PALETTES) {
        const { real, simulated } = await realAndSimulated({ forcedColors: palette }, () => forcedSnapshot(widget));
        // The known limit: a rule can be rewritten only by what it says itself, so an element that merely inherits
        // `forced-color-adjust: none` still has its colours forced (its images and shadows are kept, as they should be).
        expect(differences(real, simulated).map((line) => line.split('\n')[0]!.replace(/^\d+ /, '')), palette).to.deep.equal(['span.keep-child']);
      }
    });

    it('reaches style sheets that arrive later: a story <style> and a widget class first used after switching on', async () => {
      simulate({ forcedColors: 'light' });
      const host = await fixture<HTMLElement>(html`<div>
        <style>
          .late { color: #c00; border: 2px solid #0c0; box-shadow: 0 0 4px #00c; }
        </style>
        <p class="late">Late</p>
      </div>`);
      await Promise.resolve(); // the simulation's MutationObserver runs as a microtask
      const style = getComputedStyle(host.querySelector('.late')!);
      expect([colorKey(style.color), colorKey(style.borderTopColor), style.boxShadow]).to.deep.equal([
        rgbText(FORCED_PALETTES.light.CanvasText),
        rgbText(FORCED_PALETTES.light.CanvasText),
        'none',
      ]);
    });
  });

  describe('simulateMediaText()', () => {
    const on = { 'forced-colors': 'active', 'prefers-reduced-motion': 'reduce', 'prefers-color-scheme': 'dark' };
    it('makes a test of a simulated feature always true or always false, and leaves the rest', () => {
      expect(simulateMediaText('(forced-colors: active)', on)).to.equal('(width >= 0)');
      expect(simulateMediaText('(forced-colors)', on)).to.equal('(width >= 0)');
      expect(simulateMediaText('(forced-colors: none)', on)).to.equal('(not (width >= 0))');
      expect(simulateMediaText('(prefers-reduced-motion: no-preference)', on)).to.equal('(not (width >= 0))');
      expect(simulateMediaText('screen and (prefers-reduced-motion: reduce), print', on)).to.equal('screen and (width >= 0), print');
      expect(simulateMediaText('(prefers-color-scheme: light)', on)).to.equal('(not (width >= 0))');
      expect(simulateMediaText('(min-width: 40em)', on)).to.equal('(min-width: 40em)');
      expect(simulateMediaText('(forced-colors: active)', {})).to.equal('(forced-colors: active)');
    });
  });
});
