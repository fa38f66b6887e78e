/**
 * Simulated `forced-colors: active` and `prefers-reduced-motion: reduce` for the Storybook toolbar.
 *
 * A page cannot switch a media feature on from JavaScript, so this does what storybook-addon-pseudo-states does for
 * `:hover`: it rewrites the CSSOM. Every style sheet of the page and of every (open) shadow root, and the shared
 * constructed sheets that Lit adopts for each widget class, is walked, nested rules included:
 *
 * - Media queries that test a simulated feature are rewritten so that they match (or not) as they would
 *   (`@media (forced-colors: active)` becomes `@media (width >= 0)`), so the widgets' own forced colours and reduced
 *   motion blocks apply.
 * - With forced colours, declarations are changed the way Chromium forces colours: an author colour that is not a
 *   system colour gives way (`revert-layer`) to a layer that mirrors Chromium's user-agent sheet for forced colours
 *   (links LinkText, buttons ButtonText on ButtonFace, focus rings Highlight, …) or else is inherited; a background
 *   colour becomes the element's forced background (Canvas; ButtonFace for a button, …) with the author's alpha;
 *   box-shadow, text-shadow and gradients go; accent-color and scrollbar-color become `auto`; system colours take the
 *   values of the chosen palette; the page gets a Canvas background. A rule that sets `forced-color-adjust: none`
 *   keeps its colours, and its element and their descendants keep their images and shadows.
 *
 * Every change is recorded and undone exactly (each rule's original `cssText`, each media list's original text) by
 * `stopMediaSimulation()`, or by the next `simulateMediaFeatures()` with other settings.
 *
 * Known limits (the Accessibility guide lists them too): native form controls (a checkbox's tick) are not repainted in
 * the palette; an element that only inherits `forced-color-adjust: none` from an ancestor is still forced; a system
 * colour given through a custom property (`color: var(--x)` with `--x: CanvasText`) is treated as an author colour;
 * colours in `style` attributes are not rewritten (the widgets have none: their CSP forbids them); `matchMedia()` in
 * scripts still sees the real settings. tests/browser/media-features.test.ts compares this simulation
 * with Chromium's real emulation, element by element.
 */

import type { Decorator, Preview } from '@storybook/web-components-vite';

/** The two palettes of Chromium's own emulation of forced colours (DevTools › Rendering), light and dark. */
export type ForcedColorsPalette = 'light' | 'dark';

/** What to simulate. */
export interface MediaSimulation {
  /** Forced colours with this palette, or none. */
  forcedColors?: ForcedColorsPalette | null;
  /** `prefers-reduced-motion: reduce`. */
  reducedMotion?: boolean;
}

/** Where to look for style sheets besides the document and its open shadow roots. */
export interface SimulationTargets {
  /** Tag names of Lit elements whose shared class style sheets (`elementStyles`) are rewritten, used yet or not. */
  elements?: readonly string[];
}

/** The CSS system colours (CSS Color 4, not the deprecated ones). */
export const SYSTEM_COLORS = [
  'AccentColor',
  'AccentColorText',
  'ActiveText',
  'ButtonBorder',
  'ButtonFace',
  'ButtonText',
  'Canvas',
  'CanvasText',
  'Field',
  'FieldText',
  'GrayText',
  'Highlight',
  'HighlightText',
  'LinkText',
  'Mark',
  'MarkText',
  'SelectedItem',
  'SelectedItemText',
  'VisitedText',
] as const;

export type SystemColor = (typeof SYSTEM_COLORS)[number];

/** An sRGB colour as red, green, blue (0–255) and alpha (0–1). */
export type Rgba = readonly [number, number, number, number];

/**
 * The system colours of Chromium's emulated forced colours mode, as Chromium resolves them (measured; the browser test
 * checks them against the real emulation, so a new Chromium that changes them fails it). A real Windows contrast
 * theme has its own colours.
 */
