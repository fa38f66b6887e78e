import { WIDGET_TAGS } from '../../src/shared/widgets.js';

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
//
// The widgets' suites run twice (web-test-runner.config.mjs): in shadow DOM, and with every widget in light DOM
// (`light-dom`, issue 29; tests/browser/light-run.ts). These read a widget's own render the same way in both: in light
// DOM that is the widget's children without the host's own (slotted content, fallback children, the JSON script) and
// without a widget nested inside it, as a shadow root holds it; ids carry the widget's prefix (`data-net-ids`).

/**
 * True in the light-DOM run of the suites (tests/browser/light-run.ts), where every widget renders in light DOM. No
 * test needs it today: a test about shadow DOM itself (a declarative shadow root, `::part`) would skip on it, saying why.
 */
export const lightRun: boolean = (globalThis as Record<symbol, unknown>)[Symbol.for('net-widgets.test.light-run')] === true;

const WIDGET_TAG_SET = new Set<string>(WIDGET_TAGS);

/** Where the widget renders: its shadow root, or in light DOM the widget itself. */
export const root = (el: Element): ShadowRoot | Element => el.shadowRoot ?? el;

/** True when `node` is part of the widget's own render (always, in a shadow root; see above for light DOM). */
export function inRender(el: Element, node: Element): boolean {
  if (el.shadowRoot) return node.getRootNode() === el.shadowRoot;
  let child: Element = node;
  for (let up = node.parentElement; up; child = up, up = up.parentElement) {
    if (up === el) return child.classList.contains('base');
    if (WIDGET_TAG_SET.has(up.localName) || up.classList.contains('net-slot')) return false;
  }
  return false;
}

/** The id the widget gave the element its template calls `name` (`uid(name)`): with its light-DOM prefix, if any. */
export const idOf = (el: Element, name: string): string => (el.shadowRoot ? '' : (el.getAttribute('data-net-ids') ?? '')) + name;

/**
 * A selector with every id in it (`#title`, outside quotes and brackets) as the widget wrote it: `#nd3-title` in light
 * DOM. So `$(el, '#title')` reads the same element in both modes. Ids in attribute values (`[for="own-text"]`) are left
 * as written: write them with `idOf`.
 */
export function ownSelector(el: Element, selector: string): string {
  const prefix = idOf(el, '');
  if (!prefix) return selector;
  return selector.replace(/(\[[^\]]*\]|"[^"]*"|'[^']*')|#(-?[_a-zA-Z][-\w]*)/g, (all, quoted: string | undefined, id: string | undefined) =>
    // An id read from the render (`#${button.getAttribute('aria-controls')}`) has its prefix already.
    quoted || id!.startsWith(prefix) ? all : `#${CSS.escape(prefix + id!)}`,
  );
}

/** Every element of the widget's own render that matches, in document order. */
export const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T[] =>
  [...root(el).querySelectorAll<T>(ownSelector(el, selector))].filter((node) => inRender(el, node));

/** The first element of the widget's own render that matches, or null. */
export const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T | null => {
  const own = ownSelector(el, selector);
  const first = root(el).querySelector<T>(own);
  if (!first || inRender(el, first)) return first;
  return $$<T>(el, selector)[0] ?? null;
};

/**
 * The focused element within the widget, as its shadow root's `activeElement` gives it (null when the focus is
 * elsewhere); in light DOM, the page's focused element when it sits inside the widget.
 */
export function focusedIn(el: Element): Element | null {
  if (el.shadowRoot) return el.shadowRoot.activeElement;
  const active = document.activeElement;
  return active && active !== el && el.contains(active) ? active : null;
}

/** A selector for a slot of the widget's render: `slot[name=…]`, or in light DOM its placeholder (`.net-slot`). */
export const slotSelector = (el: Element, name: string): string =>
  el.shadowRoot ? `slot[name="${name}"]` : `.net-slot[data-net-slot="${name}"]`;

/** Where a slot sits in the widget's render: the `<slot>`, or in light DOM its placeholder. */
export const slotOf = (el: Element, name: string): HTMLElement | null => $(el, slotSelector(el, name));

/** The host's elements shown in a slot: the slot's assigned elements, or in light DOM those moved into its place. */
export function slotNodes(el: Element, name: string): Element[] {
  const slot = slotOf(el, name);
  if (!slot) return [];
  return slot instanceof HTMLSlotElement ? slot.assignedElements({ flatten: true }) : [...slot.children];
}

/** Where the reader sees a host's slotted element: its assigned slot, or in light DOM the placeholder it moved into. */
export const slotPlace = (node: Element): Element | null =>
  node.assignedSlot ?? (node.parentElement?.classList.contains('net-slot') ? node.parentElement : null);

/** A node's text with runs of white space made one space, trimmed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** True when the element has a box on screen (or paper): not `hidden`, not `display: none`. */
export const shown = (node: Element | null | undefined): boolean => !!node && node.getClientRects().length > 0;

/** The heading elements of a widget, by tag (`h2`, `h3`, ...), in document order. */
export const headingLevels = (el: Element): string[] => $$(el, 'h1,h2,h3,h4,h5,h6').map((h) => h.localName);

/** An element for a message: `button#id.class.names`. */
export const describeEl = (el: Element | null): string =>
  el ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().replace(/\s+/g, '.')}` : ''}` : 'nothing';
