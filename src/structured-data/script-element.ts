import { setScriptJson } from './trusted-script.js';
import type { JsonLdDocument } from './types.js';

/** Marks the JSON-LD script that net-widgets owns, so a host's own scripts are never touched. */
export const MARKER = 'data-net-structured-data';

const warned = new WeakSet<Element>();
/** The document each host's script holds: a widget passes the same object until its content changes. */
const written = new WeakMap<Element, JsonLdDocument>();

/** Serialises JSON-LD for a script element; `<` is escaped so the text is safe even if copied into HTML. */
export function serialiseJsonLd(data: JsonLdDocument): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The `<script type="application/ld+json">` child of `host` that net-widgets added, if any. */
export function findJsonLdScript(host: Element): HTMLScriptElement | null {
  return (
    [...host.children].find((c): c is HTMLScriptElement => c.localName === 'script' && c.hasAttribute(MARKER)) ?? null
  );
}

/**
 * Keeps one `<script type="application/ld+json">` child of `host` in step with `data`: adds it, updates its text
 * only when the JSON changed, or removes it when `data` is null (structured data off, or the widget shows a problem).
 * Never throws: if the page's Trusted Types policy refuses the text, no script is left and one warning names why.
 */
export function syncStructuredData(host: HTMLElement, data: JsonLdDocument | null): void {
  const existing = findJsonLdScript(host);
  if (!data) {
    existing?.remove();
    written.delete(host);
    return;
  }
  if (existing && written.get(host) === data) return;
  const json = serialiseJsonLd(data);
  if (existing && existing.textContent === json) return;
  const script = existing ?? host.ownerDocument.createElement('script');
  if (!existing) {
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
  }
  if (!setScriptJson(script, json)) {
    script.remove();
    if (!warned.has(host)) {
      warned.add(host);
      console.warn(
        `net-widgets <${host.localName}>: structured data was not added: this page's Trusted Types policy does not allow the policy "net-widgets".`,
      );
    }
    return;
  }
  if (!existing) host.append(script);
  written.set(host, data);
}