export const FORCED_PALETTES: Record<ForcedColorsPalette, Record<SystemColor, Rgba>> = {
  light: {
    AccentColor: [0, 0, 0, 1],
    AccentColorText: [0, 0, 0, 1],
    ActiveText: [0, 0, 159, 1],
    ButtonBorder: [0, 0, 0, 1],
    ButtonFace: [255, 255, 255, 1],
    ButtonText: [0, 0, 0, 1],
    Canvas: [255, 255, 255, 1],
    CanvasText: [0, 0, 0, 1],
    Field: [255, 255, 255, 1],
    FieldText: [0, 0, 0, 1],
    GrayText: [96, 0, 0, 1],
    Highlight: [5, 0, 73, 0.8],
    HighlightText: [255, 255, 255, 1],
    LinkText: [0, 0, 159, 1],
    Mark: [255, 255, 0, 1],
    MarkText: [0, 0, 0, 1],
    SelectedItem: [25, 103, 210, 1],
    SelectedItemText: [255, 255, 255, 1],
    VisitedText: [0, 0, 159, 1],
  },
  dark: {
    AccentColor: [255, 255, 255, 1],
    AccentColorText: [255, 255, 255, 1],
    ActiveText: [255, 255, 0, 1],
    ButtonBorder: [255, 255, 255, 1],
    ButtonFace: [0, 0, 0, 1],
    ButtonText: [255, 255, 255, 1],
    Canvas: [0, 0, 0, 1],
    CanvasText: [255, 255, 255, 1],
    Field: [0, 0, 0, 1],
    FieldText: [255, 255, 255, 1],
    GrayText: [63, 242, 63, 1],
    Highlight: [0, 230, 255, 0.8],
    HighlightText: [0, 0, 0, 1],
    LinkText: [255, 255, 0, 1],
    Mark: [255, 255, 0, 1],
    MarkText: [0, 0, 0, 1],
    SelectedItem: [25, 103, 210, 1],
    SelectedItemText: [255, 255, 255, 1],
    VisitedText: [255, 255, 0, 1],
  },
};

/** Name of the cascade layer that stands in for Chromium's user-agent rules in forced colours mode. */
export const SIMULATED_UA_LAYER = 'simulated-forced-colors-ua';

/** A media condition that is always true, and one that is always false. */
const ALWAYS = '(width >= 0)';
const NEVER = '(not (width >= 0))';

/** Media features this module can simulate, and the value that is false in a boolean context (`@media (forced-colors)`). */
const FALSE_IN_BOOLEAN_CONTEXT: Record<string, string | null> = {
  'forced-colors': 'none',
  'prefers-reduced-motion': 'no-preference',
  'prefers-color-scheme': null,
};

const CSS_WIDE_KEYWORDS = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer']);
const SYSTEM_COLOR_KEYS = new Map(SYSTEM_COLORS.map((name) => [name.toLowerCase(), name]));

/** Longhands Chromium reverts when their author value is not a system colour (measured in Chromium). */
const REVERTED = new Set([
  'color',
  'caret-color',
  'outline-color',
  ...['top', 'right', 'bottom', 'left', 'block-start', 'block-end', 'inline-start', 'inline-end'].map((side) => `border-${side}-color`),
]);

/**
 * Properties that forced colours drop (to their initial value): each rewritten value reads
 * `var(--simulated-forced-colors-drop, <author value>)`. The page sets that property to `none` (`box-shadow: none`;
 * `accent-color: none` is invalid, so it falls back to `auto`), and a rule with `forced-color-adjust: none` sets it to
 * `initial`, so that its element and (as `forced-color-adjust` does) its descendants keep the author's value.
 */
const DROPPED = new Set(['background-image', 'box-shadow', 'text-shadow', 'accent-color', 'scrollbar-color']);
const DROP_TOGGLE = '--simulated-forced-colors-drop';

/** The red, green and blue of the background forced colours give an element, set on every element by the layer. */
const BACKGROUND_CHANNELS = '--simulated-forced-colors-background';

