// Server rendering (src/ssr/, Lit's @lit-labs/ssr): every bundled entry, variant and section selection renders to HTML
// that a browser shows without JavaScript (declarative shadow DOM, styles, footer with sources and review dates,
// disclaimer, no script); the attributes a snippet carries for hydration; linked stylesheets. Needs no build: what
// the build writes to dist/html/ is tested in tests/build/html.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  bundledEntries,
  defaultIdPrefix,
  renderSnippet,
  renderWidget,
  staticAttributes,
  widgetLightStylesheet,
  widgetStylesheet,
  WIDGET_TAGS,
} from '../../src/ssr/index.js';
import { drugs } from '../../src/content/drugs.js';
import { diet } from '../../src/content/diet.js';
import { SECTION_KEYS } from '../../src/drug-card/drug-card.view.js';
import { TREATMENT_CATEGORIES } from '../../src/content/schema.js';
import common from '../../data/en/ui-common.json';
import listLabels from '../../data/en/ui-treatment-list.json';

const DAY = '2026-12-02';

/** What every snippet must hold to read in full without JavaScript. */
function assertReadable(html: string, what: string) {
  assert.match(html, /^<net-[a-z-]+ /, `${what}: starts with the widget`);
  assert.match(html, /<template shadowrootmode="open">/, `${what}: a declarative shadow root`);
  assert.doesNotMatch(html, /shadowroot=/, `${what}: no obsolete shadowroot attribute`);
  assert.match(html, /<style>[^<]*:host/, `${what}: its styles`);
  assert.doesNotMatch(html, /<script/i, `${what}: no script`);
  assert.ok(html.includes(common.disclaimer), `${what}: the disclaimer`);
  assert.ok(html.includes(`<dt>${common.lastReviewed}</dt>`) || html.includes(`${common.lastReviewed}<`), `${what}: review dates`);
  assert.ok(html.includes(`rendered-on="${DAY}"`), `${what}: the day it was rendered on`);
}

test('every drug and combination renders, in full and compact, with each section alone', () => {
  for (const drug of drugs) {
    for (const variant of ['full', 'compact']) {
      for (const sections of ['', ...SECTION_KEYS]) {
        const what = `<net-drug-card drug=${drug.id} variant=${variant} sections=${sections}>`;
        const { html, problem } = renderSnippet('net-drug-card', { drug: drug.id, variant, sections }, { date: DAY });
        assert.equal(problem, null, what);
        assertReadable(html, what);
        assert.ok(html.includes(`>${drug.name}<`), `${what}: the drug's name`);
        assert.match(html, /part="footer"/, what);
      }
    }
  }
});

test('a compact card is rendered opened (expanded): its sections are in the HTML, not behind the button', () => {
  const { html } = renderSnippet('net-drug-card', { drug: 'everolimus', variant: 'compact' }, { date: DAY });
  assert.match(html, /^<net-drug-card [^>]*\bexpanded\b/);
  assert.match(html, /<div id="details" class="\s*details\s*">/, "the details are not collapsed");
  const closed = renderWidget('net-drug-card', { drug: 'everolimus', variant: 'compact', expanded: false }, { date: DAY });
  assert.match(closed, /<div id="details" class="\s*details collapsed\s*"/, 'the caller can still ask for it closed');
});

test('the treatment list renders whole, per category, and without search, each option a closed <details> with its content', () => {
  const treatments = JSON.parse(readFileSync('data/en/treatments.json', 'utf8')) as { id: string; name: string; category: string; about: { text: string } }[];
  for (const categories of ['', ...TREATMENT_CATEGORIES.filter((c) => treatments.some((t) => t.category === c))]) {
    for (const extra of [{}, { 'no-search': true }, { 'print-all': true }]) {
      const what = `<net-treatment-list categories=${categories} ${Object.keys(extra).join(' ')}>`;
      const { html, problem } = renderSnippet('net-treatment-list', { categories, ...extra }, { date: DAY });
      assert.equal(problem, null, what);
      assertReadable(html, what);
      const shown = treatments.filter((t) => !categories || t.category === categories);
      const unescaped = html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      for (const t of shown) {
        assert.match(html, new RegExp(`<details data-toggle="${t.id}" ?>`), `${what}: ${t.id} is a closed <details>`);
        assert.ok(unescaped.includes(t.about.text.slice(0, 40)), `${what}: ${t.id} holds what it is, for a reader without JavaScript`);
      }
      assert.equal(html.match(/<details /g)?.length, shown.length, `${what}: one <details> per option`);
      assert.equal(html.match(/<summary>/g)?.length, shown.length, `${what}: each with its summary`);
      assert.doesNotMatch(html, /<details [^>]*\bopen\b/, `${what}: closed`);
      assert.doesNotMatch(html, /<button[^>]*option-toggle/, `${what}: no button that needs JavaScript to open an option`);
      assert.equal(html.includes(listLabels.searchNeedsScript), !('no-search' in extra), `${what}: the search says it needs JavaScript`);
      if (!('no-search' in extra)) assert.match(html, /<input\s+id="search"[^>]*\sdisabled\b/, `${what}: the search is shown disabled`);
      assert.doesNotMatch(html, /checked/, `${what}: no filter is checked`);
    }
  }
});

