import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../net-questions.js';
import '../net-drug-card.js';
import '../net-treatment-list.js';
import '../net-diet-guide.js';
import type { NetQuestions } from './questions.js';
import type { QuestionDetail } from '../shared/events.js';
import { loadLocale } from '../content/locale-data.js';
import '../locales/loaders.js';
import { questionsOn, rememberingStoreOn, questionKey, STORAGE_KEY, MAX_QUESTION_LENGTH, type SavedQuestion } from '../shared/questions-store.js';
import { drugs } from '../content/drugs.js';
import { treatments } from '../content/treatments.js';
import { foods } from '../content/diet.js';
import { GENERAL_QUESTION_IDS, questionText } from '../content/questions.js';
import type { Locale } from '../content/locale-data.js';
import ui from '../../data/en/ui-questions.json';
import { $, $$, captureWarnings, focusedIn, idOf, root, shown, text } from '../../tests/browser/helpers.js';
import { mountStory, storyNames } from '../../tests/browser/stories.js';

const store = () => questionsOn(document);

async function mount(template: TemplateResult = html`<net-questions></net-questions>`): Promise<NetQuestions> {
  const el = await fixture<NetQuestions>(template);
  await el.updateComplete;
  return el;
}

/** What the polite live region says now. */
const said = (el: NetQuestions) => text($(el, '[role="status"]'));

const gap = (drug: string, part: string, lang = 'en'): SavedQuestion => ({ key: questionKey('gap', drug, part), kind: 'gap', entryId: drug, part, lang, text: `${drug} ${part}` });
const effect = (drug: string, words: string, lang = 'en'): SavedQuestion => ({ key: questionKey('side-effect', drug, words), kind: 'side-effect', entryId: drug, part: words, lang, text: words });
const option = (id: string): SavedQuestion => ({ key: questionKey('option', id), kind: 'option', entryId: id, lang: 'en', text: id });
const food = (id: string): SavedQuestion => ({ key: questionKey('food', id), kind: 'food', entryId: id, lang: 'en', text: id });

/**
 * Every question the widgets can add from the content: a gap where the sources are silent (how a drug is given, its
 * common or serious side effects, what to do), each common or serious side effect, each option, each food, and the
 * general list.
 */
function possibleQuestions(): SavedQuestion[] {
  const out: SavedQuestion[] = [];
  for (const d of drugs) {
    const se = d.sideEffects;
    if (d.howGiven.silent) out.push(gap(d.id, 'howGiven'));
    for (const part of ['common', 'serious', 'whatToDo'] as const) if (se[part].silent) out.push(gap(d.id, part));
    for (const part of ['common', 'serious'] as const) for (const item of se[part].items ?? []) out.push(effect(d.id, item));
  }
  out.push(...treatments.map((t) => option(t.id)), ...foods.map(({ food: f }) => food(f.id)));
  out.push(...GENERAL_QUESTION_IDS.map((id): SavedQuestion => ({ key: `general:${id}`, kind: 'general', entryId: id, lang: 'en', text: id })));
  return out;
}

/** The 12 questions that take the most room on paper in `lang` (and `clinic`): the worst case for the printout. */
function longest(lang: Locale, clinic: Locale | ''): SavedQuestion[] {
  const size = (q: SavedQuestion) => Math.max(questionText(q, lang).length, clinic ? questionText(q, clinic).length : 0);
  return possibleQuestions()
    .sort((a, b) => size(b) - size(a))
    .slice(0, 12);
}

