import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../net-treatment-list.js';
import '../net-diet-guide.js';
import type { DrugSelectDetail, FilterChangeDetail, NetTreatmentList } from './treatment-list.js';
import { treatments } from '../content/treatments.js';
import { getDrug } from '../content/drugs.js';
import { TREATMENT_CATEGORIES, type Treatment } from '../content/schema.js';
import type { Problem } from '../shared/problem.js';
import { TYPING_PAUSE_MS } from '../shared/typing-pause.js';
import ui from '../../data/en/ui-treatment-list.json';
import common from '../../data/en/ui-common.json';
import drugUi from '../../data/en/ui-drug-card.json';
import frUi from '../../data/fr/ui-treatment-list.json';
import esUi from '../../data/es/ui-treatment-list.json';
import { mountStory } from '../../tests/browser/stories.js';
import { $, $$, captureWarnings, describeEl, focusedIn, idOf, shown, slotNodes, slotOf, text } from '../../tests/browser/helpers.js';
import { questionsOn, type SavedQuestion } from '../shared/questions-store.js';
import { questionLabels, questionWords } from '../content/question-templates.js';

type El = NetTreatmentList;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Names of the options a reader can see, in order. */
const visibleNames = (el: El) => $$(el, 'li.option').filter(shown).map((li) => text(li.querySelector('.option-name')));
const option = (el: El, id: string) => $(el, `#net-treatment-${id}`);
const toggle = (el: El, id: string) => $(el, `#net-treatment-${id}-toggle`) as HTMLButtonElement;
const body = (el: El, id: string) => $(el, `#net-treatment-${id}-body`);
const searchBox = (el: El) => $(el, 'input[type="search"]') as HTMLInputElement;
const status = (el: El) => $(el, '[role="status"].count');
const focused = (el: El) => describeEl(focusedIn(el));
const byId = (id: string) => treatments.find((t) => t.id === id)!;
const namesOf = (...ids: string[]) => ids.map((id) => byId(id).name);

async function list(template: TemplateResult): Promise<El> {
  const el = await fixture<El>(template);
  await el.updateComplete;
  return el;
}

