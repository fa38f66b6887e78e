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
 * For a play function: clicks the first element matching each selector in the story's widget, in turn, letting the
 * widget finish updating before and after each click.
 */
export async function clickInWidget(canvasElement: HTMLElement, ...selectors: string[]): Promise<void> {
  const widget = widgetIn(canvasElement);
  await widget.updateComplete;
  for (const selector of selectors) {
    widget.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
    await widget.updateComplete;
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
