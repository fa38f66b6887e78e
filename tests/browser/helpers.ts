/**
 * Collects console warnings during each test of the enclosing `describe`, and hides them from the log. The returned
 * array is emptied before every test, so assertions read only that test's warnings.
 */
export function captureWarnings(): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });
  return warnings;
}

// ---- reading a widget as a reader sees it (every browser test uses these, none declares its own) ----------------

/** The element's shadow root (the widgets render into one). */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first element in the widget's shadow root that matches, or null. */
export const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T | null =>
  root(el).querySelector<T>(selector);

/** Every element in the widget's shadow root that matches, in document order. */
export const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T[] => [
  ...root(el).querySelectorAll<T>(selector),
];

/** A node's text with runs of white space made one space, trimmed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** True when the element has a box on screen (or paper): not `hidden`, not `display: none`. */
export const shown = (node: Element | null | undefined): boolean => !!node && node.getClientRects().length > 0;

/** The heading elements of a widget, by tag (`h2`, `h3`, ...), in document order. */
export const headingLevels = (el: Element): string[] => $$(el, 'h1,h2,h3,h4,h5,h6').map((h) => h.localName);

/** An element for a message: `button#id.class.names`. */
export const describeEl = (el: Element | null): string =>
  el ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().replace(/\s+/g, '.')}` : ''}` : 'nothing';
