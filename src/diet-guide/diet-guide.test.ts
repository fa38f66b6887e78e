import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../net-diet-guide.js';
import type { NetDietGuide } from './diet-guide.js';
import type { DrugSelectDetail, FoodSearchDetail } from '../shared/events.js';
import { TYPING_PAUSE_MS } from '../shared/typing-pause.js';
import { diet } from '../content/diet.js';
import { formatDate } from '../shared/i18n.js';
import type { Problem } from '../shared/problem.js';
import ui from '../../data/en/ui-diet-guide.json';
import frUi from '../../data/fr/ui-diet-guide.json';
import esUi from '../../data/es/ui-diet-guide.json';
import common from '../../data/en/ui-common.json';
import { $, $$, captureWarnings, focusedIn, headingLevels, idOf, root, shown, slotNodes, slotOf, text } from '../../tests/browser/helpers.js';
import { questionsOn, type SavedQuestion } from '../shared/questions-store.js';
import { questionLabels, questionWords } from '../content/question-templates.js';

const allFoods = diet.groups.flatMap((group) => group.foods.map((food) => ({ food, group })));
const groupOf = (foodId: string) => allFoods.find((x) => x.food.id === foodId)!.group;

async function guide(template: TemplateResult): Promise<NetDietGuide> {
  const el = await fixture<NetDietGuide>(template);
  await el.updateComplete;
  return el;
}

/** What an answer says, paragraph by paragraph. */
const paragraphs = (answer: Element): string[] => [...answer.querySelectorAll('p')].map(text);

/** Searches the way a reader does: fills the labelled field and submits the form. */
async function search(el: NetDietGuide, query: string): Promise<HTMLElement> {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.value = query;
  (input.form as HTMLFormElement).requestSubmit();
  await el.updateComplete;
  return $(el, '.answer')!;
}