test('the diet guide renders whole, as a checklist, per group and without search; medicines as text', () => {
  for (const attrs of [{}, { variant: 'checklist' }, { 'no-search': true }, ...diet.groups.map((g) => ({ groups: g.id }))]) {
    const what = `<net-diet-guide ${JSON.stringify(attrs)}>`;
    const { html, problem } = renderSnippet('net-diet-guide', attrs, { date: DAY });
    assert.equal(problem, null, what);
    assertReadable(html, what);
    assert.doesNotMatch(html, /class="drug-button/, `${what}: no medicine button that would do nothing without JavaScript`);
  }
  const guide = renderWidget('net-diet-guide', {}, { date: DAY });
  for (const group of diet.groups) for (const food of group.foods) assert.ok(guide.includes(food.name), food.name);
});

test('the snippet carries lang, defer-hydration, rendered-on and, for a compact card, expanded; the caller’s attributes win', () => {
  assert.deepEqual(staticAttributes('net-treatment-list', {}, DAY), { lang: 'en', 'defer-hydration': true, 'rendered-on': DAY });
  assert.deepEqual(staticAttributes('net-drug-card', { drug: 'x' }, DAY), { lang: 'en', 'defer-hydration': true, drug: 'x', 'rendered-on': DAY });
  assert.deepEqual(staticAttributes('net-drug-card', { drug: 'x', variant: 'compact' }, DAY), {
    lang: 'en',
    'defer-hydration': true,
    expanded: true,
    drug: 'x',
    variant: 'compact',
    'rendered-on': DAY,
  });
  assert.deepEqual(staticAttributes('net-treatment-list', { expanded: true, lang: 'en-GB', 'defer-hydration': false }, DAY), {
    lang: 'en-GB',
    'defer-hydration': false,
    expanded: true,
    'rendered-on': DAY,
  });
  assert.match(renderWidget('net-treatment-list', { expanded: true }, { date: DAY }), /<details data-toggle="surgery" open>/, 'expanded: every option open');
  assert.match(renderWidget('net-drug-card', { drug: 'x' }, { date: DAY }), /^<net-drug-card\s+lang="en" defer-hydration drug="x" /);
  assert.match(renderWidget('net-diet-guide', { 'heading-level': '3' }, { date: DAY }), /<h3 id="title"/);
});

test('the review notice follows the day rendered on', () => {
  const drug = drugs.find((d) => d.id === 'everolimus')!;
  const after = renderWidget('net-drug-card', { drug: drug.id }, { date: '2099-01-01' });
  const before = renderWidget('net-drug-card', { drug: drug.id }, { date: drug.reviewed });
  assert.ok(after.includes(common.reviewOverdueLabel), 'overdue: the notice');
  assert.ok(!before.includes(common.reviewOverdueLabel), 'not overdue: no notice');
  assert.match(after, /rendered-on="2099-01-01"/);
});

test('with stylesheets, each shadow root links its widget’s stylesheet instead of an inline <style>', () => {
  for (const tag of WIDGET_TAGS) {
    const html = renderWidget(tag, tag === 'net-drug-card' ? { drug: 'captem' } : {}, { stylesheets: 'https://example.org/nw/0.1.0', date: DAY });
    assert.doesNotMatch(html, /<style/);
    assert.ok(html.includes(`<template shadowrootmode="open"><link rel="stylesheet" href="https://example.org/nw/0.1.0/${tag}.css">`), tag);
    assert.doesNotMatch(html, /shadowroot=/, `${tag}: no obsolete shadowroot attribute`);
    assert.doesNotMatch(html, /style="/, `${tag}: no style attribute`);
  }
  assert.match(renderWidget('net-diet-guide', {}, { stylesheets: '/a"b/' }), /href="\/a&quot;b\/net-diet-guide.css"/);
  assert.match(widgetStylesheet('net-treatment-list'), /\.option-body/);
});

test('bad input: an unknown widget, attribute name or date throws; an unknown drug is the card’s problem', () => {
  assert.throws(() => renderWidget('net-pill-box'), /no widget <net-pill-box>/);
  assert.throws(() => renderWidget('net-drug-card', { 'on"click': 'x' }), /not an attribute name/);
  assert.throws(() => renderWidget('net-drug-card', { drug: 'everolimus' }, { date: '2 Dec' }), /YYYY-MM-DD/);
  const { html, problem } = renderSnippet('net-drug-card', { drug: 'aspirin' });
  assert.equal(problem?.code, 'unknown-drug');
  assert.ok(html.includes('aspirin'), 'the HTML shows the problem too');
});

test('a snippet renders in French or Spanish when asked (lang), with the translation note', () => {
  for (const [lang, file] of [['fr', 'fr'], ['es-US', 'es']] as const) {
    const labels = JSON.parse(readFileSync(`data/${file}/ui-common.json`, 'utf8'));
    const localDrugs = JSON.parse(readFileSync(`data/${file}/drugs.json`, 'utf8'));
    const html = renderWidget('net-drug-card', { drug: 'everolimus', lang });
    assert.ok(html.includes(localDrugs.find((d: { id: string }) => d.id === 'everolimus').name), lang);
    assert.ok(html.includes(labels.translationNote), `${lang}: the translation note`);
    assert.match(html, new RegExp(`lang="${lang}"`));
  }
});

// Light DOM (issue 29): `light-dom` renders the widget's content as its own children, which the client hydrates in
// place with the ids' prefix the snippet carries (`data-net-ids`, see src/shared/net-element.ts).

/** The widget's own opening tag, and what it holds. */
function lightParts(html: string) {
  const open = /^<(net-[a-z-]+)\s[^>]*>/.exec(html);
  assert.ok(open, 'starts with the widget');
  const tag = open[1];
  assert.ok(html.endsWith(`</${tag}>`), 'ends with the widget');
  return { tag, open: open[0], inner: html.slice(open[0].length, -`</${tag}>`.length) };
}
const idsIn = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
/** Every id a snippet refers to (labels, descriptions, controls, a label's `for`). */
const referencesIn = (html: string) =>
  [...html.matchAll(/\s(?:aria-labelledby|aria-describedby|aria-controls|aria-owns|aria-details|for|list|headers)="([^"]*)"/g)].flatMap((m) =>
    m[1].split(/\s+/).filter(Boolean),
  );

test('light-dom: no shadow root; the content is the widget’s children, with Lit’s markers for hydration', () => {
  const everolimus = drugs.find((d) => d.id === 'everolimus')!;
  const { html, problem } = renderSnippet('net-drug-card', { drug: 'everolimus', 'light-dom': true }, { date: DAY });
  assert.equal(problem, null);
  const { open, inner } = lightParts(html);
  assert.doesNotMatch(html, /<template/, 'no declarative shadow root');
  assert.doesNotMatch(html, /<style|style="/, 'no inline style (the page links the light stylesheet)');
  assert.doesNotMatch(html, /<link/, 'no link without stylesheets');
  assert.doesNotMatch(html, /<script/i, 'no script');
  assert.doesNotMatch(html, /\spart="/, 'no part attribute (::part does not reach light DOM; the net-part-* classes do)');
  assert.match(open, /\slight-dom[\s>]/, 'the host says light-dom');
  assert.match(open, /\sdata-net-ids="nd[a-z0-9]{6}-"/, 'and its ids’ prefix');
  assert.match(open, /\sdefer-hydration[\s>]/);
  assert.ok(open.includes(`rendered-on="${DAY}"`));
  // The client hydrates `render()` into the host: its first child node is the template's part marker.
  assert.match(inner, /^<!--lit-part [A-Za-z0-9+/=]+-->/, 'opens with the template’s part marker');
  assert.match(inner, /<!--\/lit-part-->$/, 'and closes it');
  assert.match(inner, /^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?<section class="net-part-base base"/, 'the widget’s root is its first element');
  assert.ok(inner.includes(`>${everolimus.name}<`), 'the drug’s name');
  assert.ok(inner.includes(everolimus.sideEffects.serious.text!), 'a side effect');
  for (const item of everolimus.sideEffects.common.items ?? []) assert.ok(inner.includes(item), item);
  assert.ok(inner.includes(common.disclaimer), 'the disclaimer');
});

test('light-dom: every bundled entry renders, its ids all carry the prefix, none twice, every reference one of them', () => {
  for (const entry of bundledEntries()) {
    const what = `${entry.tag}/${entry.name}`;
    const { html, problem } = renderSnippet(entry.tag, { ...entry.attrs, 'light-dom': true }, { date: DAY });
    assert.equal(problem, null, what);
    const { open } = lightParts(html);
    assert.doesNotMatch(html, /<template shadowrootmode/, `${what}: no shadow root`);
    const prefix = /data-net-ids="([^"]+)"/.exec(open)?.[1];
    assert.equal(prefix, defaultIdPrefix(entry.tag, { ...entry.attrs, 'light-dom': true }), what);
    const ids = idsIn(html);
    assert.ok(ids.length > 0, `${what}: has ids`);
    assert.deepEqual(ids.filter((id) => !id.startsWith(prefix!)), [], `${what}: every id carries ${prefix}`);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], `${what}: no id twice`);
    assert.deepEqual(referencesIn(html).filter((id) => !id.startsWith(prefix!)), [], `${what}: every reference carries ${prefix}`);
    assert.ok(html.includes(common.disclaimer), `${what}: the disclaimer`);
  }
});

