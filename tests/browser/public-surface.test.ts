// The public surface a hospital styles against: every part a widget renders is one it documents, and every widget
// documents the same few (the callout only on the drug card, which has one).
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import manifest from '../../custom-elements.json';
import { $, captureWarnings, idOf } from './helpers.js';

type Decl = { tagName?: string; cssParts?: { name: string }[] };
const documented = (tag: string) =>
  new Set(
    (manifest.modules as { declarations?: Decl[] }[])
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === tag)!
      .cssParts!.map((p) => p.name),
  );

/**
 * Every part name a widget renders, nested ones included: its shadow tree's `part` attributes, or in light DOM (where
 * `::part` does not apply) its `net-part-<name>` classes, the documented stand-ins.
 */
function partsIn(el: Element): Set<string> {
  if (el.shadowRoot) return new Set([...el.shadowRoot.querySelectorAll('[part]')].flatMap((p) => p.getAttribute('part')!.split(/\s+/)));
  return new Set([...el.querySelectorAll('[class*="net-part-"]')].flatMap((p) => [...p.classList].filter((c) => c.startsWith('net-part-')).map((c) => c.slice(9))));
}

const CASES: [string, TemplateResult][] = [
  ['net-drug-card', html`<net-drug-card drug="captem"></net-drug-card>`],
  ['net-drug-card', html`<net-drug-card drug="aspirin"></net-drug-card>`],
  ['net-treatment-list', html`<net-treatment-list expanded></net-treatment-list>`],
  ['net-treatment-list', html`<net-treatment-list categories="herbal"></net-treatment-list>`],
  ['net-diet-guide', html`<net-diet-guide query="beer"></net-diet-guide>`],
  ['net-diet-guide', html`<net-diet-guide variant="checklist"></net-diet-guide>`],
  ['net-questions', html`<net-questions></net-questions>`],
  ['net-questions', html`<net-questions print-preview clinic-lang="fr"></net-questions>`],
];

describe('public surface', () => {
  captureWarnings();

  for (const [tag, template] of CASES) {
    it(`${tag}: renders only parts it documents, and its main heading is part "heading"`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(template);
      await el.updateComplete;
      const rendered = partsIn(el);
      const allowed = documented(tag);
      expect([...rendered].filter((p) => !allowed.has(p))).to.deep.equal([]);
      const heading = $(el, '.net-part-heading');
      if (heading) expect(heading.id).to.equal(idOf(el, 'title'));
    });
  }

  it('every widget documents the same parts, the drug card also its callout', () => {
    const common = ['base', 'header', 'heading', 'section', 'footer', 'error'];
    expect([...documented('net-treatment-list')].sort()).to.deep.equal([...common].sort());
    expect([...documented('net-diet-guide')].sort()).to.deep.equal([...common].sort());
    expect([...documented('net-questions')].sort()).to.deep.equal([...common].sort());
    expect([...documented('net-drug-card')].sort()).to.deep.equal([...common, 'callout'].sort());
  });
});