describe('<net-diet-guide>', () => {
  const warnings = captureWarnings();

  describe('the guide', () => {
    it('is a named region with the title, why diet matters, and no warning', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const base = $(el, 'section.net-part-base')!;
      expect(base.getAttribute('aria-labelledby')).to.equal(idOf(el, 'title'));
      expect(text($(el, '#title'))).to.equal(diet.name);
      expect(text($(el, '.intro'))).to.contain(diet.intro.text!);
      expect(warnings).to.have.length(0);
    });

    it('shows every food in the data under its group, with the group’s reason and its advice in words', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      expect($$(el, '.group').map((g) => g.dataset.group)).to.deep.equal(diet.groups.map((g) => g.id));
      for (const group of diet.groups) {
        const block = $(el, `.group[data-group="${group.id}"]`)!;
        const headingEl = block.querySelector('.group-heading')!;
        expect(text(headingEl)).to.contain(group.name).and.contain(ui.advice[group.advice]);
        expect(text(block.querySelector('.reason'))).to.contain(group.reason.text!);
        const foods = [...block.querySelectorAll('.food .food-name')].map(text);
        expect(foods).to.deep.equal(group.foods.map((f) => f.name));
      }
      expect($$(el, '.food')).to.have.length(allFoods.length);
    });

    it('says the advice in words; the icon beside it is hidden from assistive technology', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      for (const advice of $$(el, '.group-heading .advice')) {
        expect(['Limit', 'Avoid']).to.include(text(advice));
        expect(advice.querySelector('.advice-icon')!.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    it('gives the advice about medicines and symptom control framed as "talk to your NET specialist"', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      expect(text($(el, '.medicines'))).to.contain(ui.medicinesHeading).and.contain(diet.medicines.text!);
      const pointers = $$(el, '.symptom-control .pointer');
      expect(pointers).to.have.length(diet.symptomControl.length);
      diet.symptomControl.forEach((item, i) => {
        expect(text(pointers[i]!)).to.contain(item.name).and.contain(item.text).and.contain(ui.talkToSpecialist);
      });
    });

    it('ends with its sources, both review dates and the disclaimer', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const footer = $(el, '.net-part-footer')!;
      expect(text(footer)).to.contain('A US neuroendocrine tumour patient organisation');
      expect([...footer.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
        diet.reviewed,
        diet.nextReview,
      ]);
      expect(text(footer)).to.contain(common.disclaimer);
    });

    it('uses real headings at the level the page asks for', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const levels = headingLevels(el);
      expect(levels[0]).to.equal('h2');
      expect(levels).to.include('h3').and.include('h4');
      expect(levels.filter((l) => l === 'h4')).to.have.length(diet.groups.length);
      const deeper = await guide(html`<net-diet-guide heading-level="4"></net-diet-guide>`);
      expect(headingLevels(deeper)[0]).to.equal('h4');
      expect(headingLevels(deeper).filter((l) => l === 'h6')).to.have.length(diet.groups.length);
    });

    it('shows the dietitian heading only when the host fills the slot', async () => {
      const empty = await guide(html`<net-diet-guide></net-diet-guide>`);
      expect(shown($(empty, '.dietitian'))).to.equal(false);
      const el = await guide(
        html`<net-diet-guide><p slot="dietitian">Call our dietitian on 01234 567890.</p></net-diet-guide>`,
      );
      await el.updateComplete;
      const block = $(el, '.dietitian')!;
      expect(shown(block)).to.equal(true);
      expect(text(block)).to.contain(ui.dietitianHeading);
      expect(block.contains(slotOf(el, 'dietitian')), 'in the dietitian block').to.equal(true);
      expect(text(slotNodes(el, 'dietitian')[0])).to.contain('01234 567890');
    });

    it('shows and hides the dietitian heading as the host adds and removes its content', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const p = document.createElement('p');
      p.slot = 'dietitian';
      p.textContent = 'Call our dietitian on 01234 567890.';
      el.append(p);
      await waitUntil(() => shown($(el, '.dietitian')) && shown(p), 'the dietitian block shows');
      expect(text(slotNodes(el, 'dietitian')[0])).to.contain('01234 567890');
      p.remove();
      await waitUntil(() => !shown($(el, '.dietitian')), 'the dietitian block goes with its content');
    });

    it('has no style attribute or <style> element in what it renders', async () => {
      const el = await guide(html`<net-diet-guide query="bananas"></net-diet-guide>`);
      expect(root(el).querySelectorAll('[style], style')).to.have.length(0);
    });

    it('fits a 320 px column without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await guide(html`<net-diet-guide query="bananas"></net-diet-guide>`);
        const base = $(el, '.net-part-base')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('"Can I eat …?"', () => {
    it('is a labelled search field in a search landmark, with an empty polite live region ready', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const form = $(el, 'form[role="search"]')!;
      expect(form.getAttribute('aria-label')).to.equal(ui.searchRegionLabel);
      const input = form.querySelector('input[type="search"]') as HTMLInputElement;
      expect(text(input.labels![0]!)).to.equal(ui.searchLabel);
      expect(shown(input.labels![0]!)).to.equal(true);
      const answer = $(el, '.answer')!;
      expect(answer.getAttribute('aria-live')).to.equal('polite');
      expect(answer.getAttribute('role')).to.equal('status');
      expect(text(answer)).to.equal('');
    });

    for (const query of ['Bananas', 'banana', 'BANANAS ', 'bannana']) {
      it(`answers "${query}" with bananas, their group, the advice word and the reason, in the live region`, async () => {
        const el = await guide(html`<net-diet-guide></net-diet-guide>`);
        const answer = await search(el, query);
        const group = groupOf('bananas');
        expect(answer.getAttribute('aria-live')).to.equal('polite');
        const said = text(answer);
        expect(said).to.contain('“Bananas”');
        expect(said).to.contain(group.name).and.contain(ui.advice[group.advice]).and.contain(group.reason.text!);
        expect(answer.querySelector('[data-food]')!.getAttribute('data-food')).to.equal('bananas');
      });
    }

    it('says when it guessed past a typo', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      expect(text(await search(el, 'bannana'))).to.contain('We could not find “bannana”. We think you mean “Bananas”.');
      expect(text(await search(el, 'banana'))).not.to.contain('We could not find');
    });

    it('does not guess past two added or missing letters: "cured meat" is not "Red meat"', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const said = text(await search(el, 'cured meat'));
      expect(said).not.to.contain('We think you mean');
      expect(said).to.contain(ui.answerNotListed.replace('{query}', 'cured meat'));
      expect(said, 'and sends the reader to their care team').to.match(/care team or dietitian/);
      expect(text(await search(el, 'red wnie')), 'a swapped pair of letters is still a typo').to.contain('We think you mean “Red wine”.');
    });

    it('answers part of a name ("smoked") with the listed foods that have it first, each a button that answers for it', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const answer = await search(el, 'smoked');
      expect([...answer.querySelectorAll('p')].map(text), 'did you mean, then not on this list, then ask your care team').to.deep.equal([
        ui.answerRelated.replace('{query}', 'smoked'),
        ui.answerNotListed.replace('{query}', 'smoked'),
        ui.answerNotListedHelp.replace(/\{query\}/g, 'smoked'),
      ]);
      expect(answer.querySelector('p + ul.candidates + p'), 'the buttons right under the question, before any "not named"').to.not.equal(null);
      const button = $(el, '.answer button')!;
      expect(text(button)).to.equal(`Smoked or salted fish (${ui.advice.avoid}, ${groupOf('smoked-or-salted-fish').name})`);
      button.click();
      await el.updateComplete;
      await waitUntil(() => text($(el, '.answer')).includes('“Smoked or salted fish” is on this list.'));
    });

    it('offers the listed names inside a longer query ("cheddar cheese") first, never as the answer, then "not named"', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const answer = await search(el, 'cheddar cheese');
      const said = text(answer);
      expect(text(answer.querySelector('.answer-lead'))).to.equal(ui.answerRelated.replace('{query}', 'cheddar cheese'));
      expect(said.indexOf(ui.answerRelated.replace('{query}', 'cheddar cheese'))).to.be.below(
        said.indexOf(ui.answerNotListed.replace('{query}', 'cheddar cheese')),
      );
      expect(said, 'and still sends the reader to their care team').to.match(/care team or dietitian/);
      const buttons = $$(el, '.answer button').map(text);
      expect(buttons).to.have.length(2);
      expect(buttons[0]).to.equal(`Cheese (${ui.advice[groupOf('cheese').advice]}, ${groupOf('cheese').name})`);
      expect(buttons[1], 'cheddar may or may not be an aged cheese').to.equal('Cheddar');
      $$(el, '.answer button')[0]!.click();
      await waitUntil(() => text($(el, '.answer')).includes('“Cheese” is on this list.'));
      expect(text($(el, '.answer'))).not.to.contain(ui.answerNotListed.split('{query}')[0]!);
    });

    // axe: the SearchingAmbiguousFood story, in the story tests.
    it('answers a guess that fits more than one food ("srout": Stout or Trout?) with a question and a button per candidate', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const answer = await search(el, 'srout');
      expect(text(answer.querySelector('.answer-lead'))).to.equal('“srout” could mean more than one food on this list. Which did you mean?');
      const buttons = $$(el, '.answer button');
      const alcohol = groupOf('alcoholic-drinks');
      expect(buttons.map(text), 'Trout may or may not be smoked or salted fish').to.deep.equal([`Stout (${ui.advice[alcohol.advice]}, ${alcohol.name})`, 'Trout']);
      buttons[0]!.click();
      await waitUntil(() => text($(el, '.answer')).includes('“Stout” comes under “Alcoholic drinks” on this list.'));
      expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('Stout');
    });

    it('gives no advice word on a button for a name that may or may not be a listed food ("Almond milk")', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      await search(el, 'milk');
      const buttons = $$(el, '.answer button').map(text);
      expect(buttons).to.include('Almond milk');
      expect(buttons.find((b) => b.startsWith('Milk chocolate'))).to.contain(ui.advice.avoid);
    });

    it('answers a plural that the data does not spell out ("tomatos", "kiwi fruites")', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      expect(text(await search(el, 'tomatos'))).to.contain('“Tomatoes” is on this list.');
      expect(text(await search(el, 'kiwi fruites'))).to.contain('“Kiwi fruit” is on this list.');
    });

    for (const query of ['rice', 'bread', 'water']) {
      it(`says our sources do not name "${query}", sends the reader to their care team, and never says "safe"`, async () => {
        const el = await guide(html`<net-diet-guide></net-diet-guide>`);
        const said = text(await search(el, query));
        expect(said).to.contain(ui.answerNotListed.replace('{query}', query));
        expect(said).to.match(/care team or dietitian/);
        expect(said).not.to.match(/\bsafe/i);
        for (const group of diet.groups) expect(said).not.to.contain(group.name);
        expect(text($(el, '.net-part-base'))).not.to.match(/\bsafe/i);
      });
    }

    it('answers from the keyboard: type, then Enter', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      ($(el, 'input[type="search"]') as HTMLInputElement).focus();
      await sendKeys({ type: 'plum' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text($(el, '.answer'))).to.contain('“Plums” is on this list.');
    });

    it('fires net-food-search with the query, the result and the food ids', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const listed = oneEvent(el, 'net-food-search');
      await search(el, 'bananas');
      const e1 = (await listed) as CustomEvent<FoodSearchDetail>;
      expect(e1.detail).to.deep.equal({ query: 'bananas', result: 'listed', foodIds: ['bananas'] });
      expect(e1.bubbles && e1.composed).to.equal(true);
      const unlisted = oneEvent(el, 'net-food-search');
      await search(el, 'rice');
      expect(((await unlisted) as CustomEvent<FoodSearchDetail>).detail).to.deep.equal({
        query: 'rice',
        result: 'not-listed',
        foodIds: [],
      });
    });

    it('pre-fills from the query attribute and answers, without firing net-food-search', async () => {
      let fired = 0;
      const host = await fixture(html`<div @net-food-search=${() => fired++}><net-diet-guide query="Eggs"></net-diet-guide></div>`);
      const el = host.querySelector('net-diet-guide') as NetDietGuide;
      await el.updateComplete;
      expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('Eggs');
      expect(text($(el, '.answer'))).to.contain('“Eggs” is on this list.');
      expect(fired).to.equal(0);
      ($(el, 'input[type="search"]') as HTMLInputElement).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(fired, 'the reader asked for it: reported').to.equal(1);
      el.query = 'bananas';
      await el.updateComplete;
      expect(text($(el, '.answer')), 'the host set it: answered at once').to.contain('“Bananas” is on this list.');
      expect(fired, 'and not reported').to.equal(1);
    });

    it('searches every food, even in groups that are not shown', async () => {
      const el = await guide(html`<net-diet-guide groups="alcohol"></net-diet-guide>`);
      expect(text(await search(el, 'bananas'))).to.contain('“Bananas” is on this list.');
    });

    it('clears the answer when the field is submitted empty', async () => {
      const el = await guide(html`<net-diet-guide query="bananas"></net-diet-guide>`);
      expect(text(await search(el, '  '))).to.equal('');
    });

    it('no-search hides the search', async () => {
      const el = await guide(html`<net-diet-guide no-search query="bananas"></net-diet-guide>`);
      expect($(el, 'form[role="search"]')).to.equal(null);
      expect($(el, 'input')).to.equal(null);
      expect($(el, '.answer')).to.equal(null);
      expect($$(el, '.food')).to.have.length(allFoods.length);
    });
  });

  describe('"Can I eat …?" in the reader’s own words', () => {
    const labels = { en: ui, fr: frUi, es: esUi };
    /** A guide in `lang`, once its content is loaded. */
    async function guideIn(lang: 'en' | 'fr' | 'es'): Promise<NetDietGuide> {
      const el = await guide(html`<net-diet-guide lang=${lang}></net-diet-guide>`);
      await waitUntil(() => $(el, '.base')?.getAttribute('lang') === lang, `shown in ${lang}`);
      return el;
    }

    const questions: [query: string, lang: 'en' | 'fr' | 'es', lead: string, subject: string][] = [
      ['Can I eat aged cheese?', 'en', '“Aged cheeses” is on this list.', 'aged cheese'],
      ['can I drink a glass of wine', 'en', '“Wine” comes under “Alcoholic drinks” on this list.', 'wine'],
      ['a glass of wine', 'en', '“Wine” comes under “Alcoholic drinks” on this list.', 'wine'],
      ['puis-je manger du fromage affiné ?', 'fr', '« Fromages affinés » est dans cette liste.', 'fromage affiné'],
      ['¿puedo comer queso curado?', 'es', '“Quesos añejos” está en esta lista.', 'queso curado'],
    ];
    for (const [query, lang, lead, subject] of questions) {
      it(`answers "${query}" (${lang}) for its subject, the answer first, and says which words it answered for`, async () => {
        const el = await guideIn(lang);
        const answer = await search(el, query);
        const l = labels[lang];
        expect(text(answer.querySelector('p')), 'the answer comes first').to.equal(lead);
        expect(text(answer.querySelector('[data-advice]'))).to.equal(l.advice.avoid);
        expect(text(answer), 'no "not named" line').not.to.contain(l.answerNotListed.split('{query}')[0]!.trim());
        const said = answer.querySelector('.answer-hit ~ .answer-subject');
        expect(said, 'after the answer').to.not.equal(null);
        expect(text(said)).to.equal(text(document.createTextNode(l.answerSubject.replace('{subject}', subject))));
        expect(($(el, 'input[type="search"]') as HTMLInputElement).value, 'the field keeps the question').to.equal(query);
      });
    }

    it('says our sources do not name the subject of a question ("can I drink coffee": coffee), and to ask the care team', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const answer = await search(el, 'can I drink coffee');
      expect(text(answer.querySelector('.answer-lead'))).to.equal(ui.answerNotListed.replace('{query}', 'coffee'));
      expect(text(answer)).to.match(/ask your care team or dietitian about “coffee”/);
      expect(text(answer)).not.to.contain('can I drink');
    });

    for (const [query, lang, food] of [
      ['haddock fumé', 'fr', 'Poissons fumés ou salés'],
      ['haddock', 'fr', 'Poissons fumés ou salés'],
      ['hydromel', 'fr', 'Boissons alcoolisées'],
      ['sangría', 'es', 'Bebidas alcohólicas'],
      ['tinto de verano', 'es', 'Bebidas alcohólicas'],
    ] as const) {
      it(`answers « ${query} » (${lang}) with the listed food it is a kind of (${food})`, async () => {
        const el = await guideIn(lang);
        const answer = await search(el, query);
        const l = labels[lang];
        expect(text(answer.querySelector('.answer-lead'))).to.equal(
          text(document.createTextNode(l.answerKind.replace('{kind}', query[0]!.toUpperCase() + query.slice(1)).replace('{food}', food))),
        );
        expect(text(answer.querySelector('[data-advice]'))).to.equal(l.advice.avoid);
      });
    }

    it('says a medicine typed in ("octreotide side effects") is a medicine, not a food, and names it when no card can open', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const event = oneEvent(el, 'net-food-search');
      const answer = await search(el, 'octreotide side effects');
      expect(((await event) as CustomEvent<FoodSearchDetail>).detail).to.deep.equal({
        query: 'octreotide side effects',
        result: 'medicine',
        foodIds: [],
      });
      expect(text(answer.querySelector('.answer-lead'))).to.equal(ui.answerMedicine.replace('{query}', 'octreotide'));
      expect(answer.querySelector('.answer-hit'), 'not answered as a dish').to.equal(null);
      expect(text(answer)).not.to.contain(ui.answerNotListed.split('{query}')[0]!.trim());
      expect(text(answer)).to.contain(ui.answerMedicineNoCard);
      expect(answer.querySelector('.drug-button'), 'no card on the page: no button').to.equal(null);
      expect(text(answer.querySelector('.answer-drugs [data-drug="octreotide"]'))).to.equal(`${ui.medicineLabel} Octreotide`);
      // What else this guide says: "Your medicines", and the help with symptoms that names octreotide.
      const goTo = [...answer.querySelectorAll<HTMLButtonElement>('.go-to-button')];
      expect(goTo.map(text)).to.deep.equal([ui.medicinesHeading, 'Somatostatin analogues']);
      goTo[1]!.click();
      expect(focusedIn(el), 'the pointer has the focus').to.equal(
        $$(el, '.symptom-control .pointer').find((p) => text(p).includes('Somatostatin analogues')),
      );
      goTo[0]!.click();
      expect(focusedIn(el)).to.equal($(el, '.medicines'));
      await expect(el).to.be.accessible();
    });

    for (const [query, name] of [
      ['side effects of everolimus', 'everolimus'],
      ['Afinitor', 'Afinitor'],
    ]) {
      it(`says "${query}" is a medicine (${name}), not a food`, async () => {
        const el = await guide(html`<net-diet-guide></net-diet-guide>`);
        const answer = await search(el, query);
        expect(text(answer.querySelector('.answer-lead'))).to.equal(ui.answerMedicine.replace('{query}', name));
        expect(text(answer.querySelector('.answer-drugs'))).to.contain('Everolimus');
      });
    }

    it('guesses a medicine past a typo ("octreotid") and says it guessed', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const answer = await search(el, 'octreotid');
      expect(text(answer)).to.contain(ui.answerTypo.replace('{query}', 'octreotid').replace('{food}', 'Octreotide'));
      expect(text(answer.querySelector('.answer-lead'))).to.equal(ui.answerMedicine.replace('{query}', 'Octreotide'));
    });

    it('says a symptom ("nausea") is not a food, that this guide has no advice on it, and to tell the care team', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const event = oneEvent(el, 'net-food-search');
      const answer = await search(el, 'nausea');
      expect(((await event) as CustomEvent<FoodSearchDetail>).detail.result).to.equal('symptom');
      expect(paragraphs(answer)).to.deep.equal([
        ui.answerSymptom.replace('{query}', 'nausea'),
        ui.answerSymptomNotInGuide.replace('{symptom}', 'nausea (feeling sick)'),
        ui.answerSymptomCareTeam.replace('{symptom}', 'nausea (feeling sick)'),
      ]);
      expect(text(answer)).not.to.contain(ui.answerNotListed.split('{query}')[0]!.trim());
      expect(text(answer), 'never a word that calls anything safe').not.to.match(/\bsafe/i);
    });

    it('points a symptom that "Help with symptoms" names ("diarrhoea") there: a button per pointer that takes the reader to it', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const answer = await search(el, 'diarrhea');
      expect(text(answer.querySelector('.answer-lead'))).to.equal(ui.answerSymptom.replace('{query}', 'diarrhea'));
      expect(text(answer)).to.contain(
        ui.answerSymptomInGuide.replace('{symptom}', 'diarrhoea (loose, watery stools)').replace('{heading}', ui.symptomControlHeading),
      );
      const goTo = [...answer.querySelectorAll<HTMLButtonElement>('.go-to-button')];
      expect(goTo.map(text)).to.deep.equal(diet.symptomControl.map((s) => s.name));
      goTo[0]!.click();
      const pointer = $$(el, '.symptom-control .pointer')[0]!;
      expect(focusedIn(el)).to.equal(pointer);
      expect(text(pointer)).to.contain(diet.symptomControl[0]!.text);
      expect(text(answer.querySelector('.answer-care-team'))).to.equal(
        ui.answerSymptomCareTeam.replace('{symptom}', 'diarrhoea (loose, watery stools)'),
      );
      await expect(el).to.be.accessible();
    });

    it('says « nausées » (fr) and "diarrea" (es) are symptoms, and to tell the care team, in the page’s language', async () => {
      const fr = await guideIn('fr');
      const nausea = await search(fr, 'nausées');
      expect(text(nausea.querySelector('.answer-lead'))).to.equal(frUi.answerSymptom.replace('{query}', 'nausées'));
      expect(text(nausea.querySelector('.answer-care-team'))).to.equal(frUi.answerSymptomCareTeam.replace('{symptom}', 'nausées (envie de vomir)'));
      const es = await guideIn('es');
      const diarrhoea = await search(es, 'diarrea');
      expect(text(diarrhoea.querySelector('.answer-lead'))).to.equal(esUi.answerSymptom.replace('{query}', 'diarrea'));
      expect([...diarrhoea.querySelectorAll('.go-to-button')].map(text)).to.include('Análogos de la somatostatina');
      expect(text(diarrhoea.querySelector('.answer-care-team'))).to.contain(esUi.answerSymptomCareTeam.split('{symptom}')[0]!);
    });

    it('answers a French medicine by its French name (« octréotide »)', async () => {
      const el = await guideIn('fr');
      const answer = await search(el, 'effets secondaires de l’octréotide');
      expect(text(answer.querySelector('.answer-lead'))).to.equal(frUi.answerMedicine.replace('{query}', 'octréotide'));
      expect(text(answer.querySelector('.answer-drugs'))).to.contain('Octréotide');
    });
  });

  describe('kinds of the listed foods', () => {
    const cases: [query: string, food: string][] = [
      ['wine', 'Alcoholic drinks'],
      ['beer', 'Alcoholic drinks'],
      ['spirits', 'Alcoholic drinks'],
      ['whisky', 'Alcoholic drinks'],
      ['cider', 'Alcoholic drinks'],
      ['champagne', 'Alcoholic drinks'],
      ['parmesan', 'Aged cheeses'],
      ['smoked salmon', 'Smoked or salted fish'],
      ['kippers', 'Smoked or salted fish'],
      ['dark chocolate', 'Chocolate'],
      ['peanuts', 'Nuts'],
      ['walnuts', 'Nuts'],
      ['plum tomatoes', 'Tomatoes'],
      ['sangria', 'Alcoholic drinks'],
      ['mead', 'Alcoholic drinks'],
      ['sake', 'Alcoholic drinks'],
    ];
    for (const [query, food] of cases) {
      it(`answers "${query}" with the listed food it is a kind of (${food}) and its advice`, async () => {
        const el = await guide(html`<net-diet-guide></net-diet-guide>`);
        const answer = await search(el, query);
        const lead = text(answer.querySelector('.answer-lead'));
        expect(lead).to.match(new RegExp(`^“[^”]+” comes under “${food}” on this list\\.$`, 'i'));
        expect(lead.toLowerCase()).to.contain(query);
        expect(text(answer)).to.contain('Advice: Avoid');
        expect(text(answer)).not.to.contain(ui.answerNotListed.split('{query}')[0]!);
      });
    }

    it('says a kind that may or may not be a listed food depends on how it is made, and sends the reader to the care team', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const answer = await search(el, 'cheddar');
      const leads = [...answer.querySelectorAll('.answer-lead')].map(text);
      expect(leads).to.deep.equal(['“Cheddar” comes under “Cheese” on this list.', '“Cheddar” may come under “Aged cheeses” on this list.']);
      expect(text(answer.querySelector('.answer-unsure'))).to.match(/depends on .* how it is made.*care team or dietitian/);
      expect(text(await search(el, 'alcohol-free beer'))).to.contain('may come under “Alcoholic drinks”').and.contain('care team');
      expect(text(await search(el, 'cocoa'))).to.contain('“Cocoa” may come under “Chocolate” on this list.');
    });

    it('never reads one word of a name as another food ("plum tomatoes" is not plums)', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const answer = await search(el, 'plum tomatoes');
      expect([...answer.querySelectorAll('.answer-hit')].map((d) => (d as HTMLElement).dataset.food)).to.deep.equal(['tomatoes']);
    });

    it('tells a reader whose food is not listed that a dish made with a listed food may come under it', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      expect(text(await search(el, 'pizza'))).to.contain('If “pizza” is made with a food on this list, the advice for that food may apply.');
    });
  });

  describe('answers while typing', () => {
    it('answers after a pause in typing, without Enter, and reports the answer once', async () => {
      const events: FoodSearchDetail[] = [];
      const el = await guide(html`<net-diet-guide @net-food-search=${(e: CustomEvent<FoodSearchDetail>) => events.push(e.detail)}></net-diet-guide>`);
      ($(el, 'input[type="search"]') as HTMLInputElement).focus();
      await sendKeys({ type: 'beer' });
      await waitUntil(() => text($(el, '.answer')).includes('“Beer” comes under “Alcoholic drinks”'), 'no answer while typing');
      expect(el.query).to.equal('beer');
      expect(events).to.deep.equal([{ query: 'beer', result: 'listed', foodIds: ['alcoholic-drinks'] }]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(events, 'Enter on the same answer does not report it again').to.have.length(1);
    });

    it('waits for the pause: nothing is answered mid-word, and one letter is not answered at all', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      ($(el, 'input[type="search"]') as HTMLInputElement).focus();
      await sendKeys({ type: 'w' });
      await aTimeout(TYPING_PAUSE_MS * 2);
      await el.updateComplete;
      expect(text($(el, '.answer'))).to.equal('');
      await sendKeys({ type: 'ine' });
      await el.updateComplete;
      expect(text($(el, '.answer')), 'answered before the pause').to.equal('');
      await waitUntil(() => text($(el, '.answer')).includes('“Wine” comes under'));
      expect(($(el, 'input[type="search"]') as HTMLInputElement).value, 'the field keeps what was typed').to.equal('wine');
    });
  });

  describe('groups', () => {
    it('shows only the groups named, in the guide’s order', async () => {
      const el = await guide(html`<net-diet-guide groups=" alcohol, high-serotonin "></net-diet-guide>`);
      expect($$(el, '.group').map((g) => g.dataset.group)).to.deep.equal(['high-serotonin', 'alcohol']);
      const shownFoods = $$(el, '.food').map((f) => f.dataset.food);
      expect(shownFoods).to.include('bananas').and.include('red-wine').and.not.include('chocolate');
    });

    it('leaves out an unknown group and warns the site owner once, naming it and the valid ones, with net-error', async () => {
      const el = document.createElement('net-diet-guide') as NetDietGuide;
      el.setAttribute('groups', 'alcohol, puddings');
      const event = oneEvent(el, 'net-error');
      const host = await fixture(html`<div></div>`);
      host.append(el);
      const { detail } = (await event) as CustomEvent<Problem>;
      await el.updateComplete;
      expect(detail.code).to.equal('unknown-group');
      expect($(el, '[role="alert"]'), 'nothing hidden, no alert').to.equal(null);
      expect($$(el, '.groups .group').map((g) => g.getAttribute('data-group'))).to.deep.equal(['alcohol']);
      const warning = warnings.filter((w) => w.includes('puddings'));
      expect(warning).to.have.length(1);
      for (const group of diet.groups) expect(warning[0]).to.contain(`"${group.id}"`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.filter((w) => w.includes('puddings')), 'warned once').to.have.length(1);
    });

    it('shows every group when `groups` names none it knows', async () => {
      const el = await guide(html`<net-diet-guide groups="alchol"></net-diet-guide>`);
      expect($$(el, '.groups .group')).to.have.length(diet.groups.length);
      expect(warnings.filter((w) => w.includes('"alchol"'))).to.have.length(1);
    });

    it('shows the guide for an unknown variant and warns the site owner in English', async () => {
      const el = await guide(html`<net-diet-guide lang="fr" variant="poster"></net-diet-guide>`);
      await waitUntil(() => $(el, '.base')?.getAttribute('lang') === 'fr', 'shown in French');
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($(el, '.search')).to.not.equal(null);
      expect(el.currentProblem).to.equal(null);
      const warning = warnings.filter((w) => w.includes('variant="poster"'));
      expect(warning).to.have.length(1);
      expect(warning[0]).to.contain('is not known here').and.contain('"checklist"');
    });
  });

  describe('checklist', () => {
    it('lists every food, grouped, each with a checkbox labelled by its name', async () => {
      const el = await guide(html`<net-diet-guide variant="checklist"></net-diet-guide>`);
      expect(text($(el, '#title'))).to.equal(`${diet.name}: checklist`);
      for (const group of diet.groups) {
        const block = $(el, `.checklist .group[data-group="${group.id}"]`)!;
        expect(text(block.querySelector('legend'))).to.contain(group.name).and.contain(ui.advice[group.advice]);
        const boxes = [...block.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
        expect(boxes.map((b) => text(b.labels![0]!))).to.deep.equal(group.foods.map((f) => f.name));
        expect(boxes.every((b) => !b.checked)).to.equal(true);
        expect(text(block.querySelector('.notes'))).to.contain(`Notes about ${group.name}`);
        expect(block.querySelectorAll('.note-line').length).to.be.greaterThan(1);
      }
      expect($$(el, 'input[type="checkbox"]')).to.have.length(allFoods.length);
    });

    it('has the review date and the disclaimer, and no search', async () => {
      const el = await guide(html`<net-diet-guide variant="checklist" query="bananas"></net-diet-guide>`);
      const footer = text($(el, '.net-part-footer'));
      expect(footer).to.contain(common.lastReviewed).and.contain(formatDate(diet.reviewed, 'en')).and.contain(common.disclaimer);
      expect($(el, 'input[type="search"]')).to.equal(null);
    });

    it('ticks with the keyboard', async () => {
      const el = await guide(html`<net-diet-guide variant="checklist"></net-diet-guide>`);
      const box = $(el, 'input[type="checkbox"]') as HTMLInputElement;
      box.focus();
      await sendKeys({ press: 'Space' });
      expect(box.checked).to.equal(true);
    });
  });

  describe('"Add to my questions"', () => {
    const store = questionsOn(document);
    afterEach(() => store.clear());
    const inList = (el: NetDietGuide, id: string) => $(el, `.foods .food[data-food="${id}"] .ask-button`) as HTMLButtonElement | null;
    const cheese = () => questionWords('food', 'Cheese', 'en')!;

    it('beside each food: a toggle that adds its question to the page’s list and takes it out again', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      expect($$(el, '.foods .ask-button')).to.have.length(allFoods.length);
      const button = inList(el, 'cheese')!;
      expect(cheese()).to.equal('Is it OK for me to have cheese?');
      expect(text(button)).to.equal(`${questionLabels('en').add}: ${cheese()}`);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      const events: [string, SavedQuestion][] = [];
      el.parentElement!.addEventListener('net-question-add', (e) => events.push(['add', e.detail.question]));
      el.parentElement!.addEventListener('net-question-remove', (e) => events.push(['remove', e.detail.question]));
      button.click();
      await el.updateComplete;
      const question = { key: 'food:cheese:', kind: 'food', entryId: 'cheese', lang: 'en', text: cheese() };
      expect(store.questions).to.deep.equal([question]);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(text(button)).to.contain(questionLabels('en').added);
      expect(text($(el, '.ask-status'))).to.equal(`Added to your questions: ${cheese()}`);
      button.click();
      await el.updateComplete;
      expect(store.questions).to.deep.equal([]);
      expect(text($(el, '.ask-status'))).to.equal(`Removed from your questions: ${cheese()}`);
      expect(events).to.deep.equal([
        ['add', question],
        ['remove', question],
      ]);
    });

    it('under a "Can I eat …?" answer, outside its live region, in step with the food’s own button', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      await search(el, 'Can I eat cheddar?');
      const below = $(el, '.answer-questions .ask-button[data-question="food:cheese:"]') as HTMLButtonElement;
      expect(below.closest('[aria-live]'), 'not read out again with the answer').to.equal(null);
      expect(text(below.closest('.ask'))).to.contain(cheese());
      below.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(store.has('food:cheese:')).to.equal(true);
      expect(inList(el, 'cheese')!.getAttribute('aria-pressed')).to.equal('true');
      expect(focusedIn(el)).to.equal(below);
      const answerText = text($(el, '.answer'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(store.has('food:cheese:')).to.equal(false);
      expect(text($(el, '.answer')), 'the answer is unchanged').to.equal(answerText);
      await search(el, 'aspirin tea');
      expect($(el, '.answer-questions'), 'no question for a food the list does not name').to.equal(null);
    });

    it('follows the page’s list when the question is added or removed elsewhere, without announcing it here', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      store.add({ key: 'food:cheese:', kind: 'food', entryId: 'cheese', lang: 'en', text: cheese() });
      await el.updateComplete;
      expect(inList(el, 'cheese')!.getAttribute('aria-pressed')).to.equal('true');
      store.clear();
      await el.updateComplete;
      expect(inList(el, 'cheese')!.getAttribute('aria-pressed')).to.equal('false');
      expect(text($(el, '.ask-status'))).to.equal('');
    });

    it('no-questions hides the buttons, the checklist has none, and they are not printed', async () => {
      const none = await guide(html`<net-diet-guide no-questions></net-diet-guide>`);
      expect($$(none, '.ask-button')).to.have.length(0);
      expect($(none, '.ask-status')).to.equal(null);
      const checklist = await guide(html`<net-diet-guide variant="checklist"></net-diet-guide>`);
      expect($$(checklist, '.ask-button')).to.have.length(0);
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      await emulateMedia({ media: 'print' });
      try {
        expect($$(el, '.ask-button').some(shown)).to.equal(false);
        expect($$(el, '.food').every(shown)).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('in the guide’s language, carrying it', async () => {
      const el = await guide(html`<net-diet-guide lang="fr"></net-diet-guide>`);
      await waitUntil(() => $(el, '.net-part-base')?.getAttribute('lang') === 'fr', 'never shown in French');
      inList(el, 'cheese')!.click();
      await el.updateComplete;
      expect(store.questions[0]).to.include({ lang: 'fr', entryId: 'cheese', key: 'food:cheese:' });
      expect(text($(el, '.ask-status'))).to.contain(store.questions[0]!.text.split(/\s/)[0]!);
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
      await setViewport({ width: 800, height: 600 });
    });

    it('hides the search and shows every food and the footer', async () => {
      const el = await guide(html`<net-diet-guide query="bananas"></net-diet-guide>`);
      expect(shown($(el, '.search'))).to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(shown($(el, '.search'))).to.equal(false);
      expect($$(el, '.food').every(shown)).to.equal(true);
      expect(shown($(el, '.net-part-footer'))).to.equal(true);
      expect(getComputedStyle($(el, '.net-part-base')!).color).to.equal('rgb(0, 0, 0)');
    });

    /** Replaces window.print with one that runs `during` between beforeprint and afterprint, as a browser does. */
    async function withPrint(during: () => void, run: () => Promise<void>): Promise<void> {
      const original = window.print;
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        during();
        window.dispatchEvent(new Event('afterprint'));
      };
      try {
        await run();
      } finally {
        window.print = original;
      }
    }

    it('"Print a checklist for my appointment" prints the checklist, with its introduction, then shows the guide again', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      const button = $(el, '.print-checklist') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(text(button)).to.equal(ui.printChecklist);
      let printed: { title: string; intro: string; boxes: number; search: boolean } | null = null;
      await withPrint(
        () => {
          printed = {
            title: text($(el, '#title')),
            intro: text($(el, '.checklist-intro')),
            boxes: $$(el, '.checklist input[type="checkbox"]').length,
            search: $(el, 'input[type="search"]') !== null,
          };
        },
        async () => {
          button.focus();
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => printed !== null, 'window.print() was not called');
          await waitUntil(() => $(el, '.print-checklist') !== null, 'the guide never came back');
        },
      );
      expect(printed).to.deep.equal({ title: `${diet.name}: checklist`, intro: ui.checklistIntro, boxes: allFoods.length, search: false });
      expect($(el, '.checklist')).to.equal(null);
      expect(text($(el, '#title'))).to.equal(diet.name);
      expect(el.variant, 'the host’s variant is unchanged').to.equal('');
      await waitUntil(() => focusedIn(el) === $(el, '.print-checklist'), 'focus is not back on the button');
    });

    it('the button is not printed, not in the checklist variant, and in the guide’s language', async () => {
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      await emulateMedia({ media: 'print' });
      expect(shown($(el, '.print-checklist'))).to.equal(false);
      const checklist = await guide(html`<net-diet-guide variant="checklist"></net-diet-guide>`);
      expect($(checklist, '.print-checklist')).to.equal(null);
      for (const [lang, labels] of [
        ['fr', frUi],
        ['es', esUi],
      ] as const) {
        const translated = await guide(html`<net-diet-guide lang=${lang}></net-diet-guide>`);
        await waitUntil(() => $(translated, '.net-part-base')?.getAttribute('lang') === lang, 'never shown in its language');
        expect(text($(translated, '.print-checklist'))).to.equal(labels.printChecklist);
      }
    });

    // At 96 dpi, leaving about 2 cm (75 px) of margin on each side.
    for (const [paper, width, height] of [
      ['A4', 794, 1123],
      ['Letter', 816, 1056],
    ] as const) {
      it(`fits the checklist on one ${paper} page`, async () => {
        await setViewport({ width: width - 150, height });
        const el = await guide(html`<net-diet-guide variant="checklist"></net-diet-guide>`);
        await emulateMedia({ media: 'print' });
        expect($$(el, 'input[type="checkbox"]').every(shown)).to.equal(true);
        expect(shown($(el, '.net-part-footer'))).to.equal(true);
        expect(el.getBoundingClientRect().height).to.be.at.most(height - 150);
      });
    }
  });

  describe('drug cards', () => {
    const drugIds = diet.symptomControl.flatMap((s) => s.drugIds ?? []);

    it('names each drug as plain text when no <net-drug-card> is on the page', async () => {
      expect(customElements.get('net-drug-card')).to.equal(undefined);
      const el = await guide(html`<net-diet-guide></net-diet-guide>`);
      expect($$(el, '.drug-button')).to.have.length(0);
      const names = $$(el, '.symptom-control .drug').map(text);
      expect(names).to.have.length(drugIds.length);
      expect(names[0]).to.contain(ui.medicineLabel);
    });

    describe('with <net-drug-card> defined', () => {
      let early: NetDietGuide;
      before(async () => {
        early = await guide(html`<net-diet-guide></net-diet-guide>`);
        await import('../net-drug-card.js');
      });

      it('offers a button per drug, also in a guide that was on the page before the card was defined', async () => {
        await early.updateComplete;
        expect($$(early, '.drug-button')).to.have.length(drugIds.length);
        const el = await guide(html`<net-diet-guide></net-diet-guide>`);
        const buttons = $$(el, '.drug-button');
        expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(drugIds.map(() => 'false'));
        expect(text(buttons.find((b) => b.closest('[data-drug="octreotide"]'))!)).to.equal('About Octreotide', 'the name comes from the registered drug card');
      });

      it('fires a cancelable, composed net-drug-select and opens the card in place; a second press closes it', async () => {
        const el = await guide(html`<net-diet-guide></net-diet-guide>`);
        const button = $(el, '[data-drug="octreotide"] .drug-button')!;
        const event = oneEvent(el, 'net-drug-select');
        button.click();
        const e = (await event) as CustomEvent<DrugSelectDetail>;
        expect(e.detail).to.deep.equal({ drugId: 'octreotide' });
        expect(e.cancelable && e.composed && e.bubbles).to.equal(true);
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        const card = $(el, '[data-drug="octreotide"] net-drug-card')!;
        expect(card.getAttribute('drug')).to.equal('octreotide');
        expect(card.parentElement!.id).to.equal(button.getAttribute('aria-controls'));
        await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(text($(card, 'h1,h2,h3,h4,h5,h6'))).to.match(/octreotide/i);
        await expect(el).to.be.accessible();
        button.click();
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect($(el, 'net-drug-card')).to.equal(null);
      });

      it('answers a medicine typed into "Can I eat …?" with a button that opens its card under the answer', async () => {
        const el = await guide(html`<net-diet-guide></net-diet-guide>`);
        const answer = await search(el, 'side effects of everolimus');
        expect(text(answer.querySelector('.answer-lead'))).to.equal(ui.answerMedicine.replace('{query}', 'everolimus'));
        expect(text(answer)).to.contain(ui.answerMedicineCard);
        const button = answer.querySelector<HTMLButtonElement>(`.drug-button[aria-controls="${idOf(el, 'answer-drug-card-everolimus')}"]`)!;
        expect(text(button)).to.equal(ui.readAbout.replace('{drug}', 'Everolimus'));
        const event = oneEvent(el, 'net-drug-select');
        button.click();
        expect(((await event) as CustomEvent<DrugSelectDetail>).detail).to.deep.equal({ drugId: 'everolimus' });
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        const card = $(el, '#answer-drug-card-everolimus net-drug-card')!;
        expect(card.closest('.answer'), 'outside the live region: the card is not read out as the answer').to.equal(null);
        await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(text($(card, 'h1,h2,h3,h4,h5,h6'))).to.match(/everolimus/i);
        expect($(el, '.symptom-control net-drug-card'), 'not opened in "Help with symptoms" too').to.equal(null);
        await expect(el).to.be.accessible();
        await search(el, 'bananas');
        expect($(el, 'net-drug-card'), 'a new answer: the card goes with the old one').to.equal(null);
      });

      it('a brand name ("Sandostatin") opens the card of its medicine', async () => {
        const el = await guide(html`<net-diet-guide></net-diet-guide>`);
        const answer = await search(el, 'Sandostatin');
        expect(text(answer.querySelector('.answer-lead'))).to.equal(ui.answerMedicine.replace('{query}', 'Sandostatin'));
        answer.querySelector<HTMLButtonElement>('.drug-button')!.click();
        await el.updateComplete;
        expect($(el, '#answer-drug-card-octreotide net-drug-card')!.getAttribute('drug')).to.equal('octreotide');
      });

      it('leaves the card closed when the host calls preventDefault()', async () => {
        const host = await fixture(
          html`<div @net-drug-select=${(e: Event) => e.preventDefault()}><net-diet-guide></net-diet-guide></div>`,
        );
        const el = host.querySelector('net-diet-guide') as NetDietGuide;
        await el.updateComplete;
        const button = $(el, '[data-drug="octreotide"] .drug-button')!;
        button.click();
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect($(el, 'net-drug-card')).to.equal(null);
      });
    });
  });
});
