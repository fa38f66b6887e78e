/**
 * Issue 29: in light DOM, the tools that walk only the page's own DOM reach the widgets' words. For each widget, as
 * the reader sees it (its disclosures as they are), the share of its visible words that `document.body.innerText`
 * holds and that Mozilla's Readability (Firefox's reader view) extracts: at least 95% in light DOM, for the widget the
 * script renders and for the light snippet the server renders (dist/html-light/, shown without JavaScript). The same
 * measure in shadow DOM shows what the mode is for (almost nothing reaches those tools there).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/net-drug-card.js';
import '../../src/net-treatment-list.js';
import '../../src/net-diet-guide.js';
import '../../src/net-questions.js';
import type { LitElement } from 'lit';
import { questionsOn } from '../../src/shared/questions-store.js';
import { bundledEntries } from '../../src/ssr/entries.js';

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
function readableWords(el: Element, article = '.base'): { all: Map<string, number>; content: Map<string, number> } {
  const root = (el.shadowRoot ?? el).querySelector<HTMLElement>(article);
  const all = wordCounts(root?.innerText ?? '');
  const content = new Map(all);
  for (const control of root?.querySelectorAll<HTMLElement>(CONTROLS) ?? []) {
    // A control that is not rendered (one that needs the script, in a snippet shown without it) is not in innerText.
    if (control.parentElement?.closest(CONTROLS) || control.getClientRects().length === 0) continue;
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
  // eslint-disable-next-line no-new-func -- a test loads a CommonJS file that defines one function
  return new Function('module', `${source}\nreturn Readability;`)(undefined) as ReadabilityClass;
}

/** What Readability extracts from a document (a copy: it changes what it reads). */
function readerView(doc: Document): string {
  const article = new readability!(doc.cloneNode(true) as Document).parse() as { title?: string; textContent?: string } | null;
  return `${article?.title ?? ''} ${article?.textContent ?? ''}`;
}

/** Waits for the widget's update after what a reader did. */
const settle = async (el: LitElement) => {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
};

interface Case {
  readonly name: string;
  readonly render: (light: boolean) => ReturnType<typeof html>;
  /** What the reader did before the words are counted (opened an option, asked about a food). */
  readonly act?: (el: LitElement) => Promise<void>;
  /**
   * Where a reader view finds the article: the whole widget by default. With an option opened, Readability takes
   * that option as the article (its text is the densest on the page) and leaves the rest of the list out, as it would
   * on any page: the words it must extract in full are then the opened option's.
   */
  readonly article?: string;
}

/** Each widget as a hospital page writes it, and in the states a reader leaves it in. */
const CASES: readonly Case[] = [
  { name: '<net-drug-card drug="everolimus">', render: (light) => html`<net-drug-card drug="everolimus" ?light-dom=${light}></net-drug-card>` },
  {
    name: '<net-drug-card variant="compact"> (collapsed)',
    render: (light) => html`<net-drug-card drug="octreotide" variant="compact" ?light-dom=${light}></net-drug-card>`,
  },
  { name: '<net-drug-card lang="fr">', render: (light) => html`<net-drug-card drug="capecitabine" lang="fr" ?light-dom=${light}></net-drug-card>` },
  { name: '<net-treatment-list>', render: (light) => html`<net-treatment-list ?light-dom=${light}></net-treatment-list>` },
  {
    name: '<net-treatment-list> with PRRT opened',
    render: (light) => html`<net-treatment-list ?light-dom=${light}></net-treatment-list>`,
    act: async (el) => {
      (el.shadowRoot ?? el).querySelector<HTMLButtonElement>('button[data-toggle="prrt"]')!.click();
      await settle(el);
    },
    article: '.option-body.open',
  },
  { name: '<net-diet-guide>', render: (light) => html`<net-diet-guide ?light-dom=${light}></net-diet-guide>` },
  { name: '<net-diet-guide query="cheese">', render: (light) => html`<net-diet-guide query="cheese" ?light-dom=${light}></net-diet-guide>` },
  {
    name: '<net-questions> with two questions',
    render: (light) => html`<net-questions ?light-dom=${light}></net-questions>`,
    act: async (el) => {
      const store = questionsOn(document);
      store.add({ key: 'option:prrt:', kind: 'option', entryId: 'prrt', lang: 'en', text: 'Could PRRT be an option for me?' });
      store.add({ key: 'own:1', kind: 'own', lang: 'en', text: 'How long will I stay in hospital?' });
      await settle(el);
    },
  },
];

async function mount(c: Case, light: boolean): Promise<LitElement> {
  const page = await fixture<HTMLElement>(html`<main><h1>Living with NETs</h1>${c.render(light)}</main>`);
  const el = page.querySelector<LitElement>('net-drug-card, net-treatment-list, net-diet-guide, net-questions')!;
  await waitUntil(() => (el.shadowRoot ?? el).querySelector('.base'), 'the widget rendered', { timeout: 5000 });
  await el.updateComplete;
  await c.act?.(el);
  return el;
}

