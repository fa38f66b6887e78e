import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { NetElement } from '../../src/shared/net-element.js';
import { defineElement } from '../../src/shared/define.js';
import { heading } from '../../src/shared/heading.js';
import { renderFooter, renderReviewNotice, isReviewOverdue } from '../../src/shared/footer.js';
import { commonLabels } from '../../src/shared/i18n.js';
import type { Problem } from '../../src/shared/problem.js';
import type { InputReader } from '../../src/shared/inputs.js';
import { VERSION } from '../../src/shared/version.js';
import { captureWarnings } from './helpers.js';

/** A minimal widget on the shared base, to test what every widget inherits. */
class TestWidget extends NetElement<{ problem: Problem | null; thing: string }, { thing: string; explodeEarly: boolean }> {
  @property() thing = '';
  @property({ type: Boolean }) explode = false;
  @property({ type: Boolean }) explodeEarly = false;

  protected readInputs(read: InputReader) {
    return { thing: read.text('thing', this.thing), explodeEarly: this.explodeEarly };
  }

  protected computeView({ thing, explodeEarly }: { thing: string; explodeEarly: boolean }) {
    if (explodeEarly) throw new Error('boom while computing');
    if (!thing) return { problem: { code: 'missing-thing', message: 'Set the "thing" attribute.' }, thing: '' };
    if (thing === 'bad') {
      return { problem: { code: 'unknown-thing', message: 'No thing is called "bad".', details: ['Did you mean "good"?'] }, thing: '' };
    }
    return { problem: null, thing };
  }

  protected renderView(view: { thing: string }): unknown {
    if (this.explode) throw new Error('kaboom');
    return litHtml`<section class="base" part="base" lang=${this.locale} aria-labelledby="t">
      ${heading(this.level, view.thing, { id: 't', className: 'title' })}
      ${heading(this.subLevel, 'Sub', { part: 'section-heading' })}
      ${renderReviewNotice('2000-01-01', this.commonLabels)}
      ${renderFooter({
        sources: [{ id: 's', publisher: 'Pub', title: 'Page', region: 'Here', date: '2025' }],
        reviewed: '2026-11-24',
        nextReview: '2027-11-24',
        locale: this.locale,
        labels: this.commonLabels,
        level: this.subLevel,
      })}
    </section>`;
  }
}
defineElement('test-widget', TestWidget);

