// The `structured-data` attribute on each widget: opt-in JSON-LD in the light DOM, gone when off or on a problem.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetElement } from '../../src/shared/net-element.js';
import { $ } from './helpers.js';

function jsonLd(el: Element): Record<string, unknown> | null {
  const script = el.querySelector(':scope > script[type="application/ld+json"]');
  return script ? (JSON.parse(script.textContent ?? '') as Record<string, unknown>) : null;
}

const about = (doc: Record<string, unknown> | null) => [doc?.about].flat() as Array<Record<string, unknown>>;

describe('structured-data attribute', () => {
  it('is off by default: no JSON-LD in the page', async () => {
    const el = await fixture<NetElement>(html`<net-drug-card drug="everolimus"></net-drug-card>`);
    expect(jsonLd(el)).to.equal(null);
  });

  it('<net-drug-card> describes its drug as a MedicalWebPage about a Drug, with lastReviewed', async () => {
    const el = await fixture<NetElement>(html`<net-drug-card drug="Afinitor" structured-data></net-drug-card>`);
    const doc = jsonLd(el);
    expect(doc?.['@type']).to.equal('MedicalWebPage');
    expect(doc?.lastReviewed).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(about(doc)[0]!['@type']).to.equal('Drug');
    expect(about(doc)[0]!.name).to.equal('Everolimus');
  });

  it('follows the drug, and goes away when switched off or when the card shows a problem', async () => {
    const el = await fixture<NetElement & { drug: string }>(html`<net-drug-card drug="everolimus" structured-data></net-drug-card>`);
    el.drug = 'octreotide';
    await el.updateComplete;
    expect(about(jsonLd(el))[0]!.name).to.equal('Octreotide');
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.drug = 'no-such-drug';
      await el.updateComplete;
      expect(jsonLd(el)).to.equal(null);
    } finally {
      console.warn = warn;
    }
    el.drug = 'lanreotide';
    await el.updateComplete;
    el.structuredData = false;
    await el.updateComplete;
    expect(jsonLd(el)).to.equal(null);
  });

  it('leaves the JSON-LD script alone when the reader opens, closes or searches', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <net-drug-card drug="everolimus" structured-data></net-drug-card>
      <net-treatment-list structured-data></net-treatment-list>
      <net-diet-guide structured-data></net-diet-guide>
    </div>`);
    const widgets = [...page.children] as NetElement[];
    await Promise.all(widgets.map((w) => w.updateComplete));
    const scripts = widgets.map((w) => w.querySelector(':scope > script[type="application/ld+json"]'));
    expect(scripts.every(Boolean)).to.equal(true);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    scripts.forEach((s) => observer.observe(s!, { childList: true, characterData: true, subtree: true }));
    for (const w of widgets) {
      // A click on the first button of each widget (a section, an option or a food group opens) re-renders it.
      $(w, 'button, summary')?.click();
      w.requestUpdate();
      await w.updateComplete;
    }
    observer.disconnect();
    expect(changes.length).to.equal(0);
    const same = widgets.map((w, i) => w.querySelector(':scope > script[type="application/ld+json"]') === scripts[i]);
    expect(same).to.deep.equal([true, true, true]);
  });

  it('<net-treatment-list> describes its treatments as MedicalTherapy entries', async () => {
    const el = await fixture<NetElement>(html`<net-treatment-list structured-data></net-treatment-list>`);
    const doc = jsonLd(el);
    expect(doc?.['@type']).to.equal('MedicalWebPage');
    expect(about(doc).length).to.be.greaterThan(5);
    expect(about(doc).every((a) => a['@type'] === 'MedicalTherapy')).to.equal(true);
  });

  it('<net-diet-guide> describes its advice as a Diet', async () => {
    const el = await fixture<NetElement>(html`<net-diet-guide structured-data></net-diet-guide>`);
    expect(about(jsonLd(el))[0]!['@type']).to.equal('Diet');
  });
});
