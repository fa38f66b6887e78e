import { expect } from '@open-wc/testing';
import { drugs, getDrug } from '../../src/content/drugs.js';
import { treatments } from '../../src/content/treatments.js';
import { diet } from '../../src/content/diet.js';
import type { Drug, Treatment } from '../../src/content/schema.js';
import {
  MARKER,
  dietJsonLd,
  dietPageJsonLd,
  drugJsonLd,
  drugPageJsonLd,
  findJsonLdScript,
  medicalWebPage,
  oldestDate,
  syncStructuredData,
  treatmentJsonLd,
  treatmentsPageJsonLd,
  type JsonLdNode,
} from '../../src/structured-data/index.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const must = <T>(x: T | undefined, what: string): T => {
  if (x === undefined) throw new Error(`${what} is missing from data/`);
  return x;
};
const everolimus = must(getDrug('everolimus'), 'everolimus');
const captem = must(getDrug('captem'), 'captem');
const nameOf = (id: string) => getDrug(id)?.name;
const names = (nodes: unknown) => ((nodes ?? []) as JsonLdNode[]).map((n) => n.name);

/** A host element, as a widget would be, in the document. */
function host(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

describe('structured data: schema.org builders', () => {
  it('describes a drug as a schema.org Drug with its names, class, route and side effects', () => {
    const node = drugJsonLd(everolimus);
    expect(node['@type']).to.equal('Drug');
    expect(node.name).to.equal('Everolimus');
    expect(node.alternateName).to.include('Afinitor');
    expect((node.drugClass as JsonLdNode)['@type']).to.equal('DrugClass');
    expect((node.drugClass as JsonLdNode).name).to.equal(everolimus.drugClass.text);
    expect(node.administrationRoute).to.equal(everolimus.howGiven.route);
    expect(names(node.adverseOutcome)).to.deep.equal(everolimus.sideEffects.common.items);
    expect(names(node.seriousAdverseOutcome)).to.deep.equal(everolimus.sideEffects.serious.items ?? []);
    expect(node).not.to.have.property('activeIngredient');
  });

  it('lists the drugs of a combination as active ingredients, leaving out unknown ones', () => {
    const components = (captem.components ?? []).map(getDrug);
    const node = drugJsonLd(captem, [...components, undefined]);
    expect(node.activeIngredient).to.deep.equal(components.map((c) => c?.name));
    // "CapTem" is the title in another case, so it is not repeated as an alternate name.
    expect(node.alternateName).to.include('Capecitabine and temozolomide');
    expect(node.alternateName).not.to.include('CapTem');
  });

  it('never states what the sources do not cover: silent sections and empty lists are left out', () => {
    const quiet: Drug = clone(everolimus);
    quiet.about = { silent: true, text: 'Little is known.', sources: ['acs-gi-net-targeted'] };
    quiet.sideEffects.serious = { silent: true, sources: ['acs-gi-net-targeted'] };
    quiet.brandNames = [];
    quiet.otherNames = ['Everolimus', 'everolimus']; // the entry's own name is not an alternate name
    const node = drugJsonLd(quiet);
    expect(node).not.to.have.property('description');
    expect(node).not.to.have.property('seriousAdverseOutcome');
    expect(node).not.to.have.property('alternateName');
  });

  it('describes a treatment as a MedicalTherapy with its related drugs named', () => {
    const somatostatin = must(
      treatments.find((t) => t.relatedDrugs.length >= 2),
      'a treatment with related drugs',
    );
    const node = treatmentJsonLd(somatostatin, nameOf);
    expect(node['@type']).to.equal('MedicalTherapy');
    expect(node.name).to.equal(somatostatin.name);
    expect(node.description).to.equal(somatostatin.summary);
    expect(names(node.drug)).to.deep.equal(somatostatin.relatedDrugs.map(nameOf));
    const unknown: Treatment = { ...clone(somatostatin), relatedDrugs: ['no-such-drug'] };
    expect(treatmentJsonLd(unknown, nameOf)).not.to.have.property('drug');
    expect(treatmentJsonLd(somatostatin)).not.to.have.property('drug');
  });

  it('describes the diet as a schema.org Diet naming every group and food', () => {
    const node = dietJsonLd(diet);
    expect(node['@type']).to.equal('Diet');
    expect(node.name).to.equal(diet.name);
    const features = String(node.dietFeatures);
    for (const group of diet.groups) {
      expect(features).to.include(group.name);
      for (const food of group.foods) expect(features).to.include(food.name);
    }
  });

  it('wraps them in a MedicalWebPage for patients with lastReviewed', () => {
    const page = medicalWebPage({ lastReviewed: '2026-01-02', inLanguage: 'en', about: drugJsonLd(everolimus) });
    expect(page['@context']).to.equal('https://schema.org');
    expect(page['@type']).to.equal('MedicalWebPage');
    expect(page.lastReviewed).to.equal('2026-01-02');
    expect(page.inLanguage).to.equal('en');
    expect((page.about as JsonLdNode).name).to.equal('Everolimus');
    expect(page).not.to.have.property('citation');
  });

  it('dates a page of several entries by its oldest review', () => {
    expect(oldestDate(['2026-05-01', '2025-12-31', '2026-01-01'])).to.equal('2025-12-31');
    const older: Treatment = { ...clone(treatments[0]), reviewed: '2020-01-01' };
    const page = treatmentsPageJsonLd([treatments[1], older], { drugName: nameOf });
    expect(page.lastReviewed).to.equal('2020-01-01');
    expect(names(page.about)).to.deep.equal([treatments[1].name, older.name]);
    expect(drugPageJsonLd(everolimus).lastReviewed).to.equal(everolimus.reviewed);
    expect(dietPageJsonLd(diet).lastReviewed).to.equal(diet.reviewed);
  });

  it('cites the sources given, with publisher and address', () => {
    const source = { id: 's', publisher: 'A charity', title: 'A page', region: 'UK', date: '2025', url: 'https://example.org/p' };
    const page = drugPageJsonLd(everolimus, { citation: [source] });
    expect(page.citation).to.deep.equal([
      { '@type': 'CreativeWork', name: 'A page', publisher: { '@type': 'Organization', name: 'A charity' }, url: 'https://example.org/p' },
    ]);
  });

  it('builds valid JSON for every bundled drug and treatment', () => {
    for (const drug of drugs) {
      const page = drugPageJsonLd(drug, { components: (drug.components ?? []).map(getDrug) });
      expect(JSON.parse(JSON.stringify(page)).about.name, drug.id).to.equal(drug.name);
    }
    expect((treatmentsPageJsonLd(treatments, { drugName: nameOf }).about as unknown[]).length).to.equal(treatments.length);
  });
});

describe('structured data: the JSON-LD script in the light DOM', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('adds one script of type application/ld+json holding the data', () => {
    const el = host();
    const data = drugPageJsonLd(everolimus);
    syncStructuredData(el, data);
    const scripts = el.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts.length).to.equal(1);
    expect(scripts[0].hasAttribute(MARKER)).to.equal(true);
    expect(JSON.parse(scripts[0].textContent ?? '')).to.deep.equal(data);
    expect(scripts[0].getClientRects().length, 'never shown').to.equal(0);
  });

  it('updates the same script when the data changes, and leaves it alone when it does not', () => {
    const el = host();
    syncStructuredData(el, drugPageJsonLd(everolimus));
    const first = findJsonLdScript(el);
    syncStructuredData(el, drugPageJsonLd(captem));
    expect(findJsonLdScript(el)).to.equal(first);
    expect(JSON.parse(first?.textContent ?? '').about.name).to.equal('CAPTEM');
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    syncStructuredData(el, drugPageJsonLd(captem));
    seen.push(...observer.takeRecords());
    observer.disconnect();
    expect(seen, 'no mutation for unchanged data').to.have.length(0);
  });

  it('removes its script when structured data is turned off, and never touches the host’s own scripts', () => {
    const el = host();
    const own = document.createElement('script');
    own.type = 'application/json';
    own.textContent = '{"id":"host-card"}';
    const ownLd = document.createElement('script');
    ownLd.type = 'application/ld+json';
    ownLd.textContent = '{"@type":"Hospital"}';
    el.append(own, ownLd);
    syncStructuredData(el, dietPageJsonLd(diet));
    expect(el.querySelectorAll('script')).to.have.length(3);
    syncStructuredData(el, null);
    expect([...el.querySelectorAll('script')]).to.deep.equal([own, ownLd]);
    expect(own.textContent).to.equal('{"id":"host-card"}');
    expect(ownLd.textContent).to.equal('{"@type":"Hospital"}');
  });

  it('escapes "<" so the text stays inert even if copied into HTML, and still parses to the same data', () => {
    const el = host();
    const sneaky: Drug = { ...clone(everolimus), name: 'X</script><script>alert(1)</script>' };
    syncStructuredData(el, drugPageJsonLd(sneaky));
    const text = findJsonLdScript(el)?.textContent ?? '';
    expect(text).not.to.include('<');
    expect(JSON.parse(text).about.name).to.equal(sneaky.name);
  });
});