describe('shared base', () => {
  const warnings = captureWarnings();

  describe('registration', () => {
    it('defining the same tag again does not throw and keeps the first class', () => {
      class Other extends TestWidget {}
      expect(() => defineElement('test-widget', Other)).not.to.throw();
      expect(customElements.get('test-widget')).to.equal(TestWidget);
    });

    it('warns once per page when another copy got there first', () => {
      class CopyA extends TestWidget {}
      class CopyB extends TestWidget {}
      defineElement('test-copy-a', CopyA);
      defineElement('test-copy-b', CopyB);
      // Two "second copies" of two tags: still one warning for the page.
      defineElement('test-copy-a', class extends TestWidget {});
      defineElement('test-copy-b', class extends TestWidget {});
      const dup = warnings.filter((w) => w.includes('already defined'));
      expect(dup.length).to.be.at.most(1);
    });

    it('names both versions when a different version registered first', () => {
      // Run in a fresh realm (an iframe) so the page-wide "warned" flag is new there.
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const win = frame.contentWindow as Window & typeof globalThis;
      const frameWarnings: string[] = [];
      (win.console as Console).warn = (...a: unknown[]) => frameWarnings.push(a.join(' '));
      class Old extends win.HTMLElement {
        static readonly netVersion = '0.0.1';
      }
      win.customElements.define('net-thing', Old);
      // defineElement uses globalThis; call its logic against the frame by binding globals temporarily.
      const realCE = globalThis.customElements;
      const realConsoleWarn = console.warn;
      Object.defineProperty(globalThis, 'customElements', { value: win.customElements, configurable: true });
      console.warn = win.console.warn;
      try {
        (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('net-widgets.duplicate-warned')] = undefined;
        expect(defineElement('net-thing', class extends HTMLElement {})).to.equal(false);
      } finally {
        Object.defineProperty(globalThis, 'customElements', { value: realCE, configurable: true });
        console.warn = realConsoleWarn;
        frame.remove();
      }
      expect(frameWarnings).to.have.length(1);
      expect(frameWarnings[0]).to.contain('0.0.1').and.contain(VERSION);
    });
  });

  describe('language', () => {
    it('uses its own lang first', async () => {
      // fixtureSync: a plain <div> root would make fixture() wait for an animation frame, which a test page running
      // in the background may not get.
      const el = fixtureSync(html`<div lang="fr"><test-widget thing="x" lang="de"></test-widget></div>`);
      const w = el.querySelector('test-widget') as TestWidget;
      await w.updateComplete;
      expect(w.resolvedLang).to.equal('de');
    });

    it('else the closest ancestor with lang, across a shadow root', async () => {
      const host = fixtureSync(html`<div lang="fr-CA"><div></div></div>`);
      const inner = host.firstElementChild as HTMLElement;
      const root = inner.attachShadow({ mode: 'open' });
      const w = document.createElement('test-widget') as TestWidget;
      w.setAttribute('thing', 'x');
      root.append(w);
      await w.updateComplete;
      expect(w.resolvedLang).to.equal('fr-CA');
    });

    it('else the document, and re-renders when the document lang changes', async () => {
      const before = document.documentElement.lang;
      document.documentElement.lang = 'es';
      try {
        const w = await fixture<TestWidget>(html`<test-widget thing="x"></test-widget>`);
        expect(w.resolvedLang).to.equal('es');
        document.documentElement.lang = 'en-GB';
        await new Promise((r) => setTimeout(r, 0));
        await w.updateComplete;
        expect(w.resolvedLang).to.equal('en-GB');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('marks its content with the bundled locale it is shown in', async () => {
      const w = await fixture<TestWidget>(html`<test-widget thing="x" lang="fr"></test-widget>`);
      expect(w.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('heading levels', () => {
    it('defaults to h2 with sub-headings at h3', async () => {
      const w = await fixture<TestWidget>(html`<test-widget thing="Everything"></test-widget>`);
      const hs = [...w.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName);
      // The title, its sub-heading and the footer's "Sources".
      expect(hs).to.deep.equal(['h2', 'h3', 'h3']);
      expect(w.shadowRoot!.querySelector('h2')!.textContent).to.equal('Everything');
    });

    for (const [attr, main, sub] of [
      ['1', 'h1', 'h2'],
      ['4', 'h4', 'h5'],
      ['6', 'h6', 'h6'],
      ['9', 'h2', 'h3'],
      ['x', 'h2', 'h3'],
    ]) {
      it(`heading-level="${attr}" gives ${main} and ${sub}`, async () => {
        const w = await fixture<TestWidget>(html`<test-widget thing="T" heading-level=${attr}></test-widget>`);
        const hs = [...w.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName);
        expect(hs).to.deep.equal([main, sub, sub]);
      });
    }
  });

  describe('error state', () => {
    it('shows a visible alert that names the bad input, warns once and fires net-error', async () => {
      const w = document.createElement('test-widget') as TestWidget;
      w.setAttribute('thing', 'bad');
      const event = oneEvent(w, 'net-error');
      document.body.append(w);
      const { detail } = (await event) as CustomEvent<Problem>;
      await w.updateComplete;
      const alert = w.shadowRoot!.querySelector('[role="alert"]') as HTMLElement;
      expect(alert).to.exist;
      expect(alert.innerText).to.contain('No thing is called "bad".').and.contain('Did you mean "good"?');
      expect(alert.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(detail.code).to.equal('unknown-thing');
      w.requestUpdate();
      await w.updateComplete;
      expect(warnings.filter((x) => x.includes('"bad"'))).to.have.length(1);
      await expect(w).to.be.accessible();
      w.remove();
    });

    it('says what to set when the required input is missing', async () => {
      const w = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      expect(w.shadowRoot!.textContent).to.contain('Set the "thing" attribute.');
      expect(warnings).to.have.length(1);
    });

    it('turns an exception while rendering into a visible message, not an uncaught error', async () => {
      const w = await fixture<TestWidget>(html`<test-widget thing="x" explode></test-widget>`);
      expect(w.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('kaboom');
      expect(w.currentProblem?.code).to.equal('internal-error');
    });

    it('turns an exception while working out what to show into a visible message too, and recovers', async () => {
      const w = await fixture<TestWidget>(html`<test-widget thing="x" ?explodeEarly=${true}></test-widget>`);
      expect(w.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('boom while computing');
      expect(w.currentProblem?.code).to.equal('internal-error');
      expect(warnings).to.have.length(1);
      w.explodeEarly = false;
      await w.updateComplete;
      expect(w.currentProblem).to.equal(null);
      expect(w.shadowRoot!.querySelector('#t')!.textContent).to.equal('x');
    });

    it('works out what to show once per change of its inputs, not on every update', async () => {
      let computed = 0;
      class Counting extends TestWidget {
        protected override computeView(inputs: { thing: string; explodeEarly: boolean }) {
          computed++;
          return super.computeView(inputs);
        }
      }
      defineElement('test-counting', Counting);
      const w = await fixture<Counting>(html`<test-counting thing="x"></test-counting>`);
      expect(computed).to.equal(1);
      w.explode = false;
      w.requestUpdate();
      await w.updateComplete;
      expect(computed, 'an update with the same inputs').to.equal(1);
      w.thing = 'y';
      await w.updateComplete;
      expect(computed).to.equal(2);
    });

    it('recovers when the input is fixed', async () => {
      const w = await fixture<TestWidget>(html`<test-widget thing="bad"></test-widget>`);
      w.thing = 'good';
      await w.updateComplete;
      expect(w.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(w.shadowRoot!.querySelector('h2')!.textContent).to.equal('good');
    });
  });

  describe('footer', () => {
    it('shows sources, both review dates as <time>, and the disclaimer', async () => {
      const w = await fixture<TestWidget>(html`<test-widget thing="x"></test-widget>`);
      const footer = w.shadowRoot!.querySelector('[part="footer"]') as HTMLElement;
      const text = footer.innerText;
      const labels = commonLabels('en');
      expect(text).to.contain('Pub, “Page” (2025)');
      expect(text).to.contain(labels.lastReviewed).and.contain('24 November 2026');
      expect(text).to.contain(labels.nextReview).and.contain('24 November 2027');
      expect(text).to.contain(labels.disclaimer);
      expect([...footer.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '2026-11-24',
        '2027-11-24',
      ]);
      await expect(w).to.be.accessible();
    });

    it('shows a review-due notice only when the next review date has passed', async () => {
      expect(isReviewOverdue('2000-01-01', new Date('2026-11-24'))).to.equal(true);
      expect(isReviewOverdue('2027-11-24', new Date('2026-11-24'))).to.equal(false);
      const w = await fixture<TestWidget>(html`<test-widget thing="x"></test-widget>`);
      expect(w.shadowRoot!.querySelector('.review-notice')!.textContent).to.contain(
        commonLabels('en').reviewOverdue,
      );
    });
  });

  describe('styles', () => {
    it('keeps its own text size and spacing when the host page is hostile', async () => {
      const style = document.createElement('style');
      style.textContent =
        'html { font-size: 62.5% } * { line-height: 4 !important; letter-spacing: 0.5em; text-transform: uppercase; color: red; }';
      document.head.append(style);
      try {
        const w = await fixture<TestWidget>(html`<test-widget thing="Readable"></test-widget>`);
        const base = w.shadowRoot!.querySelector('.base') as HTMLElement;
        const cs = getComputedStyle(base);
        expect(cs.fontSize).to.equal('16px');
        expect(cs.letterSpacing).to.equal('normal');
        expect(cs.textTransform).to.equal('none');
        expect(cs.color).to.equal('rgb(31, 35, 40)');
        expect(parseFloat(cs.lineHeight)).to.equal(24);
      } finally {
        style.remove();
      }
    });

    it('has no style attribute or <style> element in its shadow DOM (CSP style-src self)', async () => {
      const w = await fixture<TestWidget>(html`<test-widget thing="x"></test-widget>`);
      expect(w.shadowRoot!.querySelectorAll('[style], style')).to.have.length(0);
      expect(w.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    });
  });
});
