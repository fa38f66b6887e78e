// Bad input of any kind, in any order: attributes set then removed, properties of the wrong type, a megabyte of text,
// misspelt attributes. Every case ends with the widget showing its default (or a visible alert), the disclaimer on
// screen, one console warning for the site owner, and no uncaught error or rejected update.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/net-drug-card.js';
import '../../src/net-treatment-list.js';
import '../../src/net-diet-guide.js';
import '../../src/net-questions.js';
import { MAX_QUERY_LENGTH } from '../../src/shared/inputs.js';
import type { Problem } from '../../src/shared/problem.js';
import { $, $$, captureWarnings, root, text } from './helpers.js';
import { WIDGET_TAGS, type NetTag } from '../../src/shared/widgets.js';

type Widget = LitElement & Record<string, unknown>;
type Tag = NetTag;
const TAGS = WIDGET_TAGS;

/** What the widget renders, without Lit's markers and with each class list tidied: equal snapshots, the same rendering. */
const snapshot = (el: Element): string =>
  root(el).innerHTML.replace(/<!--[^]*?-->/g, '').replace(/class="([^"]*)"/g, (_m, c: string) => `class="${c.trim().split(/\s+/).join(' ')}"`);

/** The attributes a widget has (those Lit observes, which custom-elements.json lists). */
const attributesOf = (tag: Tag): string[] => [...(customElements.get(tag) as unknown as typeof LitElement).observedAttributes];

/** The public properties a widget has (not its internal state). */
function propertiesOf(tag: Tag): string[] {
  const props = (customElements.get(tag) as unknown as typeof LitElement).elementProperties;
  return [...props].filter(([, options]) => !options.state).map(([name]) => String(name));
}

/** Values a script or framework may set: wrong types, and things that throw when turned into text. */
const throwingToString = {
  toString() {
    throw new Error('toString exploded');
  },
  valueOf() {
    throw new Error('valueOf exploded');
  },
};
const trappingProxy = new Proxy(
  {},
  {
    get() {
      throw new Error('proxy trap');
    },
    has() {
      throw new Error('proxy trap');
    },
    ownKeys() {
      throw new Error('proxy trap');
    },
    getPrototypeOf() {
      throw new Error('proxy trap');
    },
  },
);
const HOSTILE = [42, Symbol('s'), throwingToString, trappingProxy, { a: 1 }, [1, 2], true, 1.5, -1, NaN] as const;
/** One of HOSTILE, named by its index until it is set. */
class Hostile {
  constructor(readonly index: number) {}
}

/** A widget with what makes its default rendering (a drug card needs a drug to show one). */
async function mount(tag: Tag): Promise<Widget> {
  const el = document.createElement(tag) as unknown as Widget;
  if (tag === 'net-drug-card') el.setAttribute('drug', 'everolimus');
  await fixture(el);
  await el.updateComplete;
  return el;
}

/** Catches what would reach the page as an uncaught error while `run` goes. */
async function noUncaughtErrors(run: () => Promise<void>): Promise<void> {
  const caught: unknown[] = [];
  const onError = (e: ErrorEvent) => caught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => caught.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await aTimeout(0);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  expect(caught.map(String), 'uncaught errors').to.deep.equal([]);
}

/** The disclaimer is on screen, and any problem shown is an alert. */
function expectSafeRendering(el: Widget, what: string): void {
  const disclaimer = $<HTMLElement>(el, '.disclaimer');
  expect(disclaimer, `${what}: a disclaimer`).to.not.equal(null);
  expect(disclaimer!.checkVisibility(), `${what}: the disclaimer is visible`).to.equal(true);
  expect(text(disclaimer).length, `${what}: the disclaimer has words`).to.be.greaterThan(20);
  for (const problem of $$(el, '.problem')) {
    expect(problem.getAttribute('role'), `${what}: a problem is an alert`).to.equal('alert');
    expect(text(problem).length, `${what}: the problem has words`).to.be.greaterThan(10);
  }
}

/** Values to set each attribute to, then remove. */
const SOME_VALUES: Record<string, string> = {
  drug: 'octreotide',
  sections: 'about, dosage',
  variant: 'compact',
  categories: 'chemotherapy',
  groups: 'alcohol',
  query: 'banana',
  remember: 'session',
  'clinic-lang': 'es',
  lang: 'fr',
  'heading-level': '4',
};