test('light-dom: the same text as the shadow snippet, the treatment list’s options closed <details>', () => {
  const textOf = (html: string) =>
    html
      .replace(/<template shadowrootmode="open">(<style>[\s\S]*?<\/style>)?/, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  for (const entry of bundledEntries()) {
    const shadow = renderWidget(entry.tag, entry.attrs, { date: DAY });
    const light = renderWidget(entry.tag, { ...entry.attrs, 'light-dom': true }, { date: DAY });
    assert.equal(textOf(light), textOf(shadow), `${entry.tag}/${entry.name}`);
  }
  const list = renderWidget('net-treatment-list', { 'light-dom': true }, { date: DAY });
  const treatments = JSON.parse(readFileSync('data/en/treatments.json', 'utf8')) as { id: string }[];
  for (const t of treatments) assert.match(list, new RegExp(`<details data-toggle="${t.id}" ?>`), `${t.id}: a closed <details>`);
  assert.doesNotMatch(list, /<details [^>]*\bopen\b/);
  const guide = renderWidget('net-diet-guide', { 'light-dom': true }, { date: DAY });
  for (const group of diet.groups) for (const food of group.foods) assert.ok(guide.includes(food.name), food.name);
});

test('light-dom: the same input gives the same snippet; other attributes, another prefix; the day changes no id', () => {
  const attrs = { drug: 'everolimus', 'light-dom': true };
  const a = renderWidget('net-drug-card', attrs, { date: DAY });
  assert.equal(renderWidget('net-drug-card', { ...attrs }, { date: DAY }), a, 'rendered again: the same HTML');
  const prefix = defaultIdPrefix('net-drug-card', attrs);
  assert.equal(defaultIdPrefix('net-drug-card', { 'light-dom': true, drug: 'everolimus' }), prefix, 'the attributes’ order does not count');
  assert.match(prefix, /^nd[a-z0-9]{6}-$/);
  assert.notEqual(defaultIdPrefix('net-drug-card', { drug: 'captem', 'light-dom': true }), prefix, 'another drug, another prefix');
  assert.notEqual(defaultIdPrefix('net-drug-card', { ...attrs, lang: 'fr' }), prefix, 'another language, another prefix');
  assert.match(defaultIdPrefix('net-treatment-list', { 'light-dom': true }), /^nt[a-z0-9]{6}-$/);
  const later = renderWidget('net-drug-card', attrs, { date: '2099-01-01' });
  assert.deepEqual(idsIn(later), idsIn(a), 'the same ids on another day');
  // light-dom="" is present: light, as the browser reads it; light-dom=false leaves it out: shadow.
  assert.doesNotMatch(renderWidget('net-drug-card', { drug: 'everolimus', 'light-dom': '' }, { date: DAY }), /<template/);
  assert.match(renderWidget('net-drug-card', { drug: 'everolimus', 'light-dom': false }, { date: DAY }), /<template shadowrootmode="open">/);
  assert.doesNotMatch(renderWidget('net-drug-card', { drug: 'everolimus', 'light-dom': false }, { date: DAY }), /light-dom|data-net-ids/);
});

test('light-dom: idPrefix sets the prefix, and is checked', () => {
  const html = renderWidget('net-treatment-list', { 'light-dom': true }, { date: DAY, idPrefix: 'list-a-' });
  assert.match(html, /^<net-treatment-list [^>]*data-net-ids="list-a-"/);
  const ids = idsIn(html);
  assert.ok(ids.length > 0 && ids.every((id) => id.startsWith('list-a-')), 'every id');
  assert.ok(ids.includes('list-a-search'), 'the search’s id');
  const other = renderWidget('net-treatment-list', { 'light-dom': true }, { date: DAY, idPrefix: 'list-b-' });
  assert.equal(idsIn(other).filter((id) => ids.includes(id)).length, 0, 'two prefixes, no id shared');
  for (const bad of ['', 'A-', '1a', 'a b', 'a"b', 'x'.repeat(32), 'é-']) {
    assert.throws(() => renderWidget('net-drug-card', { drug: 'everolimus', 'light-dom': true }, { idPrefix: bad }), /idPrefix must be/, JSON.stringify(bad));
  }
  assert.doesNotThrow(() => renderWidget('net-drug-card', { drug: 'everolimus', 'light-dom': true }, { idPrefix: 'x'.repeat(31) }));
  assert.throws(() => renderWidget('net-drug-card', { drug: 'everolimus' }, { idPrefix: 'card-' }), /idPrefix is for a light-DOM snippet/);
});

test('light-dom with stylesheets: a link to the widget’s light stylesheet, as its first child', () => {
  for (const tag of WIDGET_TAGS) {
    const html = renderWidget(tag, { ...(tag === 'net-drug-card' ? { drug: 'captem' } : {}), 'light-dom': true }, { stylesheets: 'https://example.org/nw/0.1.0', date: DAY });
    const { inner } = lightParts(html);
    assert.ok(inner.startsWith(`<link rel="stylesheet" data-net-light-style href="https://example.org/nw/0.1.0/${tag}.light.css"><!--lit-part `), tag);
    assert.equal(html.match(/<link /g)?.length, 1, `${tag}: one link`);
    assert.doesNotMatch(html, /<style|style="|<template/, tag);
  }
  assert.match(renderWidget('net-diet-guide', { 'light-dom': true }, { stylesheets: '/a"b/' }), /href="\/a&quot;b\/net-diet-guide.light.css"/);
});

test('light-dom: the light stylesheet is the shadow one scoped to the widget, with the snippet’s own rules', () => {
  for (const tag of WIDGET_TAGS) {
    const css = widgetLightStylesheet(tag);
    assert.ok(css.startsWith(`@scope (${tag}[light-dom])`), tag);
    assert.doesNotMatch(css, /:host/, `${tag}: no :host left`);
  }
  assert.match(widgetLightStylesheet('net-treatment-list'), /summary \{/, 'the served <details> rules (server only)');
  assert.match(widgetLightStylesheet('net-diet-guide'), /:scope:is\(:not\(:defined\)\) \.script-needed/, 'the rules for a page without JavaScript');
});

test('light-dom: a problem (an unknown drug) and French render as in shadow DOM', () => {
  const { html, problem } = renderSnippet('net-drug-card', { drug: 'aspirin', 'light-dom': true }, { date: DAY });
  assert.equal(problem?.code, 'unknown-drug');
  assert.ok(html.includes('aspirin'));
  assert.doesNotMatch(html, /<template/);
  const labels = JSON.parse(readFileSync('data/fr/ui-common.json', 'utf8'));
  const frDrugs = JSON.parse(readFileSync('data/fr/drugs.json', 'utf8'));
  const fr = renderWidget('net-drug-card', { drug: 'everolimus', lang: 'fr', 'light-dom': true }, { date: DAY });
  assert.ok(fr.includes(frDrugs.find((d: { id: string }) => d.id === 'everolimus').name));
  assert.ok(fr.includes(labels.translationNote));
});
