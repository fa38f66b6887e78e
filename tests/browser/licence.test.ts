// The licence of net-widgets' own text, as a reader sees it in each widget's footer: under the sources, once per
// widget, and never on text that a host page added.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetDrugCard } from '../../src/drug-card/drug-card.js';
import type { NetTreatmentList } from '../../src/treatment-list/treatment-list.js';
import { getDrug } from '../../src/content/drugs.js';
import { treatments } from '../../src/content/treatments.js';
import type { Drug, Treatment } from '../../src/content/schema.js';
import common from '../../data/en/ui-common.json';
import { $, $$, text } from './helpers.js';

/** Every paragraph in the widget that says under which licence its text is. */
const licenceLines = (el: Element) => $$(el, 'p').filter((p) => text(p).includes('CC BY 4.0')).map((p) => text(p));

describe('licence line', () => {
  it('a drug card says under its sources that the text is net-widgets’, CC BY 4.0', async () => {
    const el = await fixture<NetDrugCard>(html`<net-drug-card drug="everolimus"></net-drug-card>`);
    expect(licenceLines(el)).to.deep.equal([common.contentLicence]);
    const sources = $(el, '.net-part-footer .sources');
    expect(text(sources?.nextElementSibling)).to.equal(common.contentLicence);
    await expect(el).to.be.accessible();
  });

  it('a host’s own drug card does not claim to be net-widgets’ text', async () => {
    const own: Drug = {
      ...structuredClone(getDrug('lanreotide')!),
      id: 'our-card',
      name: 'Our card',
      brandNames: [],
      otherNames: [],
    };
    const el = await fixture<NetDrugCard>(html`<net-drug-card .content=${own}></net-drug-card>`);
    expect(text($(el, '.net-part-heading'))).to.equal('Our card');
    expect(licenceLines(el)).to.deep.equal([]);
  });

  it('the diet guide says it under its sources', async () => {
    const el = await fixture(html`<net-diet-guide></net-diet-guide>`);
    expect(licenceLines(el)).to.deep.equal([common.contentLicence]);
    const sources = $(el, '.net-part-footer .sources');
    expect(text(sources?.nextElementSibling)).to.equal(common.contentLicence);
  });

  it('the treatment list says it once, in the list’s footer, not in every opened option', async () => {
    const el = await fixture<NetTreatmentList>(html`<net-treatment-list expanded></net-treatment-list>`);
    expect($$(el, '.option-footer').length).to.equal(treatments.length);
    expect(licenceLines(el)).to.deep.equal([common.contentLicenceList]);
    expect(text($(el, '.net-part-footer .licence'))).to.equal(common.contentLicenceList);
  });

  it('the treatment list excepts the options a host added', async () => {
    const own: Treatment = { ...structuredClone(treatments[0]!), id: 'our-own-option', name: 'Our own option' };
    const el = await fixture<NetTreatmentList>(html`<net-treatment-list .entries=${[own]}></net-treatment-list>`);
    expect(licenceLines(el)).to.deep.equal([common.contentLicenceListWithHost]);
  });
});
