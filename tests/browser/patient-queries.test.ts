// Patient questions through the real widgets (issue 27): every row of patient-queries.json is typed into the widget's
// search box as a reader would (the field filled and the form sent, as pressing Enter does), on a page in its
// language, and the test reads what the reader sees: the option shown, the answer's words, and their order.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import table from './patient-queries.json';
import { $, $$, idOf, shown, text } from './helpers.js';
import enDrugs from '../../data/en/drugs.json';
import frDrugs from '../../data/fr/drugs.json';
import esDrugs from '../../data/es/drugs.json';
import enDiet from '../../data/en/diet.json';
import frDiet from '../../data/fr/diet.json';
import esDiet from '../../data/es/diet.json';
import enDietUi from '../../data/en/ui-diet-guide.json';
import frDietUi from '../../data/fr/ui-diet-guide.json';
import esDietUi from '../../data/es/ui-diet-guide.json';

type Lang = 'en' | 'fr' | 'es';
interface Row {
  widget: 'list' | 'diet';
  lang: Lang;
  query: string;
  reach: string;
  answer: 'found' | 'side-effect-of' | 'treats' | 'food' | 'advice' | 'not-named' | 'medicine' | 'symptom';
}
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const rows = table.rows as Row[];
const DRUGS = { en: enDrugs, fr: frDrugs, es: esDrugs } as Record<Lang, { id: string; name: string }[]>;
const DIETS = { en: enDiet, fr: frDiet, es: esDiet } as Record<Lang, typeof enDiet>;
const DIET_UI = { en: enDietUi, fr: frDietUi, es: esDietUi } as Record<Lang, typeof enDietUi>;
const drugName = (lang: Lang, id: string) => DRUGS[lang].find((d) => d.id === id)!.name;

/** The page: a <main> in the row's language with the widget, a drug card to open, and the guide for the list's pointer. */
async function page(row: Row): Promise<Widget> {
  const host = await fixture<HTMLElement>(
    row.widget === 'diet'
      ? html`<main lang=${row.lang}><net-diet-guide></net-diet-guide><net-drug-card drug="everolimus"></net-drug-card></main>`
      : html`<main lang=${row.lang}><net-treatment-list></net-treatment-list><net-diet-guide></net-diet-guide><net-drug-card drug="everolimus"></net-drug-card></main>`,
  );
  const el = host.querySelector<Widget>(row.widget === 'diet' ? 'net-diet-guide' : 'net-treatment-list')!;
  await waitUntil(() => $(el, 'input[type="search"]'), 'the search box never showed', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Asks as a reader does: fills the labelled field and sends the form (Enter), then waits for the widget's answer. */
async function ask(el: Widget, query: string): Promise<void> {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query }));
  // The guide answers on Enter at once; the list filters as the reader types.
  input.form?.requestSubmit();
  await el.updateComplete;
  await el.updateComplete;
}

const SIDE_EFFECT = ['serious', 'common', 'other'];

function checkList(el: Widget, row: Row): void {
  const answers = $(el, '.answers');
  const said = text(answers);
  if (row.answer === 'found') {
    const option = $(el, `#net-treatment-${row.reach}`);
    expect(shown(option), `the option ${row.reach} shows; shown: ${$$(el, 'li.option').filter(shown).map((o) => o.id).join(', ')}`).to.equal(true);
  } else if (row.answer === 'side-effect-of' || row.answer === 'treats') {
    const lines = $$(el, '.answer[data-symptom] .answer-line').filter((line) =>
      row.answer === 'treats' ? line.dataset.relation === 'use' : SIDE_EFFECT.includes(line.dataset.relation!),
    );
    const names = lines.filter((line) => line.querySelector(`[data-drug="${row.reach}"]`));
    expect(names.length, `${row.reach} named as ${row.answer}, in: ${said}`).to.be.greaterThan(0);
    expect(text(names[0]), 'in words').to.contain(drugName(row.lang, row.reach));
    // Every symptom answer ends with the hedge: a medicine not named here may still cause it.
    const answer = names[0]!.closest('.answer')!;
    expect(text(answer.querySelector('.answer-hedge'))).to.not.equal('');
  } else if (row.answer === 'food') {
    const food = $(el, '.answers .food');
    expect(food, `a pointer to the diet guide, in: ${said}`).to.exist;
    expect(food!.querySelector('button.food-button'), 'a button that asks the guide on this page').to.exist;
  } else {
    throw new Error(`no such answer for the treatment list: ${row.answer}`);
  }
}

/** Whether `a` comes before `b` in the document. */
const before = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