const share = (n: number) => `${(n * 100).toFixed(1)}%`;

describe('light DOM: the words reach reader views, translators and read-aloud tools', () => {
  before(async () => {
    readability = await loadReadability();
  });
  beforeEach(() => questionsOn(document).clear());

  for (const c of CASES) {
    it(`${c.name} in light DOM: body.innerText holds at least 95% of its visible words, Readability of ${c.article ? 'the opened part' : 'the widget'}`, async () => {
      const el = await mount(c, true);
      expect(el.shadowRoot, 'no shadow root').to.equal(null);
      const words = readableWords(el);
      expect([...words.all.values()].reduce((a, b) => a + b, 0), 'the widget shows text').to.be.greaterThan(40);
      const inBody = coverage(words.all, document.body.innerText);
      const inReader = coverage(readableWords(el, c.article).content, readerView(document));
      console.log(`${c.name} light: innerText ${share(inBody)}, Readability ${share(inReader)}`);
      expect(inBody, 'document.body.innerText').to.be.at.least(0.95);
      expect(inReader, 'Readability').to.be.at.least(0.95);
    });

    it(`${c.name} in shadow DOM (the default): those tools reach almost none of it, which is what light DOM is for`, async () => {
      const el = await mount(c, false);
      const inBody = coverage(readableWords(el).all, document.body.innerText);
      console.log(`${c.name} shadow: innerText ${share(inBody)}`);
      expect(inBody).to.be.below(0.2);
    });

    it(`${c.name}: the same visible text in both modes`, async () => {
      const shadow = (await mount(c, false)).shadowRoot!.querySelector<HTMLElement>('.base')!.innerText;
      questionsOn(document).clear();
      const light = (await mount(c, true)).querySelector<HTMLElement>('.base')!.innerText;
      expect(light).to.equal(shadow);
    });
  }
});

/** A widget element with these attributes, added to the page, once it has rendered. */
async function widget(tag: string, attrs: Readonly<Record<string, string | boolean | null | undefined>>, light: boolean): Promise<HTMLElement> {
  const el = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attrs)) if (typeof value === 'string') el.setAttribute(name, value);
  if (light) el.setAttribute('light-dom', '');
  const host = await fixture<HTMLElement>(html`<main></main>`);
  host.append(el);
  await waitUntil(() => (el.shadowRoot ?? el).querySelector('.base'), `<${tag}> rendered`, { timeout: 5000 });
  await el.updateComplete;
  return (el.shadowRoot ?? el).querySelector<HTMLElement>('.base')!;
}

describe('light DOM: every bundled entry shows the same text in both modes', () => {
  for (const entry of bundledEntries()) {
    it(`<${entry.tag}> ${entry.name}`, async () => {
      const shadow = (await widget(entry.tag, entry.attrs, false)).innerText;
      const light = (await widget(entry.tag, entry.attrs, true)).innerText;
      expect(shadow.length).to.be.greaterThan(100);
      expect(light).to.equal(shadow);
    });
  }
});

