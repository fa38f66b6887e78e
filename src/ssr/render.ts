/**
 * Server rendering with Lit's own renderer (@lit-labs/ssr): a widget and its shadow root as HTML with declarative
 * shadow DOM (`<template shadowrootmode="open">`), which a browser shows without JavaScript and which the widgets'
 * script hydrates in place (see README "Server-rendered HTML"). Node only: built to dist/node/ssr.js.
 *
 * Two things are ours, around Lit's output: the host element's attributes for a page without JavaScript (see
 * `staticAttributes`), and, for pages whose Content-Security-Policy blocks inline styles, a `<link rel="stylesheet">`
 * to the widget's stylesheet in place of the `<style>` element that Lit writes into each shadow root.
 *
 * With `light-dom` (issue 29, src/shared/light-dom.ts) the widget's content is rendered as the host's own children
 * instead, with no shadow root: the widget's template, rendered by Lit with the ids of one prefix (`data-net-ids`),
 * which the client hydrates in place. Its styles are the widget's light stylesheet (`<tag>.light.css`), which the host
 * page links in its <head> (a <style> element in <body> is not valid HTML), or, with `stylesheets`, a link as the
 * snippet's first child.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import type { LitElement } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../index.js';
import { isIsoDate, renderingOn, today } from '../shared/clock.js';
import { idPrefixStart, lightStylesheet, renderingWith, shadowCssOf } from '../shared/light-dom.js';
import type { Problem } from '../shared/problem.js';
import type { NetElement } from '../shared/net-element.js';
import { WIDGET_TAGS, type NetTag } from '../shared/widgets.js';

/** The widgets that render on a server, in the order the docs list them. */
export { WIDGET_TAGS };
export type WidgetTag = NetTag;

/** Attribute values: a string, `true` (present, no value) or `false` / null / undefined (left out). */
export type WidgetAttributes = Readonly<Record<string, string | boolean | null | undefined>>;

export interface RenderOptions {
  /**
   * Where the widgets' stylesheets are (the folder that holds `net-drug-card.css` and the others: the self-hosted
   * `dist/cdn/`, e.g. `https://example.org/assets/net-widgets@0.1.0/`). Given, each shadow root links its widget's
   * stylesheet, which passes `style-src 'self'`; left out, each carries its styles in a `<style>` element.
   */
  stylesheets?: string;
  /** The day to render as (YYYY-MM-DD): it decides the "due for review" notices. Default: today. */
  date?: string;
  /**
   * A light-DOM snippet only (`light-dom`): the prefix of every id it renders, and its `data-net-ids` (a lowercase
   * letter, then up to 30 lowercase letters, digits and hyphens, e.g. `card-`). Default: `n`, the widget's letter, a
   * short hash of the tag and attributes, and `-` (`nd3k9x2f-`): the same snippet always has the same ids. A page that
   * shows two light snippets of one widget with the same attributes gives them prefixes of their own (otherwise the
   * second is rendered afresh in the browser, with new ids, rather than hydrated).
   */
  idPrefix?: string;
}

export interface RenderedWidget {
  /** The snippet: the widget element with its declarative shadow root, or in light DOM its content as its children. */
  html: string;
  /** The problem the widget shows instead of its content (an unknown drug, say), or null. */
  problem: Problem | null;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
/** What an `idPrefix` may be: short, lowercase, and safe in an id, a CSS selector and an attribute value. */
const ID_PREFIX = /^[a-z][a-z0-9-]{0,30}$/;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function isWidgetTag(tag: string): tag is WidgetTag {
  return (WIDGET_TAGS as readonly string[]).includes(tag);
}

/**
 * The attributes a snippet carries for a page without JavaScript, on top of the caller's (which win): its language
 * (so that the client, which would otherwise take it from the page, renders the same), `defer-hydration` (Lit's: the
 * widget hydrates once the reader comes near it, see src/shared/first-render.ts; `defer-hydration=false` hydrates it
 * at once), the day it was rendered on (`rendered-on`, for the review notices), and `expanded` on a compact drug card,
 * whose content would otherwise be hidden behind a button that needs JavaScript (the treatment list needs no such
 * attribute: its options are `<details>` in the snippet, which open without JavaScript). The client hydrates with the
 * same attributes, so its first render is the server's.
 */
export function staticAttributes(tag: WidgetTag, attrs: WidgetAttributes, date: string): WidgetAttributes {
  const has = (name: string) => Object.prototype.hasOwnProperty.call(attrs, name);
  const extra: Record<string, string | boolean> = { lang: 'en', 'defer-hydration': true };
  if (tag === 'net-drug-card' && attrs.variant === 'compact') extra.expanded = true;
  const merged: Record<string, string | boolean | null | undefined> = { ...extra };
  for (const [name, value] of Object.entries(attrs)) if (has(name)) merged[name] = value;
  merged['rendered-on'] = date;
  return merged;
}

function openingTag(tag: WidgetTag, attrs: WidgetAttributes): string {
  const parts: string[] = [tag];
  for (const [name, value] of Object.entries(attrs)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`net-widgets: "${name}" is not an attribute name`);
    if (value === false || value === null || value === undefined) continue;
    parts.push(value === true ? name : `${name}="${escapeAttribute(String(value))}"`);
  }
  return parts.join(' ');
}