/** Types into the search box the way an `input` event would deliver it. */
async function search(el: El, query: string): Promise<void> {
  const input = searchBox(el);
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Waits until the count (a live region) has caught up: it changes once typing pauses, after the rows. */
async function countSettled(el: El): Promise<void> {
  await aTimeout(TYPING_PAUSE_MS + 50);
  await el.updateComplete;
}

async function checkFilter(el: El, category: string): Promise<void> {
  ($(el, `.filters input[value="${category}"]`) as HTMLInputElement).click();
  await el.updateComplete;
}

/** A host treatment derived from a bundled one, so that it is valid content. */
function hostEntry(changes: Partial<Treatment> & { id: string }): Treatment {
  return { ...clone(byId('chemotherapy')), relatedDrugs: [], ...changes };
}

describe('<net-treatment-list>', () => {
  const warnings = captureWarnings();

  describe('the bundled list', () => {
    it('has data to show', () => {
      expect(treatments.length).to.be.greaterThan(5);
    });

    it('shows every option in data/ under its category heading, groups in the schema order', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      for (const t of treatments) {
        const li = option(el, t.id);
        expect(li, t.id).to.exist;
        expect(shown(li), t.id).to.be.true;
        expect(text(li!.querySelector('.option-name'))).to.equal(t.name);
        expect(text(li!.querySelector('.option-summary'))).to.equal(t.summary);
        const group = li!.closest('.group') as HTMLElement;
        expect(group.dataset.category).to.equal(t.category);
        expect(text(group.querySelector('.group-heading'))).to.equal(ui.categories[t.category].name);
      }
      const order = $$(el, '.group').map((g) => g.dataset.category);
      const expected = TREATMENT_CATEGORIES.filter((c) => treatments.some((t) => t.category === c));
      expect(order).to.deep.equal(expected);
      expect($$(el, 'li.option')).to.have.length(treatments.length);
    });

    it('uses real headings: title at heading-level, groups one deeper, options two deeper', async () => {
      const el = await list(html`<net-treatment-list heading-level="3"></net-treatment-list>`);
      expect($(el, '#title')!.localName).to.equal('h3');
      expect($$(el, '.group-heading').every((h) => h.localName === 'h4')).to.be.true;
      expect($$(el, 'li.option:not(.lead) .option-heading').every((h) => h.localName === 'h5')).to.be.true;
      // An option with its category's name (Chemotherapy) stands for the category's heading, at its level.
      expect($$(el, 'li.option.lead .option-heading').map((h) => h.localName)).to.include('h4');
      expect($$(el, 'li.option.lead .option-heading').every((h) => h.localName === 'h4')).to.be.true;
      expect(toggle(el, 'surgery').closest('h5')).to.exist;
      expect($(el, 'section.base')!.getAttribute('aria-labelledby')).to.equal(idOf(el, 'title'));
    });

    it('opens an option to what it is, when it is used, how it is done, its aims, sources and review dates', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      const t = byId('surgery');
      expect(toggle(el, 'surgery').getAttribute('aria-expanded')).to.equal('false');
      expect(toggle(el, 'surgery').getAttribute('aria-controls')).to.equal(idOf(el, 'net-treatment-surgery-body'));
      expect(shown(body(el, 'surgery'))).to.be.false;
      toggle(el, 'surgery').click();
      await el.updateComplete;
      expect(toggle(el, 'surgery').getAttribute('aria-expanded')).to.equal('true');
      const b = body(el, 'surgery')!;
      expect(shown(b)).to.be.true;
      const headings = [...b.querySelectorAll('.section-heading')].map(text);
      expect(headings).to.include.members([ui.about, ui.whenUsed, ui.howDone, ui.aims]);
      // Its key points come first, the entry's own.
      expect(headings[0]).to.equal(ui.keyPoints);
      const points = [...b.querySelectorAll('.section-heading')[0]!.nextElementSibling!.querySelectorAll('li')].map(text);
      expect(points).to.deep.equal(t.keyPoints!.items);
      expect(text(b)).to.include(t.about.text!);
      for (const goal of t.aims.goals) expect(text(b.querySelector('.goals'))).to.include(ui.goals[goal]);
      expect(text(b.querySelector('.option-footer'))).to.include(common.lastReviewed);
      expect(b.querySelectorAll('.option-footer li[data-source]').length).to.be.greaterThan(0);
      expect(b.querySelector('a[href="#net-treatment-surgery"]')).to.exist;
      // The disclaimer ends the list once, not once per option.
      expect($$(el, '.disclaimer')).to.have.length(1);
      toggle(el, 'surgery').click();
      await el.updateComplete;
      expect(shown(body(el, 'surgery'))).to.be.false;
    });

    it('shows the host note from the slot above the list', async () => {
      const el = await list(html`<net-treatment-list><p slot="note">Call our helpline</p></net-treatment-list>`);
      const slot = slotOf(el, 'note')!;
      expect(slotNodes(el, 'note').map(text)).to.deep.equal(['Call our helpline']);
      expect(slot.compareDocumentPosition($(el, '.groups')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });
  });

  describe('search', () => {
    it('finds an option by a part of its name', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'chemoemb');
      expect(visibleNames(el)).to.include(byId('chemoembolisation').name);
      // Every option shown has the word somewhere (Chemotherapy's text may mention chemoembolisation), and no other.
      const withWord = treatments.filter((t) => /\bchemo-?emb/i.test(JSON.stringify(t))).map((t) => t.name);
      expect(visibleNames(el)).to.deep.equal(withWord);
    });

    it('finds an option by another name', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'Xermelo');
      expect(visibleNames(el)).to.deep.equal(namesOf('telotristat'));
    });

    it('finds options by a related medicine’s brand name ("Afinitor" is everolimus)', async () => {
      expect(getDrug('everolimus')!.brandNames).to.include('Afinitor');
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'Afinitor');
      const expected = treatments.filter((t) => t.relatedDrugs.includes('everolimus')).map((t) => t.name);
      expect(visibleNames(el)).to.deep.equal(expected);
      expect(visibleNames(el)).to.include(byId('targeted-therapy').name);
    });

    it('finds options by a word in their text, whatever its case', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'blockage');
      const expected = visibleNames(el);
      expect(expected).to.include('Surgery');
      await search(el, 'BLOCKAGE');
      expect(visibleNames(el)).to.deep.equal(expected);
      await search(el, 'Blockage');
      expect(visibleNames(el)).to.deep.equal(expected);
    });

    it('needs every word of the query, each beginning a word', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'liver transpl');
      expect(visibleNames(el)).to.deep.equal(namesOf('liver-surgery'));
      await search(el, 'moembolisation'); // the middle of a word is not a match
      expect(visibleNames(el)).to.deep.equal([]);
    });

    it('hides a category heading when none of its options match', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'Xermelo');
      const visibleHeadings = $$(el, '.group-heading').filter(shown).map(text);
      expect(visibleHeadings).to.deep.equal([ui.categories['hormone-growth-medicines'].name]);
      // No empty list is left for screen readers.
      const emptyLists = $$(el, 'ul.chunk').filter((ul) => ![...ul.children].some(shown));
      expect(emptyLists.length).to.be.greaterThan(0);
      expect(emptyLists.every((ul) => ul.getAttribute('aria-hidden') === 'true')).to.be.true;
      await search(el, '');
      // Every category shows one heading at its level: its own, or that of the option with its name.
      expect($$(el, '.group').every((g) => [...g.querySelectorAll('h3')].filter(shown).length === 1)).to.be.true;
      expect($$(el, 'ul.chunk[aria-hidden]')).to.have.length(0);
    });

    it('leaves no empty bordered bar where a category has no match, while searching or filtering', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      const barsWithoutOptions = () =>
        $$(el, '.group')
          .filter((g) => ![...g.querySelectorAll('li.option')].some(shown))
          .filter((g) => {
            const box = g.getBoundingClientRect();
            const style = getComputedStyle(g);
            return box.height > 1 || parseFloat(style.borderInlineStartWidth) > 0 || parseFloat(style.paddingBlockStart) > 0;
          })
          .map((g) => g.dataset.category);
      await search(el, 'Xermelo');
      expect(barsWithoutOptions()).to.deep.equal([]);
      await search(el, '');
      await checkFilter(el, 'chemotherapy');
      expect(barsWithoutOptions()).to.deep.equal([]);
    });

    it('shows where the sources differ inside an option, with the sources it compares in its footer', async () => {
      const el = await list(html`<net-treatment-list expanded></net-treatment-list>`);
      for (const id of ['chemotherapy', 'immunotherapy', 'somatostatin-analogues']) {
        const t = byId(id);
        const said = text(body(el, id));
        expect(said, id).to.contain(common.sectionNotes);
        for (const note of t.notes!) expect(said, id).to.contain(`${common.sourcesDifferOn} ${note.topic}`).and.contain(note.why);
        const cited = $$(el, `#net-treatment-${id}-body [data-source]`).map((li) => li.dataset.source);
        for (const note of t.notes!) for (const p of note.positions) expect(cited, id).to.include(p.source);
      }
      await expect(el).to.be.accessible();
    });

    it('announces the number of matches in a polite live region', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      const live = status(el)!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(text(live)).to.equal(`Showing all ${treatments.length} treatments`);
      await search(el, 'octreo');
      const n = visibleNames(el).length;
      expect(n).to.be.greaterThan(1);
      await countSettled(el);
      expect(text(live)).to.equal(`${n} treatments match “octreo”`);
      await search(el, 'Xermelo');
      await countSettled(el);
      expect(text(live)).to.equal('1 treatment matches “Xermelo”');
      // The same element: a live region must stay in place to be announced.
      expect(status(el) === live, 'the same live region element').to.be.true;
    });

    it('filters by category with labelled checkboxes, and combines filters with the search', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      const fieldset = $(el, 'fieldset.filters')!;
      expect(text(fieldset.querySelector('legend'))).to.equal(ui.filtersLegend);
      const labels = [...fieldset.querySelectorAll('label')].map(text);
      expect(labels).to.include(ui.categories.chemotherapy.name);
      await checkFilter(el, 'chemotherapy');
      const chemo = treatments.filter((t) => t.category === 'chemotherapy').map((t) => t.name);
      expect(visibleNames(el)).to.deep.equal(chemo);
      await countSettled(el);
      expect(text(status(el))).to.equal(`Showing ${chemo.length} treatments of the kinds you chose`);
      await checkFilter(el, 'targeted');
      expect(visibleNames(el)).to.have.length(chemo.length + treatments.filter((t) => t.category === 'targeted').length);
      await search(el, 'Afinitor');
      expect(visibleNames(el).every((n) => treatments.find((t) => t.name === n)!.category === 'targeted')).to.be.true;
      await checkFilter(el, 'chemotherapy');
      await checkFilter(el, 'targeted');
      expect(visibleNames(el)).to.have.length(treatments.filter((t) => t.relatedDrugs.includes('everolimus')).length);
    });

    it('says when nothing matches, and its button clears the search and filters and returns focus to the box', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await checkFilter(el, 'chemotherapy');
      await search(el, 'zzqx');
      expect(visibleNames(el)).to.deep.equal([]);
      await countSettled(el);
      expect(text(status(el))).to.equal('No treatment matches “zzqx”.');
      const empty = $(el, '.empty')!;
      expect(shown(empty)).to.be.true;
      const clear = empty.querySelector('button')!;
      expect(text(clear)).to.equal(ui.clear);
      await expect(el).to.be.accessible();
      clear.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(searchBox(el).value).to.equal('');
      expect($$(el, '.filters input').some((b) => (b as HTMLInputElement).checked)).to.be.false;
      expect(visibleNames(el)).to.have.length(treatments.length);
      expect(focused(el)).to.equal(describeEl(searchBox(el)));
      expect($(el, '.empty') === null, 'absent').to.be.true;
    });

    it('says so when the chosen filters leave nothing', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'Xermelo');
      await checkFilter(el, 'chemotherapy');
      await countSettled(el);
      expect(text(status(el))).to.equal('No treatment matches “Xermelo”.');
      await search(el, '');
      expect(visibleNames(el).length).to.be.greaterThan(0);
    });

    it('fires net-filter-change with the query and the filters', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      setTimeout(() => void search(el, 'octreo'));
      const typed = (await oneEvent(el, 'net-filter-change')) as CustomEvent<FilterChangeDetail>;
      expect(typed.detail).to.deep.equal({ query: 'octreo', categories: [] });
      expect(typed.bubbles && typed.composed).to.be.true;
      setTimeout(() => void checkFilter(el, 'hormone-growth-medicines'));
      const filtered = (await oneEvent(el, 'net-filter-change')) as CustomEvent<FilterChangeDetail>;
      expect(filtered.detail).to.deep.equal({ query: 'octreo', categories: ['hormone-growth-medicines'] });
    });

    it('starts from the query attribute', async () => {
      const el = await list(html`<net-treatment-list query="Xermelo"></net-treatment-list>`);
      expect(searchBox(el).value).to.equal('Xermelo');
      expect(visibleNames(el)).to.deep.equal(namesOf('telotristat'));
    });

    it('no-search hides the search box, the filters and the count', async () => {
      const el = await list(html`<net-treatment-list no-search></net-treatment-list>`);
      expect($(el, '.search') === null, 'absent').to.be.true;
      expect(status(el) === null, 'absent').to.be.true;
      expect(visibleNames(el)).to.have.length(treatments.length);
    });
  });

  describe('related medicines', () => {
    const everolimus = (el: El) =>
      [...body(el, 'targeted-therapy')!.querySelectorAll<HTMLButtonElement>('.drug-button')].find(
        (b) => b.dataset.drug === 'everolimus',
      )!;

    it('fires a cancelable, composed net-drug-select and by default opens that drug card in the option', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      toggle(el, 'targeted-therapy').click();
      await el.updateComplete;
      const button = everolimus(el);
      expect(text(button)).to.equal(getDrug('everolimus')!.name);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'net-drug-select')) as CustomEvent<DrugSelectDetail>;
      expect(event.detail).to.deep.equal({ drugId: 'everolimus' });
      expect(event.cancelable && event.bubbles && event.composed).to.be.true;
      await el.updateComplete;
      await el.updateComplete;
      const card = body(el, 'targeted-therapy')!.querySelector('net-drug-card');
      expect(card).to.exist;
      expect(card!.getAttribute('drug')).to.equal('everolimus');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const close = body(el, 'targeted-therapy')!.querySelector<HTMLButtonElement>('.drug-close')!;
      expect(focused(el)).to.equal(describeEl(close));
      expect(text(close)).to.equal(`Close the information about ${getDrug('everolimus')!.name}`);
      // The drug card itself renders (loaded on first use).
      await customElements.whenDefined('net-drug-card');
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(text($(card!, 'h1,h2,h3,h4,h5,h6'))).to.equal(getDrug('everolimus')!.name);
      await expect(el).to.be.accessible();
      close.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(body(el, 'targeted-therapy')!.querySelector('net-drug-card') === null, 'absent').to.be.true;
      expect(focused(el)).to.equal(describeEl(everolimus(el)));
      expect((focusedIn(el) as HTMLElement).dataset.drug, 'focus back on the medicine’s own button').to.equal('everolimus');
    });

    it('leaves the clicks inside the card it opened to the card: the option and the card stay open', async () => {
      const store = questionsOn(document);
      store.clear();
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      toggle(el, 'targeted-therapy').click();
      await el.updateComplete;
      everolimus(el).click();
      await el.updateComplete;
      await customElements.whenDefined('net-drug-card');
      const card = body(el, 'targeted-therapy')!.querySelector('net-drug-card') as HTMLElement & { updateComplete: Promise<unknown> };
      await card.updateComplete;
      const ask = $<HTMLButtonElement>(card, '.ask-button')!;
      const key = ask.dataset.question!;
      ask.click();
      await el.updateComplete;
      await card.updateComplete;
      expect(store.questions.map((q) => q.key), 'the card’s own question').to.deep.equal([key]);
      expect(toggle(el, 'targeted-therapy').getAttribute('aria-expanded')).to.equal('true');
      expect(body(el, 'targeted-therapy')!.querySelector('net-drug-card') === card, 'the card stays open').to.equal(true);
      store.clear();
    });

    it('opens nothing when the host cancels the event', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      const ids: string[] = [];
      el.addEventListener('net-drug-select', (e) => {
        ids.push((e as CustomEvent<DrugSelectDetail>).detail.drugId);
        e.preventDefault();
      });
      toggle(el, 'targeted-therapy').click();
      await el.updateComplete;
      everolimus(el).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(ids).to.deep.equal(['everolimus']);
      expect($(el, 'net-drug-card') === null, 'absent').to.be.true;
      expect(everolimus(el).getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('deep links', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('opens, scrolls to and focuses the option the page address names', async () => {
      history.replaceState(null, '', '#net-treatment-prrt');
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await el.updateComplete;
      await el.updateComplete;
      expect(toggle(el, 'prrt').getAttribute('aria-expanded')).to.equal('true');
      expect(shown(body(el, 'prrt'))).to.be.true;
      expect(focused(el)).to.equal(describeEl(toggle(el, 'prrt')));
      expect(shown(body(el, 'surgery'))).to.be.false;
    });

    it('follows a hash change, clearing a search that hides the option', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'Xermelo');
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#net-treatment-clinical-trials';
      await changed;
      await el.updateComplete;
      await el.updateComplete;
      expect(searchBox(el).value).to.equal('');
      expect(toggle(el, 'clinical-trials').getAttribute('aria-expanded')).to.equal('true');
      expect(focused(el)).to.equal(describeEl(toggle(el, 'clinical-trials')));
    });

    it('ignores a hash that names no option of this list', async () => {
      history.replaceState(null, '', '#net-treatment-nothing-here');
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await el.updateComplete;
      expect($$(el, '.option-toggle[aria-expanded="true"]')).to.have.length(0);
    });
  });

  describe('a long list (2,000 host entries)', () => {
    const COUNT = 2000;
    const total = COUNT + treatments.length;
    /** Valid entries in every category, in turn. */
    const longList = (): Treatment[] =>
      Array.from({ length: COUNT }, (_, i) =>
        hostEntry({ id: `host-${i + 1}`, name: `Host option ${i + 1}`, category: TREATMENT_CATEGORIES[i % TREATMENT_CATEGORIES.length]! }),
      );
    /** The host entry the list shows last: the last one in the last category. */
    const last = (entries: Treatment[]) => entries.filter((t) => t.category === TREATMENT_CATEGORIES.at(-1)).at(-1)!;
    const allIn = (el: El) => $$(el, 'li.option').length === total;

    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('shows its first options at once and ends with every entry in the DOM, in order', async () => {
      const entries = longList();
      const el = await list(html`<net-treatment-list .entries=${entries}></net-treatment-list>`);
      const first = $$(el, 'li.option').length;
      expect(first).to.be.above(0);
      expect(first, 'the rest come in later tasks').to.be.below(total);
      await waitUntil(() => allIn(el), 'every option in the DOM', { timeout: 20000 });
      const ids = $$(el, 'li.option').map((li) => li.id);
      expect(ids.slice(-1)).to.deep.equal([idOf(el, `net-treatment-${last(entries).id}`)]);
      for (const t of entries) expect(ids, t.id).to.include(idOf(el, `net-treatment-${t.id}`));
      await countSettled(el);
      expect(text(status(el))).to.equal(`Showing all ${total} treatments`);
      expect(el.currentProblem).to.equal(null);
      expect(warnings).to.deep.equal([]);
    });

    it('prints every option’s name, even before every chunk is rendered', async () => {
      const entries = longList();
      const el = await list(html`<net-treatment-list .entries=${entries}></net-treatment-list>`);
      expect(allIn(el)).to.be.false;
      window.dispatchEvent(new Event('beforeprint'));
      try {
        expect(allIn(el), 'rendered at once on beforeprint').to.be.true;
        await emulateMedia({ media: 'print' });
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const names = visibleNames(el);
        expect(names).to.have.length(total);
        for (const t of [...treatments, ...entries]) expect(names, t.id).to.include(t.name);
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
    });

    it('finds an entry of the last chunk by search before it is rendered, and shows it at once', async () => {
      const entries = longList();
      const el = await list(html`<net-treatment-list .entries=${entries}></net-treatment-list>`);
      const target = last(entries);
      expect(option(el, target.id), 'not rendered yet').to.equal(null);
      await search(el, target.name);
      expect(visibleNames(el)).to.deep.equal([target.name]);
      await countSettled(el);
      expect(text(status(el))).to.equal(`1 treatment matches “${target.name}”`);
      await search(el, '');
      await waitUntil(() => allIn(el), 'every option in the DOM', { timeout: 20000 });
      expect(visibleNames(el)).to.have.length(total);
    });

    it('opens an entry of the last chunk that the page address names, before it is rendered', async () => {
      const entries = longList();
      const target = last(entries);
      history.replaceState(null, '', `#net-treatment-${target.id}`);
      const el = await list(html`<net-treatment-list .entries=${entries}></net-treatment-list>`);
      await waitUntil(() => toggle(el, target.id)?.getAttribute('aria-expanded') === 'true', 'the named option opened');
      await el.updateComplete;
      expect(shown(body(el, target.id))).to.be.true;
      expect(focused(el)).to.equal(describeEl(toggle(el, target.id)));
      expect(allIn(el)).to.be.true;
    });

    it('still lists an invalid entry near the end, once it has read that far', async () => {
      const entries: unknown[] = longList();
      entries[COUNT - 2] = { ...clone(entries[COUNT - 2] as Treatment), category: 'nonsense' };
      const el = await list(html`<net-treatment-list .entries=${entries}></net-treatment-list>`);
      expect($(el, '[role="alert"]'), 'not read that far yet').to.equal(null);
      await waitUntil(() => $(el, '[role="alert"]') !== null, 'the notice', { timeout: 20000 });
      const lines = [...$(el, '[role="alert"]')!.querySelectorAll('li')].map(text);
      expect(lines.some((l) => l.startsWith(`entries[${COUNT - 2}].category:`))).to.be.true;
      expect(warnings).to.have.length(1);
      await waitUntil(() => $$(el, 'li.option').length === total - 1, 'every valid option in the DOM', { timeout: 20000 });
    });
  });

  describe('attributes', () => {
    it('expanded opens every option, and each can still be closed', async () => {
      const el = await list(html`<net-treatment-list expanded></net-treatment-list>`);
      expect($$(el, '.option-body').every(shown)).to.be.true;
      expect($$(el, '.option-toggle').every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
      await expect(el).to.be.accessible();
      toggle(el, 'surgery').click();
      await el.updateComplete;
      expect(shown(body(el, 'surgery'))).to.be.false;
      expect(shown(body(el, 'prrt'))).to.be.true;
      el.expanded = false;
      await el.updateComplete;
      expect($$(el, '.option-body').some(shown)).to.be.false;
    });

    it('categories shows only the named categories, in the list’s order', async () => {
      const el = await list(html`<net-treatment-list categories="targeted, chemotherapy"></net-treatment-list>`);
      expect($$(el, '.group').map((g) => g.dataset.category)).to.deep.equal(['targeted', 'chemotherapy']);
      const expected = treatments.filter((t) => t.category === 'targeted' || t.category === 'chemotherapy');
      expect(visibleNames(el)).to.have.length(expected.length);
      expect($$(el, '.filters input').map((b) => (b as HTMLInputElement).value)).to.deep.equal(['targeted', 'chemotherapy']);
      expect(warnings).to.deep.equal([]);
    });

    it('an unknown category is left out, with one warning for the site owner that names it and the valid ones, and net-error', async () => {
      const errors: Problem[] = [];
      const host = await fixture(html`<div @net-error=${(e: CustomEvent<Problem>) => errors.push(e.detail)}></div>`);
      const el = document.createElement('net-treatment-list');
      el.setAttribute('categories', 'chemotherapy, chemo');
      host.append(el);
      await el.updateComplete;
      expect($(el, '[role="alert"]'), 'no alert').to.equal(null);
      expect($$(el, '.group').map((g) => g.getAttribute('data-category'))).to.deep.equal(['chemotherapy']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('"chemo"');
      for (const c of TREATMENT_CATEGORIES) expect(warnings[0]).to.include(`"${c}"`);
      expect(errors.map((e) => e.code)).to.deep.equal(['unknown-category']);
      await expect(el).to.be.accessible();
    });

    it('shows every category when `categories` names none it knows (a misspelling never hides the list)', async () => {
      const el = await list(html`<net-treatment-list categories="chemo"></net-treatment-list>`);
      expect($$(el, '.group')).to.have.length(TREATMENT_CATEGORIES.length);
      expect(warnings.filter((w) => w.includes('"chemo"'))).to.have.length(1);
    });

    it('follows lang for the content locale', async () => {
      const el = await list(html`<net-treatment-list lang="en-GB"></net-treatment-list>`);
      expect($(el, 'section.base')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('host entries', () => {
    it('shows valid host entries in their category, marked as added by this website, and searchable', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      el.entries = [hostEntry({ id: 'our-clinic-chemo', name: 'Chemo at our clinic', category: 'chemotherapy' })];
      await el.updateComplete;
      const li = option(el, 'our-clinic-chemo')!;
      expect((li.closest('.group') as HTMLElement).dataset.category).to.equal('chemotherapy');
      expect(text(li.querySelector('.host-mark'))).to.equal(common.hostContent);
      expect(option(el, 'chemotherapy')!.querySelector('.host-mark') === null, 'absent').to.be.true;
      await search(el, 'our clinic');
      expect(visibleNames(el)).to.deep.equal(['Chemo at our clinic']);
      await search(el, '');
      await expect(el).to.be.accessible();
      expect(warnings).to.deep.equal([]);
    });

    it("a host entry with a bundled treatment's id takes its place, marked as added by this website", async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      el.entries = [hostEntry({ id: 'surgery', name: 'Surgery at our hospital', category: 'surgery-liver' })];
      await el.updateComplete;
      await el.updateComplete;
      expect(el.currentProblem).to.equal(null);
      expect(visibleNames(el)).to.include('Surgery at our hospital');
      expect(visibleNames(el)).not.to.include(byId('surgery').name);
      expect(visibleNames(el)).to.have.length(treatments.length);
      expect(text(option(el, 'surgery')!.querySelector('.host-mark'))).to.equal(common.hostContent);
      expect($$(el, 'li.option').findIndex((li) => li.id === idOf(el, 'net-treatment-surgery')), 'in the bundled entry’s place').to.equal(0);
    });

    it('reads host entries from a child JSON script', async () => {
      const el = document.createElement('net-treatment-list');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify([hostEntry({ id: 'our-trial', name: 'Our own trial', category: 'clinical-trials' })]);
      el.append(script);
      (await fixture(html`<div></div>`)).append(el);
      await el.updateComplete;
      expect(text(option(el, 'our-trial')!.querySelector('.option-name'))).to.equal('Our own trial');
    });

    it('lists invalid entries with their paths, keeps the rest of the list, warns once and fires net-error once', async () => {
      const errors: Problem[] = [];
      const host = await fixture(html`<div @net-error=${(e: CustomEvent<Problem>) => errors.push(e.detail)}></div>`);
      const el = document.createElement('net-treatment-list');
      host.append(el);
      const bad = { ...hostEntry({ id: 'bad-one' }), category: 'magic', summary: '' };
      el.entries = [hostEntry({ id: 'good-one', name: 'A good one' }), bad as unknown as Treatment, hostEntry({ id: 'good-one' })];
      await el.updateComplete;
      await el.updateComplete;
      const alert = $(el, '[role="alert"]')!;
      expect(shown(alert)).to.be.true;
      expect(text(alert)).to.include(ui.hostProblemTitle);
      const lines = [...alert.querySelectorAll('li')].map(text);
      expect(lines.some((l) => l.startsWith('entries[1].category:'))).to.be.true;
      expect(lines.some((l) => l.startsWith('entries[1].summary:'))).to.be.true;
      expect(lines.some((l) => l.startsWith('entries[2].id:'))).to.be.true;
      // The bundled list and the valid host entry still show.
      expect(visibleNames(el)).to.include('A good one');
      expect(visibleNames(el)).to.include('Surgery');
      expect(option(el, 'bad-one') === null, 'absent').to.be.true;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('entries[1].category');
      expect(errors).to.have.length(1);
      expect(errors[0]!.code).to.equal('invalid-content');
      // Re-rendering (a keystroke) does not report it again.
      await search(el, 'good');
      expect(warnings).to.have.length(1);
      expect(errors).to.have.length(1);
      await search(el, '');
      await expect(el).to.be.accessible();
    });

    it('reports JSON that does not parse', async () => {
      const el = document.createElement('net-treatment-list');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '[{ oops';
      el.append(script);
      (await fixture(html`<div></div>`)).append(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.include('script: is not valid JSON');
      expect(visibleNames(el)).to.have.length(treatments.length);
      expect(warnings).to.have.length(1);
    });
  });

  describe('questions in the patient’s own words', () => {
    /** The answer about one symptom (`data-symptom`). */
    const answerOf = (el: El, symptom: string) => $(el, `.answer[data-symptom="${symptom}"]`);
    const lineOf = (answer: Element, drugId: string) =>
      [...answer.querySelectorAll<HTMLElement>('.answer-line')].find((li) => li.querySelector(`[data-drug="${drugId}"]`));
    /** True when `a` comes before `b` in the document (what a screen reader reads first). */
    const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

    it('"what is PRRT" shows the PRRT option, as "PRRT" does, and the count names what was searched', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'PRRT');
      const prrt = visibleNames(el);
      expect(prrt).to.deep.equal(namesOf('prrt'));
      await search(el, 'what is PRRT');
      expect(visibleNames(el)).to.deep.equal(prrt);
      await countSettled(el);
      expect(text(status(el))).to.equal('1 treatment matches “PRRT”');
      await search(el, 'tell me about surgery');
      expect(visibleNames(el)).to.include.members(namesOf('surgery', 'liver-surgery', 'debulking-surgery'));
    });

    it('"chemo pills" and "chemo tablets" show Chemotherapy, and not targeted therapy, whose text does not call it chemo', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      for (const query of ['chemo pills', 'chemo tablets', 'Chemo capsules']) {
        await search(el, query);
        expect(visibleNames(el), query).to.deep.equal(namesOf('chemotherapy'));
      }
    });

    it('"nausea": an answer before the count and any "no match", naming cabozantinib as common and octreotide’s "Rarely", with the hedge last', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'nausea');
      await countSettled(el);
      const answer = answerOf(el, 'nausea')!;
      expect(shown(answer)).to.be.true;
      expect(text(answer.querySelector('h3'))).to.equal('Nausea (feeling sick) and the medicines in our sources');
      const cabozantinib = lineOf(answer, 'cabozantinib')!;
      expect(text(cabozantinib.querySelector('.answer-lead'))).to.equal(
        `Nausea (feeling sick) is a common side effect of ${getDrug('cabozantinib')!.name}. Our information on it says:`,
      );
      const octreotide = lineOf(answer, 'octreotide')!;
      expect(text(octreotide.querySelector('.answer-quote'))).to.match(/^“Rarely: .*nausea/);
      expect(text(octreotide.querySelector('.answer-lead'))).not.to.contain('common');
      // The hedge ends the answer.
      const last = [...answer.children].at(-1)!;
      expect(text(last)).to.equal(ui.answerHedge);
      // The answer first; the count and the "no match" box after it.
      expect(before(answer, status(el)!)).to.be.true;
      const empty = $(el, '.empty');
      if (empty) expect(before(answer, empty)).to.be.true;
      expect(text(status(el))).to.equal(`What our sources say about nausea (feeling sick) is shown first. No treatment matches “nausea”.`);
      // Sighted readers see the answer itself; the words before the count are for screen readers.
      expect(shown($(el, '.count .hidden-in-line'))).to.be.true;
      expect(($(el, '.count .hidden-in-line') as HTMLElement).getBoundingClientRect().width).to.be.at.most(1);
      await expect(el).to.be.accessible();
    });

    it('a serious side effect shows first, says it is serious, and gives the drug card’s urgent advice', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'high blood pressure');
      const answer = answerOf(el, 'blood-pressure')!;
      const lines = [...answer.querySelectorAll<HTMLElement>('.answer-line')];
      expect(lines.map((li) => li.dataset.relation)).to.deep.equal(['serious', 'common']);
      const serious = lines[0]!;
      expect(serious.classList.contains('callout')).to.be.true;
      expect(text(serious.querySelector('.answer-lead'))).to.contain('can be a serious side effect of');
      expect(text(serious.querySelector('.answer-quote'))).to.contain('rare, but serious');
      expect(text(serious)).to.contain(`${drugUi.urgentPrefix} ${drugUi.urgentHeading}`).and.contain(drugUi.contactNow);
      expect(text(answer.lastElementChild)).to.equal(ui.answerHedge);
    });

    it('a symptom no card names: our sources do not list it, which does not mean no medicine causes it', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'hair loss');
      const answer = answerOf(el, 'hair-loss')!;
      expect(answer.querySelectorAll('.answer-line')).to.have.length(0);
      expect(text(answer.lastElementChild)).to.equal(ui.answerNotListed);
    });

    it('keeps what a medicine causes apart from what it treats, and still shows the options that name the symptom', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'diarrhea');
      const answer = answerOf(el, 'diarrhoea')!;
      const relations = [...answer.querySelectorAll<HTMLElement>('.answer-line')].map((li) => li.dataset.relation);
      expect(relations.indexOf('use')).to.be.greaterThan(relations.lastIndexOf('common'));
      expect(text(lineOf(answer, 'telotristat-ethyl')!.querySelector('.answer-lead'))).to.contain('is used for');
      expect(visibleNames(el)).to.include(byId('somatostatin-analogues').name);
    });

    it('each medicine in an answer opens its drug card in place (net-drug-select first), and closes it again', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'nausea');
      const button = () => lineOf(answerOf(el, 'nausea')!, 'cabozantinib')!.querySelector<HTMLButtonElement>('button.answer-drug')!;
      expect(text(button())).to.equal(getDrug('cabozantinib')!.name);
      expect(button().getAttribute('aria-expanded')).to.equal('false');
      setTimeout(() => button().click());
      const event = (await oneEvent(el, 'net-drug-select')) as CustomEvent<DrugSelectDetail>;
      expect(event.detail).to.deep.equal({ drugId: 'cabozantinib' });
      await el.updateComplete;
      await el.updateComplete;
      const card = lineOf(answerOf(el, 'nausea')!, 'cabozantinib')!.querySelector('net-drug-card')!;
      expect(card.getAttribute('drug')).to.equal('cabozantinib');
      expect(button().getAttribute('aria-expanded')).to.equal('true');
      expect(button().getAttribute('aria-controls')).to.equal(card.parentElement!.id);
      const close = card.parentElement!.querySelector<HTMLButtonElement>('.drug-close')!;
      expect(focused(el)).to.equal(describeEl(close));
      await customElements.whenDefined('net-drug-card');
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await expect(el).to.be.accessible();
      close.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '.answer net-drug-card') === null, 'closed').to.be.true;
      expect((focusedIn(el) as HTMLElement).dataset.drug).to.equal('cabozantinib');
    });

    it('"octreotide side effects" offers octreotide’s card first, then the options that use it', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'octreotide side effects');
      const answer = $(el, '.medicine-answer')!;
      expect(text(answer)).to.equal(`Read what our sources say about ${getDrug('octreotide')!.name} and its side effects.`);
      expect(before(answer, status(el)!)).to.be.true;
      expect(visibleNames(el)).to.include(byId('somatostatin-analogues').name);
      answer.querySelector<HTMLButtonElement>('button.answer-drug')!.click();
      await el.updateComplete;
      await el.updateComplete;
      const card = answer.querySelector('net-drug-card')!;
      expect(card.getAttribute('drug')).to.equal('octreotide');
      expect(card.getAttribute('heading-level'), 'one below the list’s title: the answer has no heading').to.equal('3');
      await customElements.whenDefined('net-drug-card');
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await expect(el).to.be.accessible();
      await countSettled(el);
      expect(text(status(el))).to.match(/^Our information on Octreotide is shown first\. \d treatments? match “octreotide”$/);
    });

    it('"can I eat cheese" with a diet guide on the page: a button puts "cheese" into the guide’s box and moves the focus there', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <net-treatment-list></net-treatment-list>
        <net-diet-guide></net-diet-guide>
      </div>`);
      const el = page.querySelector('net-treatment-list')!;
      const guide = page.querySelector('net-diet-guide')!;
      await el.updateComplete;
      await guide.updateComplete;
      await search(el, 'can I eat cheese');
      const food = $(el, '.food')!;
      expect(text(food)).to.contain(ui.foodGuide);
      const ask = food.querySelector('button')!;
      expect(text(ask)).to.equal('Look up “cheese” in the diet guide');
      expect(before(food, status(el)!)).to.be.true;
      await countSettled(el);
      expect(text(status(el))).to.match(new RegExp(`^${ui.foodAnnounce} `));
      await expect(el).to.be.accessible();
      ask.click();
      await waitUntil(() => focusedIn(guide)?.matches('input'), 'the focus moves to the guide’s box');
      expect(guide.query).to.equal('cheese');
      expect((focusedIn(guide) as HTMLInputElement).value).to.equal('cheese');
      expect(guide.contains(document.activeElement), "the page’s focus is in the guide").to.equal(true);
    });

    it('"can I eat cheese" without a diet guide: says that the diet guide has food advice and to ask the care team', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await search(el, 'can I eat cheese');
      const food = $(el, '.food')!;
      expect(text(food)).to.equal(ui.foodNoGuide.replace('{food}', 'cheese'));
      expect(food.querySelector('button')).to.equal(null);
      await search(el, 'can I have surgery');
      expect($(el, '.food') === null, 'a treatment, not a food').to.be.true;
      expect(visibleNames(el)).to.include('Surgery');
    });

    it('French and Spanish: their own question words, everyday names and symptoms, from the cards’ own sentences', async () => {
      const fr = await list(html`<net-treatment-list lang="fr"></net-treatment-list>`);
      await waitUntil(() => text($(fr, '#title')) === frUi.title, 'French loaded');
      await search(fr, 'chimio en comprimés');
      expect(visibleNames(fr)).to.deep.equal(['Chimiothérapie']);
      await search(fr, "qu'est-ce que la PRRT");
      expect(visibleNames(fr)).to.have.length(1);
      await search(fr, 'nausées');
      const frAnswer = answerOf(fr, 'nausea')!;
      expect(text(lineOf(frAnswer, 'octreotide')!.querySelector('.answer-quote'))).to.match(/^« Rarement/);
      expect(text(frAnswer.lastElementChild)).to.equal(frUi.answerHedge);
      await expect(fr).to.be.accessible();
      const es = await list(html`<net-treatment-list lang="es"></net-treatment-list>`);
      await waitUntil(() => text($(es, '#title')) === esUi.title, 'Spanish loaded');
      await search(es, 'quimio pastillas');
      expect(visibleNames(es)).to.deep.equal(['Quimioterapia']);
      await search(es, 'náuseas');
      const esAnswer = answerOf(es, 'nausea')!;
      expect(lineOf(esAnswer, 'cabozantinib')!.dataset.relation).to.equal('common');
      expect(text(esAnswer.lastElementChild)).to.equal(esUi.answerHedge);
      await search(es, '¿puedo comer queso curado?');
      expect(text($(es, '.food'))).to.contain('“queso curado”');
    });

    it('the symptom answer story passes axe', async () => {
      const el = (await mountStory('treatment-list', 'SymptomAnswer')) as El;
      expect(answerOf(el, 'nausea')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('"Add to my questions"', () => {
    const store = questionsOn(document);
    afterEach(() => store.clear());
    const ask = (el: El, id: string) => $(el, `.ask-button[data-question="option:${id}:"]`) as HTMLButtonElement | null;
    const prrt = () => questionWords('option', byId('prrt').name, 'en')!;

    async function opened(template: TemplateResult, id: string): Promise<El> {
      const el = await list(template);
      toggle(el, id).click();
      await el.updateComplete;
      return el;
    }

    it('an opened option ends with its question and a toggle that adds it to the page’s list and takes it out again', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      expect($$(el, '.ask-button'), 'a closed option has none').to.have.length(0);
      toggle(el, 'prrt').click();
      await el.updateComplete;
      const button = ask(el, 'prrt')!;
      expect(button.closest('.option')).to.equal(option(el, 'prrt'));
      expect(prrt()).to.equal('Could peptide receptor radionuclide therapy (PRRT) be an option for me?');
      expect(text(button.closest('.ask'))).to.contain(prrt());
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      const events: [string, SavedQuestion][] = [];
      const wrap = el.parentElement!;
      wrap.addEventListener('net-question-add', (e) => events.push(['add', e.detail.question]));
      wrap.addEventListener('net-question-remove', (e) => events.push(['remove', e.detail.question]));
      button.click();
      await el.updateComplete;
      const question = { key: 'option:prrt:', kind: 'option', entryId: 'prrt', lang: 'en', text: prrt() };
      expect(store.questions).to.deep.equal([question]);
      expect(ask(el, 'prrt')!.getAttribute('aria-pressed')).to.equal('true');
      expect(text($(el, '.ask-status'))).to.equal(`Added to your questions: ${prrt()}`);
      ask(el, 'prrt')!.click();
      await el.updateComplete;
      expect(store.questions).to.deep.equal([]);
      expect(text($(el, '.ask-status'))).to.equal(`Removed from your questions: ${prrt()}`);
      expect(events).to.deep.equal([
        ['add', question],
        ['remove', question],
      ]);
      expect(toggle(el, 'prrt').getAttribute('aria-expanded'), 'the option stays open').to.equal('true');
    });

    it('follows the page’s list: added elsewhere, removed elsewhere, and after the option closes and opens again', async () => {
      const el = await opened(html`<net-treatment-list></net-treatment-list>`, 'prrt');
      store.add({ key: 'option:prrt:', kind: 'option', entryId: 'prrt', lang: 'en', text: prrt() });
      await el.updateComplete;
      expect(ask(el, 'prrt')!.getAttribute('aria-pressed')).to.equal('true');
      toggle(el, 'prrt').click();
      await el.updateComplete;
      store.remove('option:prrt:');
      toggle(el, 'prrt').click();
      await el.updateComplete;
      expect(ask(el, 'prrt')!.getAttribute('aria-pressed')).to.equal('false');
      expect(text($(el, '.ask-status')), 'changes made elsewhere are not announced here').to.equal('');
    });

    it('works by keyboard, and the search still finds, hides and shows the option', async () => {
      const el = await opened(html`<net-treatment-list></net-treatment-list>`, 'surgery');
      ask(el, 'surgery')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(store.has('option:surgery:')).to.equal(true);
      await search(el, 'prrt');
      expect(shown(option(el, 'surgery'))).to.equal(false);
      await search(el, '');
      expect(ask(el, 'surgery')!.getAttribute('aria-pressed')).to.equal('true');
      ask(el, 'surgery')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(store.has('option:surgery:')).to.equal(false);
    });

    it('an option the website added has one too, with its id', async () => {
      const entry = hostEntry({ id: 'our-nurse-clinic', name: 'Our nurse clinic' });
      const el = await opened(html`<net-treatment-list .entries=${[entry]}></net-treatment-list>`, 'our-nurse-clinic');
      ask(el, 'our-nurse-clinic')!.click();
      await el.updateComplete;
      expect(store.questions[0]).to.deep.include({ entryId: 'our-nurse-clinic', text: 'Could our nurse clinic be an option for me?' });
    });

    it('no-questions hides the buttons; they are not printed', async () => {
      const none = await opened(html`<net-treatment-list no-questions></net-treatment-list>`, 'prrt');
      expect($$(none, '.ask-button')).to.have.length(0);
      expect($(none, '.ask-status')).to.equal(null);
      const el = await opened(html`<net-treatment-list></net-treatment-list>`, 'prrt');
      expect(shown(ask(el, 'prrt'))).to.equal(true);
      await emulateMedia({ media: 'print' });
      try {
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
        expect(shown(ask(el, 'prrt'))).to.equal(false);
        expect(shown($(el, '.ask-line'))).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('in the list’s language, carrying it', async () => {
      const el = await list(html`<net-treatment-list lang="es"></net-treatment-list>`);
      await waitUntil(() => $(el, '.net-part-base')?.getAttribute('lang') === 'es', 'never shown in Spanish');
      toggle(el, 'prrt').click();
      await el.updateComplete;
      const button = ask(el, 'prrt')!;
      expect(text(button)).to.contain(questionLabels('es').add);
      button.click();
      await el.updateComplete;
      expect(store.questions[0]).to.include({ lang: 'es', entryId: 'prrt' });
      expect(store.questions[0]!.text).to.contain('(PRRT)').and.match(/\?$/);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the search box, every filter and every option toggle, in order; Enter and Space toggle', async () => {
      const wrapper = await fixture(html`<div><button id="before">before</button><net-treatment-list></net-treatment-list></div>`);
      const el = wrapper.querySelector('net-treatment-list')!;
      await el.updateComplete;
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      const filters = $$(el, '.filters input');
      const toggles = $$(el, '.option-toggle');
      const stops: Element[] = [searchBox(el), ...filters, ...toggles];
      // Where each Tab lands, as a position in `stops` (-1: elsewhere).
      const reached: number[] = [];
      for (let i = 0; i < stops.length; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(stops.indexOf(focusedIn(el)!));
      }
      expect(reached).to.deep.equal(stops.map((_, i) => i));
      // Focus is visible on the toggle the keyboard reached.
      expect(getComputedStyle(toggles[toggles.length - 1]!).outlineStyle).to.equal('solid');
      const last = toggles[toggles.length - 1] as HTMLButtonElement;
      expect(last.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(last.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(last.getAttribute('aria-expanded')).to.equal('false');
      // Typing in the search box filters.
      searchBox(el).focus();
      await sendKeys({ type: 'xermelo' });
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(namesOf('telotristat'));
      // Space on a filter checks it.
      await search(el, '');
      filters[0]!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect((filters[0] as HTMLInputElement).checked).to.be.true;
    });
  });

  describe('narrow screens', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits a 320 px wide screen without sideways scrolling, options open', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await list(html`<net-treatment-list expanded></net-treatment-list>`);
      const base = $(el, 'section.base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    /** Emulates print media and lets the list catch up (media query listeners are told at the next frame). */
    async function printMedia(el: El): Promise<void> {
      await emulateMedia({ media: 'print' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
    }

    it('prints the options the reader opened in full and the others by name, with a line that says so', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      toggle(el, 'prrt').click();
      await el.updateComplete;
      await printMedia(el);
      expect($$(el, '.option-body').filter(shown).map((b) => b.id)).to.deep.equal([idOf(el, 'net-treatment-prrt-body')]);
      expect(text(body(el, 'prrt'))).to.include(ui.about);
      expect(visibleNames(el)).to.have.length(treatments.length);
      expect(shown($(el, '.print-note'))).to.be.true;
      expect(text($(el, '.print-note'))).to.equal(ui.printNote);
      expect(shown($(el, '.search'))).to.be.false;
      expect(shown($(el, '.print-button'))).to.be.false;
      expect(shown(status(el))).to.be.false;
      expect($$(el, '.option-link').some(shown)).to.be.false;
      expect(shown($(el, '.disclaimer'))).to.be.true;
    });

    it('print-all prints every option opened, without the search, the filters or the option buttons’ chrome', async () => {
      const el = await list(html`<net-treatment-list print-all></net-treatment-list>`);
      expect($$(el, '.option-body').some(shown)).to.be.false;
      await printMedia(el);
      expect($$(el, '.option-body').every(shown)).to.be.true;
      for (const t of treatments) expect(text(body(el, t.id)), t.id).to.include(ui.about);
      expect(shown($(el, '.print-note'))).to.be.false;
      expect(shown($(el, '.search'))).to.be.false;
      expect($$(el, '.option-link').some(shown)).to.be.false;
    });

    it('"Print every treatment in full" renders every option before the print dialog opens, then goes back', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      const button = $(el, '.print-button') as HTMLButtonElement;
      expect(text(button)).to.equal(ui.printAll);
      const original = window.print;
      let renderedWhenPrinting = -1;
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        renderedWhenPrinting = treatments.filter((t) => text(body(el, t.id)).includes(ui.about)).length;
        window.dispatchEvent(new Event('afterprint'));
      };
      try {
        button.click();
        await waitUntil(() => renderedWhenPrinting >= 0, 'window.print() was not called');
      } finally {
        window.print = original;
      }
      expect(renderedWhenPrinting).to.equal(treatments.length);
      await el.updateComplete;
      await el.updateComplete;
      expect(body(el, 'surgery')!.childElementCount, 'closed again after printing').to.equal(0);
      expect(shown($(el, '.print-note'))).to.be.false;
    });

    it('a printout of a plain list is short: no option body is printed unless opened', async () => {
      const el = await list(html`<net-treatment-list></net-treatment-list>`);
      await printMedia(el);
      expect($$(el, '.option-body').some(shown)).to.be.false;
      expect(body(el, 'surgery')!.childElementCount).to.equal(0);
    });

    it('renders every option’s content synchronously on beforeprint (window.print() prints before microtasks run)', async () => {
      const el = await list(html`<net-treatment-list print-all></net-treatment-list>`);
      expect(body(el, 'surgery')!.childElementCount).to.equal(0);
      window.dispatchEvent(new Event('beforeprint'));
      expect(text(body(el, 'surgery'))).to.include(ui.about);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(body(el, 'surgery')!.childElementCount).to.equal(0);
    });

    it('prints what the reader filtered, with the count that says so', async () => {
      const el = await list(html`<net-treatment-list query="Xermelo"></net-treatment-list>`);
      await emulateMedia({ media: 'print' });
      expect(visibleNames(el)).to.deep.equal(namesOf('telotristat'));
      expect(shown(status(el))).to.be.true;
    });
  });
});