describe('light DOM shares the page: ids, labels and names', () => {
  it('two widgets of each kind and a host element named like theirs: every id is unique, every reference stays inside its widget', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h2 id="title">The host's own heading</h2>
      <p id="search">The host's own paragraph</p>
      <net-drug-card drug="everolimus" light-dom></net-drug-card>
      <net-drug-card drug="everolimus" light-dom></net-drug-card>
      <net-treatment-list light-dom></net-treatment-list>
      <net-treatment-list light-dom></net-treatment-list>
      <net-diet-guide light-dom></net-diet-guide>
      <net-diet-guide light-dom></net-diet-guide>
      <net-questions light-dom></net-questions>
      <net-questions light-dom></net-questions>
    </main>`);
    const widgets = [...page.querySelectorAll<LitElement>('[light-dom]')];
    await waitUntil(() => widgets.every((w) => w.querySelector('.base')), 'all rendered', { timeout: 10000 });
    await Promise.all(widgets.map((w) => w.updateComplete));
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated, 'ids used twice').to.deep.equal([]);
    expect(document.getElementById('title')!.textContent).to.equal("The host's own heading");
    for (const w of widgets) {
      for (const el of w.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls], label[for]')) {
        for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
          for (const ref of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
            const target = document.getElementById(ref);
            expect(target, `<${w.localName}> ${attr}="${ref}"`).to.exist;
            expect(w.contains(target), `<${w.localName}> ${attr}="${ref}" points inside the same widget`).to.equal(true);
          }
        }
      }
    }
    // A label focuses its own widget's field, not the first one on the page.
    const second = widgets.filter((w) => w.localName === 'net-diet-guide')[1]!;
    second.querySelector<HTMLLabelElement>('label[for]')!.click();
    expect(document.activeElement).to.equal(second.querySelector('input[type="search"]'));
  });

  it('medicine and brand names are marked translate="no", so that a page translator leaves them as they are', async () => {
    const el = await mount(CASES[0]!, true);
    const names = [...el.querySelectorAll('[translate="no"]')].map((n) => n.textContent!.trim());
    expect(names).to.include('Everolimus');
    expect(names).to.include('Afinitor');
  });
});

describe('light DOM lives beside the host page’s own code', () => {
  it('a framework that removes, replaces or inserts before slot content through the host (React does) never throws', async () => {
    const host = await fixture<HTMLElement>(html`<main></main>`);
    const el = document.createElement('net-drug-card') as LitElement;
    el.setAttribute('drug', 'everolimus');
    el.setAttribute('light-dom', '');
    const contact = document.createElement('p');
    contact.slot = 'contact';
    contact.textContent = 'Call the NET nurses on 01234 567890';
    el.append(contact);
    host.append(el);
    await waitUntil(() => el.querySelector('.net-slot p'), 'the contact moved into its place');
    const later = document.createElement('p');
    later.slot = 'contact';
    later.textContent = 'Out of hours: 01234 000000';
    el.insertBefore(later, contact);
    const replacement = document.createElement('p');
    replacement.slot = 'contact';
    replacement.textContent = 'Call the chemotherapy line on 01234 111111';
    el.replaceChild(replacement, contact);
    await waitUntil(() => el.querySelector('.net-slot')?.textContent?.includes('111111'), 'the replacement shows');
    expect(el.querySelector('.net-slot')!.textContent).to.not.include('567890');
    el.removeChild(replacement);
    el.removeChild(later);
    await waitUntil(() => !el.querySelector('.net-slot'), 'the slot empties');
    expect(el.querySelector('.contact-default'), 'the card’s own words come back').to.exist;
  });

  it('a page translator that wraps the text in <font> (as browsers’ translators do): later renders do not throw and show the new entry', async () => {
    const el = await mount(
      {
        name: 'a card with a contact',
        render: () => html`<net-drug-card drug="everolimus" light-dom><p slot="contact">Call the NET nurses on 01234 567890</p></net-drug-card>`,
      },
      true,
    );
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) texts.push(walker.currentNode as Text);
    for (const t of texts) {
      const outer = document.createElement('font');
      const inner = document.createElement('font');
      inner.textContent = t.data.toUpperCase();
      outer.append(inner);
      t.replaceWith(outer);
    }
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      el.setAttribute('drug', 'octreotide');
      await el.updateComplete;
      (el as LitElement & { lang: string }).lang = 'fr';
      await waitUntil(() => el.querySelector('[lang="fr"]'), 'French');
      el.querySelector<HTMLButtonElement>('.ask-button')?.click();
      await el.updateComplete;
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(el.querySelector('.net-part-heading')!.textContent).to.include('Octréotide'.slice(0, 3));
    expect(el.querySelector('.net-slot')?.textContent, 'the host’s contact stays, in its place').to.include('567890');
  });
});

/**
 * The light snippets the build writes (dist/html-light/, `npm run build`), as a page without JavaScript shows them: in
 * a frame that runs no script, with the light stylesheet linked as the docs say.
 */
describe('light DOM: the server-rendered light snippets read in full without JavaScript', () => {
  before(async () => {
    readability ??= await loadReadability();
  });

  for (const file of ['net-drug-card/everolimus', 'net-treatment-list/default', 'net-diet-guide/default', 'net-questions/default']) {
    it(`dist/html-light/${file}.html: body.innerText and Readability hold at least 95% of its visible words`, async () => {
      const response = await fetch(`/dist/html-light/${file}.html`);
      expect(response.ok, `dist/html-light/${file}.html exists (run npm run build)`).to.equal(true);
      const snippet = await response.text();
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.style.cssText = 'width: 1024px; height: 800px';
      frame.srcdoc = `<!doctype html><html lang="en"><head><title>NETs</title><link rel="stylesheet" href="/dist/cdn/net-widgets.light.css"></head><body><main><h1>Living with NETs</h1>${snippet}</main></body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const doc = frame.contentDocument!;
        const widget = doc.querySelector('[light-dom]')!;
        expect(widget, 'a light snippet').to.exist;
        expect(customElements.get(widget.localName) && widget.ownerDocument === document, 'not upgraded').to.not.equal(true);
        const words = readableWords(widget);
        expect([...words.all.values()].reduce((a, b) => a + b, 0), 'the snippet shows text').to.be.greaterThan(40);
        const inBody = coverage(words.all, doc.body.innerText);
        const inReader = coverage(words.content, readerView(doc));
        console.log(`${file} light snippet: innerText ${share(inBody)}, Readability ${share(inReader)}`);
        expect(inBody, 'body.innerText').to.be.at.least(0.95);
        expect(inReader, 'Readability').to.be.at.least(0.95);
      } finally {
        frame.remove();
      }
    });
  }
});