function checkDiet(el: Widget, row: Row): void {
  const answer = $(el, '.answer')!;
  const body = answer.querySelector<HTMLElement>('.answer-body');
  expect(body, 'an answer').to.exist;
  const result = body!.dataset.result;
  const said = text(answer);
  const ui = DIET_UI[row.lang];
  if (row.answer === 'advice') {
    const hit = answer.querySelector<HTMLElement>(`.answer-hit[data-food="${row.reach}"]`);
    expect(hit, `the answer for ${row.reach}, in: ${said}`).to.exist;
    const group = DIETS[row.lang].groups.find((g) => g.foods.some((f) => f.id === row.reach))!;
    const food = group.foods.find((f) => f.id === row.reach)!;
    expect(text(hit), 'names the food and says the advice').to.contain(food.name).and.contain(ui.advice[group.advice as 'avoid' | 'limit']);
    const notNamed = answer.querySelector('.answer-not-named');
    if (notNamed) expect(before(hit!, notNamed), 'the answer comes before any not-named line').to.equal(true);
  } else if (row.answer === 'not-named') {
    expect(result, said).to.equal('not-listed');
    expect(answer.querySelector('.answer-hit'), 'no advice given for it').to.equal(null);
    expect(text(answer.querySelector('.answer-not-named'))).to.not.equal('');
  } else if (row.answer === 'medicine') {
    expect(result, said).to.equal('medicine');
    expect(said).to.contain(drugName(row.lang, row.reach));
  } else if (row.answer === 'symptom') {
    expect(result, said).to.equal('symptom');
  } else {
    throw new Error(`no such answer for the diet guide: ${row.answer}`);
  }
}

describe('patient questions through the real widgets (tests/browser/patient-queries.json)', () => {
  it('holds at least 150 queries, in English, French and Spanish, for both searches', () => {
    expect(rows.length).to.be.at.least(150);
    for (const lang of ['en', 'fr', 'es']) for (const widget of ['list', 'diet']) {
      expect(rows.filter((r) => r.lang === lang && r.widget === widget).length, `${lang} ${widget}`).to.be.at.least(10);
    }
  });

  const WIDGETS = [
    { widget: 'list', name: 'the treatment list', check: checkList },
    { widget: 'diet', name: 'the diet guide', check: checkDiet },
  ] as const;
  for (const lang of ['en', 'fr', 'es'] as const) {
    for (const { widget, name, check } of WIDGETS) {
      it(`${name} answers each ${lang} question as the table says`, async () => {
        const failures: string[] = [];
        const mine = rows.filter((r) => r.widget === widget && r.lang === lang);
        const el = await page(mine[0]!);
        for (const row of mine) {
          await ask(el, row.query);
          try {
            check(el, row);
          } catch (error) {
            failures.push(`${row.query} (${row.answer} ${row.reach}): ${(error as Error).message}`);
          }
        }
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }
  }

  describe('a name the website adds to a medicine is found by every search on the page', () => {
    const script = JSON.stringify({ id: 'capecitabine', addNames: ['Xeloda'] });
    async function pageWithXeloda(): Promise<{ list: Widget; guide: Widget; card: Widget }> {
      const host = await fixture<HTMLElement>(html`<main>
        <net-treatment-list></net-treatment-list>
        <net-diet-guide></net-diet-guide>
        <net-drug-card drug="everolimus"><script type="application/json">${script}</script></net-drug-card>
      </main>`);
      const [list, guide, card] = ['net-treatment-list', 'net-diet-guide', 'net-drug-card'].map((t) => host.querySelector<Widget>(t)!);
      for (const el of [list, guide, card]) await el!.updateComplete;
      return { list: list!, guide: guide!, card: card! };
    }

    it('the list finds capecitabine’s options for "Xeloda", and says it searched for Xeloda', async () => {
      const { list } = await pageWithXeloda();
      await ask(list, 'what is Xeloda');
      const shownIds = $$(list, 'li.option').filter(shown).map((o) => o.id);
      expect(shownIds).to.include(idOf(list, 'net-treatment-chemotherapy'));
      // The count follows once typing pauses.
      await waitUntil(() => text($(list, '.count')).includes('Xeloda'), `the count: ${text($(list, '.count'))}`, { timeout: 3000 });
      expect(text($(list, '.count'))).to.not.contain('Capecitabine');
    });

    it('the diet guide says "Xeloda" is a medicine, not a food', async () => {
      const { guide } = await pageWithXeloda();
      await ask(guide, 'Xeloda');
      expect($(guide, '.answer-body')!.dataset.result).to.equal('medicine');
      expect(text($(guide, '.answer'))).to.contain('Capecitabine');
    });

    it('a page whose card leaves takes its names with it', async () => {
      const { list, card } = await pageWithXeloda();
      card.remove();
      await ask(list, 'Xeloda');
      expect($$(list, 'li.option').filter(shown)).to.have.length(0);
    });
  });
});