/** The folder of the stylesheets, with its closing slash, or undefined. */
const folderOf = (stylesheets: string | undefined) =>
  stylesheets === undefined ? undefined : stylesheets.endsWith('/') ? stylesheets : `${stylesheets}/`;

/**
 * A LitElementRenderer that records the widgets it rendered and, given a folder, links stylesheets. With `light`, the
 * widget it renders gets no shadow root (its content is rendered as its children, see `renderSnippet`).
 */
function rendererFor(stylesheets: string | undefined, rendered: NetElement[], light = false): typeof LitElementRenderer {
  const folder = folderOf(stylesheets);
  return class NetWidgetsRenderer extends LitElementRenderer {
    override connectedCallback(): void {
      super.connectedCallback();
      rendered.push(this.element as unknown as NetElement);
    }

    override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
      if (light) return undefined;
      const chunks = super.renderShadow(renderInfo);
      if (folder === undefined || !Array.isArray(chunks)) return chunks;
      // Lit writes '<style>', each stylesheet's text, '</style>', then the template: swap the first three for a link.
      const end = chunks.indexOf('</style>');
      if (chunks[0] === '<style>' && end > 0) {
        const href = escapeAttribute(`${folder}${this.tagName}.css`);
        chunks.splice(0, end + 1, `<link rel="stylesheet" href="${href}">`);
      }
      return chunks;
    }
  };
}

/**
 * Lit writes each declarative shadow root as `<template shadowroot="open" shadowrootmode="open">`. `shadowroot` is
 * Chrome's pre-standard spelling, replaced by the standard `shadowrootmode` in Chrome 111 and since removed: no
 * browser needs it, and the HTML standard (so the W3C Nu HTML Checker) rejects it. Keep `shadowrootmode` only.
 * Only Lit's own tags match: the text and attribute values in a snippet are escaped, so none holds a `<template`.
 */
function withoutLegacyShadowRoot(markup: string): string {
  return markup.replace(/<template shadowroot="(open|closed)" shadowrootmode="\1"/g, '<template shadowrootmode="$1"');
}

/**
 * Lit writes a property binding that an attribute reflects as that attribute with the value in words: `.checked=${false}`
 * becomes `checked="false"`, which checks the box (the treatment list's category filters, which a snippet shows
 * disabled). Leave it out, as the browser would after the client's first render. No text matches: content is escaped.
 */
function withoutFalseChecked(markup: string): string {
  return markup.replace(/ checked="false"/g, '');
}

/** True when the attributes ask for a light-DOM snippet: `light-dom` is present (any value but false, null or undefined). */
function isLight(attrs: WidgetAttributes): boolean {
  const value = attrs['light-dom'];
  return Object.prototype.hasOwnProperty.call(attrs, 'light-dom') && value !== false && value !== null && value !== undefined;
}

/**
 * The id prefix of a light snippet: `n`, the widget's letter (as the client's `nd1-`), and 6 characters of a hash of
 * the tag and the attributes as given (not the day: a snippet keeps its ids from one day to the next), then `-`.
 */
