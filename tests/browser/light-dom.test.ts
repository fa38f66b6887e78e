/**
 * Issue 29: in light DOM, the tools that walk only the page's own DOM reach the widgets' words. For each widget, as
 * the reader sees it (its disclosures as they are), the share of its visible words that `document.body.innerText`
 * holds and that Mozilla's Readability (Firefox's reader view) extracts: at least 95% in light DOM, for the widget the
 * script renders and for the light snippet the server renders (dist/html-light/, shown without JavaScript). The same
 * measure in shadow DOM shows what the mode is for (almost nothing reaches those tools there).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/net-drug-card.js';
import '../../src/net-treatment-list.js';
import '../../src/net-diet-guide.js';
import '../../src/net-questions.js';
import type { LitElement } from 'lit';
import { questionsOn } from '../../src/shared/questions-store.js';

/** The words of a text, lower case, as a count of each. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The share of `wanted`'s words (each as often as it occurs) that `found` holds. */
function coverage(wanted: Map<string, number>, found: string): number {
  const have = wordCounts(found);
  let total = 0;
  let met = 0;
  for (const [word, n] of wanted) {
    total += n;
    met += Math.min(n, have.get(word) ?? 0);
  }
  return total ? met / total : 1;
}

/** The controls of a widget: what reader views leave out (they cannot work there), and read-aloud reads as controls. */
const CONTROLS = 'button, input, select, textarea, label, legend, [role="button"]';

/**
 * The words the reader reads in the widget, in either mode: the rendered text of its root (so only what is shown, its
 * disclosures as they are), less the words of its controls (buttons, form fields and their labels). Mozilla's
 * Readability removes every `<button>` and form control by design, whatever their text; read-aloud tools and page
 * translators, which read `innerText`, get the controls too (the body.innerText check counts them).
 */
function readableWords(el: Element): { all: Map<string, number>; content: Map<string, number> } {
  const root = (el.shadowRoot ?? el).querySelector<HTMLElement>('.base');
  const all = wordCounts(root?.innerText ?? '');
  const content = new Map(all);
  for (const control of root?.querySelectorAll<HTMLElement>(CONTROLS) ?? []) {
    if (control.parentElement?.closest(CONTROLS)) continue;
    for (const [word, n] of wordCounts(control.innerText)) content.set(word, Math.max(0, (content.get(word) ?? 0) - n));
  }
  return { all, content };
}

type ReadabilityClass = new (doc: Document) => { parse(): { textContent?: string | null } | null };
let readability: ReadabilityClass | undefined;

/**
 * Mozilla's Readability, the engine of Firefox's reader view (npm @mozilla/readability). It is a CommonJS file that
 * defines one function, so it is read as text and evaluated here rather than imported.
 */
async function loadReadability(): Promise<ReadabilityClass> {
  const source = await (await fetch('/node_modules/@mozilla/readability/Readability.js')).text();
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('module', `${source}\nreturn Readability;`)(undefined) as ReadabilityClass;
}

/** What Readability extracts from a document (a copy: it changes what it reads). */
function readerView(doc: Document): string {
  const article = new readability!(doc.cloneNode(true) as Document).parse() as { title?: string; textContent?: string } | null;
  return `${article?.title ?? ''} ${article?.textContent ?? ''}`;
}

/** One widget of each kind, as a hospital page would write it, with content in every section a reader opens. */
const WIDGETS: readonly { tag: string; render: (light: boolean) => ReturnType<typeof html> }[] = [
  { tag: 'net-drug-card', render: (light) => html`<net-drug-card drug="everolimus" ?light-dom=${light}></net-drug-card>` },
  { tag: 'net-treatment-list', render: (light) => html`<net-treatment-list ?light-dom=${light}></net-treatment-list>` },
  { tag: 'net-diet-guide', render: (light) => html`<net-diet-guide ?light-dom=${light}></net-diet-guide>` },
  { tag: 'net-questions', render: (light) => html`<net-questions ?light-dom=${light}></net-questions>` },
];

async function mount(render: ReturnType<typeof html>): Promise<LitElement> {
  const page = await fixture<HTMLElement>(html`<main><h1>Living with NETs</h1>${render}</main>`);
  const el = page.querySelector<LitElement>('net-drug-card, net-treatment-list, net-diet-guide, net-questions')!;
  await el.updateComplete;
  return el;
}

describe('light DOM: the words reach reader views, translators and read-aloud tools', () => {
  before(async () => {
    readability = await loadReadability();
  });
  beforeEach(() => questionsOn(document).clear());

  for (const { tag, render } of WIDGETS) {
    it(`<${tag}> in light DOM: body.innerText and Readability hold at least 95% of its visible words`, async () => {
      const el = await mount(render(true));
      const words = readableWords(el);
      expect([...words.all.values()].reduce((a, b) => a + b, 0), 'the widget shows text').to.be.greaterThan(40);
      const inBody = coverage(words.all, document.body.innerText);
      const inReader = coverage(words.content, readerView(document));
      console.log(`${tag} light: innerText ${(inBody * 100).toFixed(1)}%, Readability ${(inReader * 100).toFixed(1)}%`);
      expect(inBody, 'document.body.innerText').to.be.at.least(0.95);
      expect(inReader, 'Readability').to.be.at.least(0.95);
    });

    it(`<${tag}> in shadow DOM (the default): those tools reach almost none of it, which is what light DOM is for`, async () => {
      const el = await mount(render(false));
      const inBody = coverage(readableWords(el).all, document.body.innerText);
      console.log(`${tag} shadow: innerText ${(inBody * 100).toFixed(1)}%`);
      expect(inBody).to.be.below(0.2);
    });
  }
});