describe('robustness', () => {
  const warnings = captureWarnings();

  describe('every attribute set and then removed brings back the default rendering', () => {
    for (const tag of TAGS) {
      for (const name of attributesOf(tag)) {
        it(`<${tag}> ${name}`, async () => {
          await noUncaughtErrors(async () => {
            const el = await mount(tag);
            // The drug card's default, for its `drug` attribute, is the card without one.
            if (name === 'drug') el.removeAttribute('drug');
            await el.updateComplete;
            const before = snapshot(el);
            el.setAttribute(name, SOME_VALUES[name] ?? '');
            await el.updateComplete;
            el.removeAttribute(name);
            await el.updateComplete;
            await waitUntil(() => snapshot(el) === before, `${name} removed: the default rendering again`, { timeout: 3000 });
            expectSafeRendering(el, name);
            expect(root(el).textContent).to.not.contain('Cannot read properties');
          });
        });
      }
    }
  });

  describe('every property set to null or undefined brings back the default rendering', () => {
    for (const tag of TAGS) {
      for (const prop of propertiesOf(tag)) {
        for (const empty of [null, undefined]) {
          it(`<${tag}>.${prop} = ${String(empty)}`, async () => {
            await noUncaughtErrors(async () => {
              const el = await mount(tag);
              if (prop === 'drug') el.removeAttribute('drug');
              await el.updateComplete;
              const before = snapshot(el);
              const attr = SOME_VALUES[prop] ?? SOME_VALUES[prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)];
              el[prop] = typeof el[prop] === 'boolean' ? true : (attr ?? 'x');
              await el.updateComplete;
              el[prop] = empty;
              await el.updateComplete;
              await waitUntil(() => snapshot(el) === before, `${prop} = ${String(empty)}: the default rendering again`, { timeout: 3000 });
              expectSafeRendering(el, prop);
            });
          });
        }
      }
    }
  });

  describe('a property of the wrong type gives the default, one warning and net-error, never an exception', () => {
    for (const tag of TAGS) {
      for (const prop of ['lang', 'headingLevel', 'drug', 'variant', 'query', 'groups', 'categories', 'sections']) {
        if (!propertiesOf(tag).includes(prop)) continue;
        it(`<${tag}>.${prop}`, async () => {
          await noUncaughtErrors(async () => {
            const el = await mount(tag);
            // A drug card whose drug is of the wrong type has no drug: its default is the "no medicine chosen" message.
            if (prop === 'drug') el.removeAttribute('drug');
            await el.updateComplete;
            const before = snapshot(el);
            for (const value of [42, Symbol('s'), throwingToString, trappingProxy]) {
              warnings.length = 0;
              const errors: Problem[] = [];
              const listen = (e: Event) => errors.push((e as CustomEvent<Problem>).detail);
              el.addEventListener('net-error', listen);
              el[prop] = value;
              // Never a rejected update.
              expect(await el.updateComplete).to.be.a('boolean');
              el.requestUpdate();
              await el.updateComplete;
              el.removeEventListener('net-error', listen);
              const what = `${prop} = ${typeof value === 'symbol' ? 'Symbol' : typeof value}`;
              expect(snapshot(el), `${what}: the default rendering`).to.equal(before);
              expect(warnings.filter((w) => w.includes(prop === 'headingLevel' ? 'heading-level' : prop)), `${what}: one warning`).to.have.length(1);
              expect(errors.map((e) => e.code), `${what}: net-error`).to.have.length(1);
              el[prop] = null;
              await el.updateComplete;
            }
          });
        });
      }
    }

    it('el.lang = 42 used to throw "toLowerCase is not a function" in every widget; now each shows its content', async () => {
      for (const tag of TAGS) {
        const el = await mount(tag);
        (el as { lang: unknown }).lang = 42;
        await el.updateComplete;
        expect($(el, '[role="alert"]'), tag).to.equal(null);
        expect($(el, '.base')!.getAttribute('lang'), tag).to.equal('en');
      }
    });

    it('an unknown drug card variant shows the full card and warns once', async () => {
      const el = await fixture<Widget>(html`<net-drug-card drug="everolimus" variant="tiny"></net-drug-card>`);
      expect($(el, '.expand-button')).to.equal(null);
      expect(warnings.filter((w) => w.includes('variant="tiny"'))).to.have.length(1);
    });

    it('a heading level out of range uses 2 and warns once', async () => {
      const el = await fixture<Widget>(html`<net-diet-guide heading-level="9"></net-diet-guide>`);
      expect($(el, '#title')!.localName).to.equal('h2');
      expect(warnings.filter((w) => w.includes('heading-level="9"'))).to.have.length(1);
    });
  });

  describe('a megabyte of text is read up to 200 characters', () => {
    const megabyte = 'banana '.repeat(150_000);

    it('the diet guide answers a 1 MB query as the first 200 characters', async () => {
      const el = await mount('net-diet-guide');
      el.query = megabyte;
      await el.updateComplete;
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      expect(input.maxLength).to.equal(MAX_QUERY_LENGTH);
      expect(input.value).to.equal(megabyte.slice(0, MAX_QUERY_LENGTH));
      expect(text($(el, '.answer'))).to.not.equal('');
    });

    it('the treatment list filters on the first 200 characters of a 1 MB query', async () => {
      const el = await mount('net-treatment-list');
      el.query = 'somatostatin' + ' x'.repeat(500_000);
      await el.updateComplete;
      const input = $<HTMLInputElement>(el, '#search')!;
      expect(input.maxLength).to.equal(MAX_QUERY_LENGTH);
      expect(input.value.length).to.equal(MAX_QUERY_LENGTH);
      expectSafeRendering(el, 'long query');
    });

    it('a drug card given a 1 MB name says it is not in the library', async () => {
      const el = await mount('net-drug-card');
      el.drug = 'x'.repeat(1_000_000);
      await el.updateComplete;
      const alert = $(el, '[role="alert"]');
      expect(text(alert)).to.contain('x'.repeat(50));
      expect(text(alert).length).to.be.lessThan(2000);
    });
  });

  describe('misspelt attributes', () => {
    it('warns once for an attribute within two letters of one the widget has, naming it', async () => {
      await fixture(html`<net-treatment-list categoires="chemotherapy" heading-levle="3"></net-treatment-list>`);
      expect(warnings.filter((w) => w.includes('"categoires"') && w.includes('Did you mean "categories"?'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('"heading-levle"') && w.includes('Did you mean "heading-level"?'))).to.have.length(1);
    });

    it('in English, whatever the page language', async () => {
      await fixture(html`<div lang="fr"><net-drug-card drug="everolimus" varient="compact"></net-drug-card></div>`);
      expect(warnings.filter((w) => w.includes('Did you mean "variant"?'))).to.have.length(1);
    });

    it('never for global attributes, data-*, aria-* or what frameworks add', async () => {
      const globals =
        'accesskey anchor autocapitalize autocorrect autofocus class contenteditable dir draggable enterkeyhint ' +
        'exportparts hidden id inert inputmode is itemid itemprop itemref itemscope itemtype lang nonce part popover ' +
        'role slot spellcheck style tabindex title translate virtualkeyboardpolicy writingsuggestions ' +
        'defer-hydration rendered-on';
      const framework = ['data-group', 'aria-label', '_ngcontent-ng-c1', '_nghost-ng-c2', 'ng-reflect-query', 'x-data', 'hx-get', 'onclick'];
      for (const tag of TAGS) {
        const el = document.createElement(tag);
        for (const name of [...globals.split(' '), ...framework]) el.setAttribute(name, name === 'dir' ? 'ltr' : '');
        await fixture(el);
        expect(warnings.filter((w) => w.includes('Did you mean')), tag).to.deep.equal([]);
      }
    });
  });

  describe('any value, in any order (fast-check, seeded)', () => {
    const bigString = 'a'.repeat(1_000_000);
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(...Object.values(SOME_VALUES), 'checklist', 'full', 'chemo', '<img src=x onerror=alert(1)>', bigString),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      // By index: fast-check itself looks into the values it makes, which a trapping Proxy forbids.
      fc.nat({ max: HOSTILE.length - 1 }).map((i) => new Hostile(i)),
      fc.object({ maxDepth: 1 }),
      fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
    );

    for (const tag of TAGS) {
      it(`<${tag}>: random attributes and properties, then all removed`, async () => {
        const attributes = attributesOf(tag);
        const properties = propertiesOf(tag);
        const action = fc.oneof(
          fc.record({ kind: fc.constant('attribute' as const), name: fc.constantFrom(...attributes), value: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...Object.values(SOME_VALUES), 'checklist', 'full', 'chemo', bigString)) }),
          fc.record({ kind: fc.constant('remove' as const), name: fc.constantFrom(...attributes) }),
          fc.record({ kind: fc.constant('property' as const), name: fc.constantFrom(...properties), value }),
        );
        const el = await mount(tag);
        el.removeAttribute('drug');
        await el.updateComplete;
        const clean = snapshot(el);
        await fc.assert(
          fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 6 }), async (actions) => {
            await noUncaughtErrors(async () => {
              for (const a of actions) {
                if (a.kind === 'attribute') el.setAttribute(a.name, a.value as string);
                else if (a.kind === 'remove') el.removeAttribute(a.name);
                else el[a.name] = a.value instanceof Hostile ? HOSTILE[a.value.index] : a.value;
                expect(await el.updateComplete).to.be.a('boolean');
                expectSafeRendering(el, `${a.kind} ${a.name} (${'value' in a ? typeof a.value : ''})`);
              }
              for (const name of attributes) el.removeAttribute(name);
              for (const name of properties) el[name] = null;
              await el.updateComplete;
              await waitUntil(() => snapshot(el) === clean, 'the default rendering after everything is removed', { timeout: 3000 });
            });
          }),
          { seed: 24, numRuns: tag === 'net-treatment-list' ? 80 : 150, endOnFailure: true },
        );
      });
    }
  });
});