describe('<net-questions>', () => {
  const warnings = captureWarnings();

  beforeEach(() => {
    rememberingStoreOn(document).setRemember('');
    store().clear();
    sessionStorage.clear();
    localStorage.clear();
  });

  describe('empty', () => {
    it('is a named region that says how to add questions, with the general list, and passes axe', async () => {
      const el = await mount();
      expect($(el, 'section.net-part-base')!.getAttribute('aria-labelledby')).to.equal(idOf(el, 'title'));
      expect(text($(el, '#title'))).to.equal(ui.heading);
      expect(text($(el, '.empty'))).to.contain(ui.empty);
      expect($$(el, '.general-item').map(text).map((t) => t.replace(ui.add, '').trim())).to.deep.equal(Object.values(ui.questions.general));
      expect(shown($(el, '.clear-button')), 'Clear my questions is always visible').to.equal(true);
      expect(text($(el, '.kept'))).to.equal(ui.keptMemory);
      await expect(el).to.be.accessible();
      expect(warnings).to.deep.equal([]);
    });

    for (const lang of ['fr', 'es'] as const) {
      it(`in ${lang}, and passes axe`, async () => {
        await loadLocale(lang);
        const el = await mount(html`<net-questions lang=${lang}></net-questions>`);
        await waitUntil(() => $(el, '.net-part-base')?.getAttribute('lang') === lang);
        expect(text($(el, '#title'))).to.not.equal(ui.heading);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('the page’s list', () => {
    it('a question added by another widget (through the store) reaches the widget, grouped under its entry', async () => {
      const el = await mount();
      store().add(gap('captem', 'howGiven'));
      store().add(food('cheese'));
      store().add(gap('captem', 'serious'));
      await el.updateComplete;
      expect($$(el, '.group-heading').map(text)).to.deep.equal(['CAPTEM (medicine)', 'Cheese (food or drink)']);
      expect($$(el, '.question-text').map(text)).to.deep.equal([
        'How will CAPTEM be given to me, and how often?',
        'Which side effects of CAPTEM should I watch for, and what should I do if I get one?',
        'Is it OK for me to have cheese?',
      ]);
      expect(text($(el, '.from'))).to.match(/Last reviewed \d+ \w+ \d{4}: (.*, )?CAPTEM/);
      expect(said(el), 'another widget announces its own adds').to.equal('');
      await expect(el).to.be.accessible();
    });

    it('"Add to my questions" in the drug card, the treatment list and the diet guide reaches the widget; its Remove reaches them', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <net-drug-card drug="captem"></net-drug-card>
        <net-treatment-list categories="radionuclide" expanded></net-treatment-list>
        <net-diet-guide no-search></net-diet-guide>
        <net-questions></net-questions>
      </div>`);
      const [card, list, guide, el] = [...page.children] as unknown as NetQuestions[];
      for (const w of [card, list, guide, el]) await w!.updateComplete;
      const added: string[] = [];
      page.addEventListener('net-question-add', (e) => added.push((e as CustomEvent<QuestionDetail>).detail.question.kind));
      for (const w of [card, list, guide]) {
        await waitUntil(() => $(w!, '.ask-button'), `<${w!.localName}> offers "Add to my questions"`);
        $(w!, '.ask-button')!.click();
        await w!.updateComplete;
      }
      await el!.updateComplete;
      expect(added).to.have.length(3);
      expect($$(el!, '.group').map((g) => g.dataset.group!.split(':')[0])).to.deep.equal(['drug', 'option', 'food']);
      const fromCard = store().questions[0]!.key;
      $(el!, `li[data-key="${fromCard}"] .remove`)!.click();
      await card!.updateComplete;
      expect($(card!, `.ask-button[data-question="${fromCard}"]`)!.getAttribute('aria-pressed')).to.equal('false');
      await expect(el!).to.be.accessible();
    });

    it('two widgets on one page share one list', async () => {
      const [a, b] = (await fixture<HTMLElement>(html`<div><net-questions></net-questions><net-questions></net-questions></div>`)).children as unknown as NetQuestions[];
      await a!.updateComplete;
      $(a!, '.general-item .general-button')!.click();
      await b!.updateComplete;
      expect($$(b!, '.question').length).to.equal(1);
    });
  });

  describe('the reader’s own question', () => {
    it('is added from the labelled field, fires net-question-add and is announced once', async () => {
      const el = await mount();
      const input = $<HTMLInputElement>(el, '#own-text')!;
      expect(text($(el, `label[for="${idOf(el, 'own-text')}"]`))).to.equal(ui.ownLabel);
      input.value = '  Can I   still drive?  ';
      const event = oneEvent(el, 'net-question-add');
      $(el, '.own-add')!.click();
      const e = (await event) as CustomEvent<QuestionDetail>;
      expect(e.bubbles && e.composed).to.equal(true);
      expect(e.detail.question).to.include({ kind: 'own', text: 'Can I still drive?', lang: 'en' });
      expect(e.detail.question.key).to.match(/^own:/);
      await el.updateComplete;
      expect(text($(el, '.question-text'))).to.equal('Can I still drive?');
      expect(said(el)).to.equal('Added to your questions: Can I still drive?');
      expect(input.value).to.equal('');
      expect(focusedIn(el)).to.equal(input);
    });

    it('an empty field says what to do; a megabyte is cut to 500 characters', async () => {
      const el = await mount();
      const input = $<HTMLInputElement>(el, '#own-text')!;
      expect(input.maxLength).to.equal(MAX_QUESTION_LENGTH);
      $(el, '.own-add')!.click();
      await el.updateComplete;
      expect(text($(el, '.own-error'))).to.equal(ui.ownEmpty);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      input.value = 'why '.repeat(250_000);
      $(el, '.own-add')!.click();
      await el.updateComplete;
      expect(store().questions[0]!.text.length).to.be.at.most(MAX_QUESTION_LENGTH).and.above(MAX_QUESTION_LENGTH - 5);
    });
  });

  describe('the general list', () => {
    it('adds a question and takes it out again, each announced, each with its event', async () => {
      const el = await mount();
      const button = $(el, '.general-item[data-id="wait"] .general-button')!;
      const added = oneEvent(el, 'net-question-add');
      button.click();
      expect(((await added) as CustomEvent<QuestionDetail>).detail.question).to.include({ key: 'general:wait', kind: 'general' });
      await el.updateComplete;
      expect(text(button)).to.equal(ui.generalRemove);
      expect(said(el)).to.equal('Added to your questions: What happens if I wait?');
      expect(text($(el, '.group-heading'))).to.equal(ui.generalGroup);
      const removed = oneEvent(el, 'net-question-remove');
      button.click();
      await removed;
      await el.updateComplete;
      expect(said(el)).to.equal('Removed from your questions: What happens if I wait?');
      expect(store().questions).to.have.length(0);
    });
  });

  describe('reorder and remove, by keyboard', () => {
    it('Move down and Move up keep focus on the button pressed, which moves with its question', async () => {
      const el = await mount();
      for (const part of ['howGiven', 'serious', 'common']) store().add(gap('everolimus', part));
      await el.updateComplete;
      const first = store().questions[0]!.key;
      const down = $(el, `li[data-key="${first}"] .move-down`)!;
      expect($(el, `li[data-key="${first}"] .move-up`)!.getAttribute('aria-disabled')).to.equal('true');
      down.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(store().questions.map((q) => q.key).indexOf(first)).to.equal(1);
      expect(focusedIn(el)).to.equal(down);
      expect(said(el)).to.match(/^Moved to number 2: How will everolimus be given to me/);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(store().questions.at(-1)!.key).to.equal(first);
      expect(down.getAttribute('aria-disabled')).to.equal('true');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focusedIn(el), 'Shift+Tab goes to Move up').to.equal($(el, `li[data-key="${first}"] .move-up`));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(store().questions[1]!.key, 'Move up, by keyboard').to.equal(first);
    });

    it('Remove takes a question out, fires net-question-remove, announces it and moves focus to the next', async () => {
      const el = await mount();
      store().add(option('surgery'));
      store().add(option('prrt'));
      await el.updateComplete;
      const event = oneEvent(el, 'net-question-remove');
      $(el, '.remove')!.click();
      expect(((await event) as CustomEvent<QuestionDetail>).detail.question.key).to.equal('option:surgery:');
      await el.updateComplete;
      expect(said(el)).to.equal('Removed from your questions: Could surgery be an option for me?');
      expect(focusedIn(el)).to.equal($(el, 'li[data-key="option:prrt:"] .remove'));
      $(el, '.remove')!.click();
      await el.updateComplete;
      expect(focusedIn(el)).to.equal($(el, '#list-heading'));
      expect(text($(el, '.empty'))).to.contain(ui.emptyHeading);
    });
  });

  describe('Clear my questions', () => {
    it('asks first (focus on "No"), Escape keeps the list; "Yes" clears it, one event per question', async () => {
      const el = await mount();
      store().add(food('eggs'));
      store().add(food('red-wine'));
      await el.updateComplete;
      const clear = $(el, '.clear-button')!;
      clear.click();
      await el.updateComplete;
      const confirm = $(el, '#confirm')!;
      expect(shown(confirm)).to.equal(true);
      expect(clear.getAttribute('aria-expanded')).to.equal('true');
      expect(text($(el, '#confirm-text'))).to.equal('Remove all 2 questions from your list? This cannot be undone.');
      expect(focusedIn(el)).to.equal($(el, '.confirm-no'));
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(shown(confirm)).to.equal(false);
      expect(focusedIn(el)).to.equal(clear);
      expect(store().questions).to.have.length(2);
      clear.click();
      await el.updateComplete;
      const removed: string[] = [];
      el.addEventListener('net-question-remove', (e) => removed.push((e as CustomEvent<QuestionDetail>).detail.question.key));
      $(el, '.confirm-yes')!.click();
      await el.updateComplete;
      expect(removed).to.deep.equal(['food:eggs:', 'food:red-wine:']);
      expect(store().questions).to.have.length(0);
      expect(said(el)).to.equal(ui.announceCleared);
      expect(shown(clear)).to.equal(true);
    });
  });

  describe('kept on the reader’s device only', () => {
    it('by default nothing is stored, and there is no cookie', async () => {
      const el = await mount();
      store().add(food('eggs'));
      await el.updateComplete;
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
    });

    it('remember="session" keeps it in sessionStorage; removing the attribute removes it', async () => {
      const el = await mount(html`<net-questions remember="session"></net-questions>`);
      store().add(food('eggs'));
      await el.updateComplete;
      expect(Object.keys(sessionStorage)).to.deep.equal([STORAGE_KEY]);
      expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!).questions[0].key).to.equal('food:eggs:');
      expect(localStorage.length).to.equal(0);
      expect(text($(el, '.kept'))).to.equal(ui.keptSession);
      el.removeAttribute('remember');
      await el.updateComplete;
      expect(sessionStorage.length).to.equal(0);
      expect(store().questions).to.have.length(1);
      expect(document.cookie).to.equal('');
    });

    it('a second widget without remember leaves the page’s setting alone', async () => {
      const page = await fixture<HTMLElement>(html`<div><net-questions remember="device"></net-questions><net-questions></net-questions></div>`);
      const [a, b] = [...page.children] as unknown as NetQuestions[];
      store().add(food('eggs'));
      await a!.updateComplete;
      await b!.updateComplete;
      b!.requestUpdate();
      await b!.updateComplete;
      expect(localStorage.getItem(STORAGE_KEY)).to.contain('food:eggs:');
      expect(text($(b!, '.kept'))).to.equal(ui.keptDevice, 'each widget says how the page keeps the list');
    });

    it('remember="device" keeps it in localStorage and reads it back on the next page', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, questions: [food('plums')] }));
      const el = await mount(html`<net-questions remember="device"></net-questions>`);
      expect($$(el, '.question-text').map(text)).to.deep.equal(['Is it OK for me to have plums?']);
      store().add(food('eggs'));
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).questions.map((q: SavedQuestion) => q.key)).to.deep.equal(['food:plums:', 'food:eggs:']);
      expect(sessionStorage.length).to.equal(0);
      expect(text($(el, '.kept'))).to.equal(ui.keptDevice);
      expect(document.cookie).to.equal('');
    });
  });

  describe('print', () => {
    /** Back to a screen of the test runner's size. */
    const onScreen = () => Promise.all([setViewport({ width: 800, height: 600 }), emulateMedia({ media: 'screen' })]);
    afterEach(onScreen);

    it('prints the sheet only: no controls, each question with answer lines, the entries, the date and the disclaimer', async () => {
      const el = await mount();
      for (const q of [effect('cabozantinib', 'Blood clots'), option('prrt'), food('nuts')]) store().add(q);
      await el.updateComplete;
      expect(shown($(el, '.sheet'))).to.equal(false);
      await emulateMedia({ media: 'print' });
      expect(shown($(el, '.sheet'))).to.equal(true);
      expect($$(el, 'button').some(shown)).to.equal(false);
      expect($$(el, '.sheet-question')).to.have.length(3);
      expect($$(el, '.sheet-question').every((q) => q.querySelectorAll('.answer-line').length === 2)).to.equal(true);
      expect(text($(el, '.sheet-from'))).to.contain('Cabozantinib').and.contain('Nuts').and.contain('Last reviewed');
      expect(text($(el, '.sheet-date'))).to.match(/^Printed on \d+ \w+ \d{4}$/);
      expect(shown(root(el).querySelector('.sheet .disclaimer'))).to.equal(true);
    });

    it('a reader’s own question is printed as written, marked as not translated, beside the clinic’s language', async () => {
      await loadLocale('fr');
      const el = await mount(html`<net-questions lang="en" clinic-lang="fr"></net-questions>`);
      store().add(gap('everolimus', 'howGiven'));
      store().add({ key: 'own:1', kind: 'own', lang: 'en', text: 'Can I still drive?' });
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      const [first, own] = $$(el, '.sheet-question');
      expect(text(first!.querySelector('.sheet-clinic'))).to.equal('Évérolimus : comment vais-je recevoir ce traitement, et à quelle fréquence ?');
      expect(first!.querySelector('.sheet-clinic')!.getAttribute('lang')).to.equal('fr');
      expect(text(own!.querySelector('.sheet-clinic'))).to.equal('Can I still drive? (Écrite par moi, non traduite)');
    });

    // At 96 dpi, leaving about 2 cm (75 px) of margin on each side, as the diet guide's checklist test does.
    const PAPERS = [
      ['A4', 794, 1123],
      ['Letter', 816, 1056],
    ] as const;
    const PAIRS: [string, string][] = [
      ['en', ''],
      ['fr', ''],
      ['es', ''],
      ['en', 'fr'],
      ['en', 'es'],
      ['fr', 'en'],
      ['fr', 'es'],
      ['es', 'en'],
      ['es', 'fr'],
    ];
    for (const [lang, clinic] of PAIRS) {
      it(`12 of the longest questions fit one A4 and one US Letter page: ${lang}${clinic ? ` with ${clinic}` : ''}`, async () => {
        await Promise.all([loadLocale(lang as 'fr'), clinic ? loadLocale(clinic as 'fr') : null]);
        const el = await mount(html`<net-questions lang=${lang} clinic-lang=${clinic}></net-questions>`);
        for (const q of longest(lang as Locale, clinic as Locale | '')) store().add(q);
        await el.updateComplete;
        await waitUntil(() => (clinic ? $$(el, '.sheet-clinic').length > 0 : true), 'the clinic language loads');
        await emulateMedia({ media: 'print' });
        expect($$(el, '.sheet-question')).to.have.length(12);
        for (const [paper, width, height] of PAPERS) {
          await setViewport({ width: width - 150, height });
          const sheet = $(el, '.sheet')!;
          expect(sheet.getBoundingClientRect().height, `${paper}: the sheet's height`).to.be.at.most(height - 150);
          expect(el.getBoundingClientRect().height, `${paper}: the widget's height in print`).to.be.at.most(height - 150);
        }
      });
    }
  });

  describe('print preview', () => {
    it('shows the sheet on screen, in two languages, and passes axe', async () => {
      await loadLocale('es');
      const el = await mount(html`<net-questions print-preview clinic-lang="es"></net-questions>`);
      store().add(food('eggs'));
      await el.updateComplete;
      await waitUntil(() => $$(el, '.sheet-clinic').length > 0);
      expect(shown($(el, '.sheet'))).to.equal(true);
      expect(text($(el, '.sheet-clinic.sheet-title'))).to.equal('Mis preguntas para mi equipo de atención médica');
      await expect(el).to.be.accessible();
    });
  });

  describe('every story, in every language, passes axe', () => {
    afterEach(() => document.documentElement.setAttribute('lang', 'en'));
    for (const lang of ['en', 'fr', 'es'] as const) {
      for (const name of storyNames('questions')) {
        it(`${name} (${lang})`, async () => {
          await loadLocale(lang);
          document.documentElement.setAttribute('lang', lang);
          const el = await mountStory('questions', name);
          await waitUntil(() => $(el, '.net-part-base')?.getAttribute('lang') === lang, 'the story shows the language');
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