export function defaultIdPrefix(tag: WidgetTag, attrs: WidgetAttributes): string {
  const given = Object.entries(attrs)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([name, value]) => [name, value === true ? '' : String(value)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${idPrefixStart(tag)}${(fnv1a(JSON.stringify([tag, given])) % 36 ** 6).toString(36).padStart(6, '0')}-`;
}

/** FNV-1a, 32 bits, over a string's UTF-16 code units: a short, stable hash (not for security). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The markup Lit wrote for our template around the element, without that template's own markers. */
const withoutOuterMarkers = (markup: string) => markup.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');

/**
 * Renders one widget to HTML, with what it shows: `renderSnippet('net-drug-card', { drug: 'everolimus' })`.
 * Throws a TypeError for an unknown tag or attribute name; bad input the widget itself reports (an unknown drug)
 * comes back as `problem`, with the HTML that shows it.
 *
 * With `light-dom` in `attrs`, the snippet has no shadow root: the widget's content is its children (see the file's
 * comment), with the ids of one prefix (`options.idPrefix`, or one from the tag and attributes).
 */
export function renderSnippet(tag: string, attrs: WidgetAttributes = {}, options: RenderOptions = {}): RenderedWidget {
  if (!isWidgetTag(tag)) throw new TypeError(`net-widgets: no widget <${tag}>; the widgets are ${WIDGET_TAGS.map((t) => `<${t}>`).join(', ')}`);
  const date = options.date ?? today();
  if (!isIsoDate(date)) throw new TypeError(`net-widgets: the date must be written YYYY-MM-DD, not "${date}"`);
  const light = isLight(attrs);
  if (options.idPrefix !== undefined && !light) {
    throw new TypeError('net-widgets: idPrefix is for a light-DOM snippet (light-dom); a shadow root needs no id prefix');
  }
  if (options.idPrefix !== undefined && !ID_PREFIX.test(options.idPrefix)) {
    throw new TypeError(
      `net-widgets: idPrefix must be a lowercase letter, then up to 30 lowercase letters, digits or hyphens, not "${options.idPrefix}"`,
    );
  }
  const prefix = light ? (options.idPrefix ?? defaultIdPrefix(tag, attrs)) : '';
  const rendered: NetElement[] = [];
  const own = staticAttributes(tag, attrs, date);
  const open = unsafeStatic(openingTag(tag, light ? { ...own, 'light-dom': true, 'data-net-ids': prefix } : own));
  const close = unsafeStatic(tag);
  // Light DOM: the template renders as the client's first update does (src/shared/net-element.ts `update`): its ids
  // through `uid()` with the prefix, and each slot's fallback (a server knows of no host content for a slot).
  const context = { prefix, light, filled: new Set<string>() };
  const result = renderingOn(date, () =>
    renderingWith(context, () => {
      const host = collectResultSync(
        // A static tag from lit/static-html.js, not a binding: the lint rules cannot tell the two apart.
        // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
        render(html`<${open}></${close}>`, { elementRenderers: [rendererFor(options.stylesheets, rendered, light)] }),
      );
      // Lit wraps what it renders in the markers of the template it was given (ours, around the element): the page
      // needs none of them, since each widget hydrates its own shadow root (or, in light DOM, its own children).
      const markup = withoutOuterMarkers(host);
      if (!light) return markup;
      const element = rendered[0];
      if (!element) throw new Error(`net-widgets: <${tag}> was not rendered`);
      // The renderer has applied the attributes and run willUpdate (the view): render the element's template as its
      // children, with Lit's markers around it, which the client's hydration reads (`hydrate(render(), host)`).
      const children = collectResultSync(render((element as unknown as { render(): unknown }).render()));
      const folder = folderOf(options.stylesheets);
      const link = folder === undefined ? '' : `<link rel="stylesheet" data-net-light-style href="${escapeAttribute(`${folder}${tag}.light.css`)}">`;
      const end = `</${tag}>`;
      if (!markup.endsWith(end)) throw new Error(`net-widgets: <${tag}> was not rendered as one element`);
      return `${markup.slice(0, -end.length)}${link}${children}${end}`;
    }),
  );
  return { html: withoutFalseChecked(withoutLegacyShadowRoot(result)), problem: rendered[0]?.currentProblem ?? null };
}

/** The snippet for one widget, as HTML: `renderWidget('net-drug-card', { drug: 'everolimus' })`. */
export function renderWidget(tag: string, attrs: WidgetAttributes = {}, options: RenderOptions = {}): string {
  return renderSnippet(tag, attrs, options).html;
}

/** The CSS of a widget's shadow root (what `stylesheets` links to), unminified. */
export function widgetStylesheet(tag: string): string {
  if (!isWidgetTag(tag)) throw new TypeError(`net-widgets: no widget <${tag}>`);
  return shadowCssOf(customElements.get(tag) as unknown as typeof LitElement);
}

/**
 * The CSS of a widget in light DOM (`<tag>.light.css`, what a light snippet's page links), unminified: its shadow
 * stylesheet scoped to the widget (`@scope (tag[light-dom])`, see src/shared/light-dom.ts), the server's rules for a
 * snippet before its script runs included.
 */
export function widgetLightStylesheet(tag: string): string {
  if (!isWidgetTag(tag)) throw new TypeError(`net-widgets: no widget <${tag}>`);
  return lightStylesheet(tag, widgetStylesheet(tag));
}
