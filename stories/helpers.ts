// Pieces the widgets' stories share: finding the widget a story shows, pressing its buttons in a play function,
// building a widget with host content in a child JSON script, and the 320 px column.
import { html, type TemplateResult } from 'lit';
import { WIDGET_SELECTOR } from '../src/shared/widgets.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Any of the widgets. */
export { WIDGET_SELECTOR };

/** The widget a story shows. */
export function widgetIn(canvasElement: HTMLElement): Widget {
  return canvasElement.querySelector<Widget>(WIDGET_SELECTOR)!;
}

/**
 * Where a widget's content is: its shadow root, or in light DOM (`light-dom`, the toolbar's DOM switch) the widget
 * itself.
 */
export function contentOf(widget: Element): ParentNode {
  return widget.shadowRoot ?? widget;
}

/**
 * The first element matching `selector` in the widget's content. An id in the selector is written as the widget's
 * template names it (`#net-treatment-prrt-toggle`): in light DOM every id the widget renders starts with its own
 * prefix (its `data-net-ids`), which is added here.
 */
export function queryWidget<E extends Element = HTMLElement>(widget: Element, selector: string): E | null {
  const prefix = widget.getAttribute('data-net-ids');
  const own = prefix ? selector.replace(/#([\w-]+)/g, (_, id: string) => `#${CSS.escape(prefix + id)}`) : selector;
  return contentOf(widget).querySelector<E>(own);
}

/**
 * For a play function: clicks the first element matching each selector in the story's widget, in turn, letting the
 * widget finish updating before and after each click. The same in shadow DOM and in light DOM; a selector that
 * matches nothing throws, so that a story never shows a state it did not reach.
 */
export async function clickInWidget(canvasElement: HTMLElement, ...selectors: string[]): Promise<void> {
  const widget = widgetIn(canvasElement);
  await widget.updateComplete;
  for (const selector of selectors) {
    const target = queryWidget(widget, selector);
    if (!target) throw new Error(`<${widget.localName}> has nothing matching ${selector} to click`);
    target.click();
    await widget.updateComplete;
  }
}

/**
 * For a light-DOM story's play function: checks that the story's widget rendered into its own children (no shadow
 * root) and that the page's own text, what reader view, translators and read-aloud tools read, holds its heading.
 * Throws otherwise (a plain Error: the browser tests mount these stories without Storybook's test library).
 */
export async function expectLightDom(canvasElement: HTMLElement): Promise<void> {
  const widget = widgetIn(canvasElement);
  await widget.updateComplete;
  const heading = widget.querySelector<HTMLElement>('.net-part-heading')?.innerText.trim();
  if (widget.shadowRoot || !widget.hasAttribute('data-net-ids')) throw new Error(`<${widget.localName}> did not render in light DOM`);
  if (!heading || !document.body.innerText.includes(heading)) {
    throw new Error(`the page's text does not hold <${widget.localName}>'s heading ("${heading ?? ''}")`);
  }
}

/**
 * A widget with a child `<script type="application/json">`, built as DOM (a JSON script needs no binding). A string
 * is used as the script's text as it is; anything else is written as JSON.
 */
export function withJsonScript(tag: string, content: unknown, attrs: Record<string, string> = {}): HTMLElement {
  const widget = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) widget.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  widget.append(script);
  return widget;
}

/** A 320 px column, as on a small phone. */
export const inNarrowColumn = (content: unknown): TemplateResult => html`<style>
    .narrow {
      max-inline-size: 320px;
    }
  </style>
  <div class="narrow">${content}</div>`;