/** Properties whose value may name a colour (longhands, as the CSSOM lists them). */
const COLOR_BEARING = new Set(['background-image', 'box-shadow', 'text-shadow', 'fill', 'stroke', 'filter', 'border-image-source', 'list-style-image', 'mask-image']);

interface Change {
  undo(): void;
}

let active = '';
let changes: Change[] = [];
let touched = new WeakSet<object>();
let observer: MutationObserver | undefined;

/** `r g b`, for a relative colour. */
const channels = ([r, g, b]: Rgba) => `${r} ${g} ${b}`;

/** `rgb(r g b / a)`. */
export function rgbText([r, g, b, a]: Rgba): string {
  return a === 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${a})`;
}

/** The media features a simulation sets, with their values. */
function simulatedFeatures(simulation: MediaSimulation): Record<string, string> {
  const features: Record<string, string> = {};
  if (simulation.forcedColors) {
    features['forced-colors'] = 'active';
    // Chromium derives the colour scheme from the forced palette's Canvas.
    features['prefers-color-scheme'] = simulation.forcedColors;
  }
  if (simulation.reducedMotion) features['prefers-reduced-motion'] = 'reduce';
  return features;
}

/**
 * A media query list with every test of a simulated feature replaced by an always-true or always-false condition.
 * Other features are left for the browser to evaluate.
 */
export function simulateMediaText(mediaText: string, features: Record<string, string>): string {
  return mediaText.replace(/\(\s*([a-z-]+)\s*(?::\s*([a-z-]+)\s*)?\)/gi, (test, name: string, value?: string) => {
    const feature = name.toLowerCase();
    if (!(feature in features)) return test;
    const matches = value === undefined ? features[feature] !== FALSE_IN_BOOLEAN_CONTEXT[feature] : value.toLowerCase() === features[feature];
    return matches ? ALWAYS : NEVER;
  });
}

/** True when a value is one system colour keyword or `currentcolor`, which forced colours keep. */
function isKeptColor(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v === 'currentcolor' || SYSTEM_COLOR_KEYS.has(v);
}

/** Replaces system colour keywords outside strings and `url()` with the palette's values. */
function substituteSystemColors(value: string, palette: Record<SystemColor, Rgba>): string {
  return value
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|url\([^)]*\))/i)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(/(?<![-\w])([a-z]+)(?![-\w(])/gi, (word: string) => {
            const name = SYSTEM_COLOR_KEYS.get(word.toLowerCase());
            return name ? rgbText(palette[name]) : word;
          }),
    )
    .join('');
}

/** `var(--x)` when a shorthand's whole value is one custom property reference, else undefined. */
function loneVar(value: string): string | undefined {
  const v = value.trim();
  return /^var\(\s*--[\w-]+\s*(?:,[^()]*(?:\([^()]*\)[^()]*)*)?\)$/.test(v) ? v : undefined;
}

/** What Chromium's forced colours make of one author declaration, or undefined when they leave it alone. */
function forcedValue(name: string, value: string, style: CSSStyleDeclaration, palette: Record<SystemColor, Rgba>): string | undefined {
  const v = value.trim().toLowerCase();
  if (CSS_WIDE_KEYWORDS.has(v)) return undefined;
  if (REVERTED.has(name)) return isKeptColor(value) ? undefined : 'revert-layer';
  if (name === 'background-color') {
    if (isKeptColor(value)) return undefined;
    // The element's forced background (Canvas, or ButtonFace, Mark, … from the user-agent layer), keeping the author's
    // alpha, so that a transparent background stays transparent.
    const origin = value || loneVar(style.getPropertyValue('background'));
    const forcedBackground = `var(${BACKGROUND_CHANNELS}, ${channels(palette.Canvas)})`;
    return origin ? `rgb(from ${origin} ${forcedBackground} / alpha)` : rgbText(palette.Canvas);
  }
  if (DROPPED.has(name)) {
    // An image from a url() stays; so does a value the property would get anyway, and one still to come from var().
    const kept = !v || v === 'none' || v === 'auto' || isKeptColor(value) || (name === 'background-image' && v.includes('url('));
    return kept ? undefined : `var(${DROP_TOGGLE}, ${value})`;
  }
  return undefined;
}

/** Rewrites one declaration block for forced colours; records how to undo it. */
function forceDeclarations(style: CSSStyleDeclaration, palette: Record<SystemColor, Rgba>): void {
  const adjust = style.getPropertyValue('forced-color-adjust').trim();
  const keepsColors = adjust === 'none' || adjust === 'preserve-parent-color';
  const updates: [string, string, string][] = adjust ? [[DROP_TOGGLE, keepsColors ? 'initial' : 'none', '']] : [];
  for (let i = 0; i < style.length; i++) {
    const name = style[i];
    if (name.startsWith('--')) continue;
    const value = style.getPropertyValue(name);
    const forced = keepsColors ? undefined : forcedValue(name, value, style, palette);
    const next = name.endsWith('color') || COLOR_BEARING.has(name) ? substituteSystemColors(forced ?? value, palette) : (forced ?? value);
    if (next !== value) updates.push([name, next, style.getPropertyPriority(name)]);
  }
  if (!updates.length) return;
  const original = style.cssText;
  for (const [name, value, priority] of updates) style.setProperty(name, value, priority);
  changes.push({ undo: () => void (style.cssText = original) });
}

/** Rewrites a media list for the simulated features; records how to undo it. */
function simulateMediaList(media: MediaList, features: Record<string, string>): void {
  if (touched.has(media)) return;
  touched.add(media);
  const original = media.mediaText;
  const next = simulateMediaText(original, features);
  if (next === original) return;
  media.mediaText = next;
  changes.push({ undo: () => void (media.mediaText = original) });
}

/** The rules of Chromium's user-agent sheet for forced colours that matter to web content, in the palette's colours. */
function userAgentRules(palette: Record<SystemColor, Rgba>, scheme: ForcedColorsPalette, page: boolean): string {
  const c = (name: SystemColor) => rgbText(palette[name]);
  const bg = (name: SystemColor | 'yellow') => `${BACKGROUND_CHANNELS}: ${name === 'yellow' ? '255 255 0' : channels(palette[name])};`;
  return `@layer ${SIMULATED_UA_LAYER} {
  *, *::before, *::after { ${bg('Canvas')} }
  mark { ${bg('yellow')} }
  button, input[type='button'], input[type='submit'], input[type='reset'], ::file-selector-button { ${bg('ButtonFace')} }
  input:disabled:not([type='checkbox' i], [type='radio' i], [type='file' i], [type='image' i]), textarea:disabled { ${bg('ButtonFace')} }
  ${page ? `:root { color: ${c('CanvasText')}; background-color: ${c('Canvas')}; color-scheme: ${scheme}; ${DROP_TOGGLE}: none; }` : ''}
  :focus-visible { outline-color: ${c('Highlight')}; }
  a:any-link { color: ${c('LinkText')}; }
  a:visited { color: ${c('VisitedText')}; }
  details summary { color: ${c('LinkText')}; }
  fieldset { border-color: ${c('CanvasText')}; }
  mark { background-color: yellow; color: black; }
  ::placeholder { color: ${c('GrayText')}; }
  input, textarea, select { background-color: ${c('Canvas')}; border-color: ${c('ButtonText')}; color: ${c('CanvasText')}; }
  input[type='checkbox' i], input[type='radio' i], input[type='file' i], input[type='image' i] { background-color: transparent; }
  select { border-color: ${c('CanvasText')}; }
  input:hover, textarea:hover, select:hover, input:focus, textarea:focus, select:focus { border-color: ${c('Highlight')}; }
  input:disabled, textarea:disabled, select:disabled { border-color: ${c('GrayText')}; color: ${c('GrayText')}; }
  button, input[type='button'], input[type='submit'], input[type='reset'], ::file-selector-button {
    background-color: ${c('ButtonFace')}; border-color: ${c('ButtonBorder')}; color: ${c('ButtonText')};
  }
  button:hover, button:focus, input[type='button']:hover, input[type='button']:focus, input[type='submit']:hover,
  input[type='submit']:focus, input[type='reset']:hover, input[type='reset']:focus { border-color: ${c('Highlight')}; }
  button:disabled, input[type='button']:disabled, input[type='submit']:disabled, input[type='reset']:disabled {
    border-color: ${c('GrayText')}; color: ${c('GrayText')};
  }
}`;
}

/** Adds the user-agent layer at the top of a sheet (after any `@import`); records how to undo it. */
function addUserAgentLayer(sheet: CSSStyleSheet, cssText: string): void {
  let index = 0;
  while (index < sheet.cssRules.length && sheet.cssRules[index] instanceof CSSImportRule) index++;
  try {
    sheet.insertRule(cssText, index);
  } catch {
    return; // a sheet that refuses the rule keeps Chromium's plain user-agent colours
  }
  const rule = sheet.cssRules[index];
  touched.add(rule);
  changes.push({
    undo: () => {
      const at = [...sheet.cssRules].indexOf(rule);
      if (at >= 0) sheet.deleteRule(at);
    },
  });
}

/** Rewrites the rules of a list, recursing into grouping rules, nested rules and imported sheets. */
function simulateRules(rules: CSSRuleList, simulation: MediaSimulation, features: Record<string, string>): void {
  const palette = simulation.forcedColors ? FORCED_PALETTES[simulation.forcedColors] : undefined;
  for (const rule of rules) {
    if (touched.has(rule)) continue;
    touched.add(rule);
    if (rule instanceof CSSMediaRule || rule instanceof CSSImportRule) simulateMediaList(rule.media, features);
    if (palette && (rule instanceof CSSStyleRule || rule instanceof CSSNestedDeclarations)) forceDeclarations(rule.style, palette);
    if ('cssRules' in rule) simulateRules((rule as CSSGroupingRule).cssRules, simulation, features);
    if (rule instanceof CSSImportRule && rule.styleSheet) simulateSheet(rule.styleSheet, simulation, false);
  }
}

/** Rewrites one sheet; `page` marks a sheet of the document itself (not of a shadow root). */
function simulateSheet(sheet: CSSStyleSheet, simulation: MediaSimulation, page: boolean): void {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    return; // a cross-origin sheet cannot be read
  }
  const features = simulatedFeatures(simulation);
  if (!touched.has(sheet)) {
    touched.add(sheet);
    simulateMediaList(sheet.media, features);
    // Shadow roots need the user-agent layer in their own sheets (layers belong to one tree scope); the page has its own.
    if (simulation.forcedColors && !page) {
      addUserAgentLayer(sheet, userAgentRules(FORCED_PALETTES[simulation.forcedColors], simulation.forcedColors, false));
    }
  }
  simulateRules(rules, simulation, features);
}

/** The shadow roots in a tree, nested ones included. */
function* shadowRoots(root: Document | ShadowRoot): Generator<ShadowRoot> {
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      yield element.shadowRoot;
      yield* shadowRoots(element.shadowRoot);
    }
  }
}

/** The shared style sheets of a Lit element class (the ones each instance adopts). */
function classSheets(tag: string): CSSStyleSheet[] {
  const styles = (customElements.get(tag) as { elementStyles?: (CSSStyleSheet | { styleSheet?: CSSStyleSheet })[] } | undefined)?.elementStyles;
  return (styles ?? []).map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet)).filter((s): s is CSSStyleSheet => !!s);
}

/** Adds a sheet of the page's own with the user-agent layer and the Canvas page background; records how to undo it. */
function addPageSheet(doc: Document, palette: ForcedColorsPalette): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(userAgentRules(FORCED_PALETTES[palette], palette, true));
  touched.add(sheet);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  changes.push({ undo: () => void (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)) });
}

/** Rewrites every sheet not yet rewritten: the document's, its shadow roots', and the given element classes'. */
function simulateEverywhere(doc: Document, simulation: MediaSimulation, targets: SimulationTargets): void {
  for (const sheet of [...doc.styleSheets, ...doc.adoptedStyleSheets]) simulateSheet(sheet, simulation, true);
  for (const root of shadowRoots(doc)) for (const sheet of [...root.styleSheets, ...root.adoptedStyleSheets]) simulateSheet(sheet, simulation, false);
  for (const tag of targets.elements ?? []) for (const sheet of classSheets(tag)) simulateSheet(sheet, simulation, false);
}

/**
 * Simulates the given media features on a document (and keeps doing so for style sheets added later, until stopped).
 * Calling it again with the same settings only rewrites what is new; with other settings it first undoes the old ones.
 * Calling it with nothing to simulate is the same as `stopMediaSimulation()`.
 */
export function simulateMediaFeatures(simulation: MediaSimulation, targets: SimulationTargets = {}, doc: Document = document): void {
  const key = JSON.stringify([simulation.forcedColors ?? null, !!simulation.reducedMotion]);
  if (key !== active) stopMediaSimulation();
  if (!simulation.forcedColors && !simulation.reducedMotion) return;
  if (key !== active) {
    active = key;
    if (simulation.forcedColors) addPageSheet(doc, simulation.forcedColors);
    // New <style> elements (a story's own) and new light-DOM widgets are rewritten as they arrive.
    observer = new MutationObserver(() => simulateEverywhere(doc, simulation, targets));
    observer.observe(doc, { childList: true, subtree: true });
  }
  simulateEverywhere(doc, simulation, targets);
}

/** Undoes every change of the simulation in force, in reverse order, leaving each sheet exactly as it was. */
export function stopMediaSimulation(): void {
  observer?.disconnect();
  observer = undefined;
  for (const change of changes.reverse()) change.undo();
  changes = [];
  touched = new WeakSet();
  active = '';
}

/** Toolbar globals `forcedColors` (off, light, dark) and `motion` (no-preference, reduce). Every title says "simulated". */
export const mediaSimulationGlobalTypes: NonNullable<Preview['globalTypes']> = {
  forcedColors: {
    description: 'Forced colours, simulated by rewriting the CSS (DevTools › Rendering › Emulate CSS media feature forced-colors has the real thing)',
    toolbar: {
      title: 'Forced colours (simulated)',
      icon: 'eye',
      items: [
        { value: 'off', title: 'Forced colours (simulated): off' },
        { value: 'light', title: 'Forced colours (simulated): light palette' },
        { value: 'dark', title: 'Forced colours (simulated): dark palette' },
      ],
      dynamicTitle: true,
    },
  },
  motion: {
    description:
      'Reduced motion, simulated by rewriting the CSS (DevTools › Rendering › Emulate CSS media feature prefers-reduced-motion has the real thing)',
    toolbar: {
      title: 'Reduced motion (simulated)',
      icon: 'stopalt',
      items: [
        { value: 'no-preference', title: 'Reduced motion (simulated): off' },
        { value: 'reduce', title: 'Reduced motion (simulated): on' },
      ],
      dynamicTitle: true,
    },
  },
};

/** Initial values of the toolbar globals: nothing simulated. */
export const mediaSimulationInitialGlobals = { forcedColors: 'off', motion: 'no-preference' };

/**
 * A decorator that applies the toolbar's (or a story's `globals`) simulation before the story renders, and undoes it
 * when a story without it renders. `elements`: the tag names of the widgets whose class style sheets to rewrite.
 */
export function withMediaSimulation(elements: readonly string[]): Decorator {
  return (story, context) => {
    const { forcedColors, motion } = context.globals as { forcedColors?: string; motion?: string };
    const palette = forcedColors === 'light' || forcedColors === 'dark' ? forcedColors : null;
    simulateMediaFeatures({ forcedColors: palette, reducedMotion: motion === 'reduce' }, { elements });
    return story();
  };
}
