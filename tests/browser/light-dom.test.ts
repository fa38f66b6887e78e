import { expect, fixture, html } from '@open-wc/testing';
import '../../src/net-drug-card.js';
import '../../src/net-treatment-list.js';
import '../../src/net-diet-guide.js';
import '../../src/net-questions.js';
import type { LitElement } from 'lit';

describe('light-dom smoke', () => {
  it('renders a drug card into its own children', async () => {
    const el = await fixture<LitElement>(html`<net-drug-card drug="everolimus" light-dom><p slot="contact">Call 0123</p><a href="/x">Fallback</a></net-drug-card>`);
    await el.updateComplete;
    expect(el.shadowRoot).to.equal(null);
    const base = el.querySelector('.base')!;
    expect(base).to.exist;
    console.log(document.body.innerText.slice(0, 400));
    console.log(getComputedStyle(base).fontSize, getComputedStyle(el.querySelector('h2')!).fontSize);
    expect(el.querySelector('.net-slot p')?.textContent).to.equal('Call 0123');
  });
});
