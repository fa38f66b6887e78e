// French and Spanish: `lang` on a widget or any ancestor picks the locale (fr, fr-CA, es, es-US); the content and
// labels come from data/fr and data/es, loaded on first use; lookups take the local names; dates follow the locale;
// a language with no content falls back to English with one console note. axe in each language: the story tests run
// every story on a French and on a Spanish page (vitest projects stories-fr and stories-es).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import frCommon from '../../data/fr/ui-common.json';
import esCommon from '../../data/es/ui-common.json';
import frDrugs from '../../data/fr/drugs.json';
import esDrugs from '../../data/es/drugs.json';
import frDiet from '../../data/fr/diet.json';
import esDiet from '../../data/es/diet.json';
import frList from '../../data/fr/ui-treatment-list.json';
import esDietLabels from '../../data/es/ui-diet-guide.json';
import frDietLabels from '../../data/fr/ui-diet-guide.json';
import { WIDGET_SELECTOR } from '../../src/shared/widgets.js';
import { formatDate } from '../../src/shared/i18n.js';
import { $ } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; currentProblem: unknown };
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (node: Element | null | undefined) => words(node?.textContent ?? '');
const nameOf = (drugs: { id: string; name: string }[], id: string) => drugs.find((d) => d.id === id)!.name;

/** Renders `template` and waits until the widget inside it has drawn itself (a locale may load first). */
async function shown(template: TemplateResult, selector = WIDGET_SELECTOR): Promise<Widget> {
  const host = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = host.querySelector<Widget>(selector)!;
  await waitUntil(() => $(el, '.net-part-base'), `${selector} never rendered`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('French and Spanish', () => {
  let infos: string[] = [];
  const original = console.info;
  beforeEach(() => {
    infos = [];
    console.info = (...args: unknown[]) => infos.push(args.join(' '));
  });
  afterEach(() => {
    console.info = original;
  });

  it('lang="fr" shows the French card: the French name, French labels and dates, and the translation note', async () => {
    const el = await shown(html`<net-drug-card drug="everolimus" lang="fr"></net-drug-card>`);
    expect(text($(el, '.net-part-heading'))).to.equal(nameOf(frDrugs, 'everolimus'));
    expect($(el, '.net-part-base')!.getAttribute('lang')).to.equal('fr');
    const footer = text($(el, '.net-part-footer'));
    expect(footer).to.contain(frCommon.translationNote).and.contain(frCommon.disclaimer);
    // The date in French words ("7 décembre 2026"), read from the content, not written here.
    const reviewed = frDrugs.find((d) => d.id === 'everolimus')!.reviewed;
    expect(footer).to.contain(formatDate(reviewed, 'fr')).and.match(/\d+ décembre 2026/);
    // Quotes follow the locale: the sources' titles in « », not “ ”.
    expect(text($(el, '.sources li'))).to.match(/, « [^»]+ » \(/);
  });

  for (const lang of ['fr-CA', 'FR']) {
    it(`lang="${lang}" is served by the French content`, async () => {
      const el = await shown(html`<net-treatment-list lang=${lang}></net-treatment-list>`);
      expect(text($(el, '.net-part-heading'))).to.equal(frList.title);
    });
  }

  for (const lang of ['es', 'es-US']) {
    it(`an ancestor's lang="${lang}" picks the Spanish content`, async () => {
      const el = await shown(html`<section lang=${lang}><net-diet-guide></net-diet-guide></section>`);
      expect(text($(el, '.net-part-heading'))).to.equal(esDiet.name);
      expect(text($(el, '.net-part-footer'))).to.contain(esCommon.translationNote).and.contain(`${formatDate(esDiet.reviewed, 'es')}.`);
    });
  }

  it('a language with no content falls back to English, with one console note', async () => {
    const a = await shown(html`<net-drug-card drug="octreotide" lang="de"></net-drug-card>`);
    await shown(html`<net-drug-card drug="lanreotide" lang="de-AT"></net-drug-card>`);
    expect(text($(a, '.net-part-heading'))).to.equal('Octreotide');
    expect(infos.filter((m) => m.includes('"de'))).to.have.length(1);
    expect(text($(a, '.net-part-footer'))).not.to.contain(frCommon.translationNote);
  });

  it('finds drugs by their local names and accents, and by their English names', async () => {
    for (const [lang, drugs, query, id] of [
      ['fr', frDrugs, '5-fluorouracile', 'fluorouracil'],
      ['fr', frDrugs, 'Évérolimus', 'everolimus'],
      ['fr', frDrugs, 'everolimus', 'everolimus'],
      ['es', esDrugs, 'octreotida', 'octreotide'],
      ['es', esDrugs, 'Afinitor', 'everolimus'],
    ] as const) {
      const el = await shown(html`<net-drug-card drug=${query} lang=${lang}></net-drug-card>`);
      expect(el.currentProblem, `${lang} ${query}`).to.equal(null);
      expect(text($(el, '.net-part-heading')), `${lang} ${query}`).to.equal(nameOf(drugs as never, id));
    }
  });

  it('"Can I eat …?" answers local names of foods and their kinds ("queso", "vin rouge")', async () => {
    const cheese = esDiet.groups.flatMap((g) => g.foods).find((f) => f.id === 'cheese')!;
    const es = await shown(html`<net-diet-guide lang="es" query="queso"></net-diet-guide>`);
    expect(text($(es, '.answer-lead'))).to.equal(words(esDietLabels.answerListed.replace('{food}', cheese.name)));
    const redWine = frDiet.groups.flatMap((g) => g.foods).find((f) => f.id === 'red-wine')!;
    const fr = await shown(html`<net-diet-guide lang="fr" query="vin rouge"></net-diet-guide>`);
    expect(text($(fr, '.answer-lead'))).to.equal(words(frDietLabels.answerListed.replace('{food}', redWine.name)));
  });

  it('a drug card opened from a French treatment list is French too', async () => {
    const el = await shown(html`<net-treatment-list lang="fr" categories="targeted"></net-treatment-list>`);
    const toggle = $<HTMLButtonElement>(el, '#net-treatment-mtor-inhibitors-toggle')!;
    toggle.click();
    await el.updateComplete;
    const drugButton = $<HTMLButtonElement>(el, '.drug-button[data-drug="everolimus"]')!;
    expect(text(drugButton)).to.equal(nameOf(frDrugs, 'everolimus'));
    drugButton.click();
    await el.updateComplete;
    const card = $<Widget>(el, 'net-drug-card')!;
    await waitUntil(() => $(card, '.net-part-heading'));
    expect(text($(card, '.net-part-heading'))).to.equal(nameOf(frDrugs, 'everolimus'));
  });
});
