import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../net-drug-card.js';
import type { NetDrugCard } from './drug-card.js';
import { drugs, getDrug } from '../content/drugs.js';
import type { Drug } from '../content/schema.js';
import type { Problem } from '../shared/problem.js';
import { SECTION_KEYS } from './drug-card.view.js';
import ui from '../../data/en/ui-drug-card.json';
import common from '../../data/en/ui-common.json';
import { $, $$, captureWarnings, focusedIn, headingLevels, idOf, root, shown, slotPlace, slotSelector, text } from '../../tests/browser/helpers.js';
import { questionsOn, type SavedQuestion } from '../shared/questions-store.js';
import { questionLabels, questionWords } from '../content/question-templates.js';
import questionsUi from '../../data/en/ui-questions.json';

/** True when the sources list serious side effects for the drug (the card says to watch for them). */
const hasSerious = (drug: Drug) => !!drug.sideEffects.serious.text || !!drug.sideEffects.serious.items?.length;

/** The sections shown, by key, in order. */
const sectionKeys = (el: NetDrugCard) => $$(el, '#details > .section').map((s) => s.dataset.section);

async function card(template: TemplateResult): Promise<NetDrugCard> {
  const el = await fixture<NetDrugCard>(template);
  await el.updateComplete;
  return el;
}

/** Builds a card with a child JSON script (and any attributes), listening for net-error before it connects. */
async function cardWithScript(json: string, attrs: Record<string, string> = {}) {
  const el = document.createElement('net-drug-card');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  const events: CustomEvent<Problem>[] = [];
  el.addEventListener('net-error', (e) => events.push(e as CustomEvent<Problem>));
  const host = await fixture(html`<div></div>`);
  host.append(el);
  await el.updateComplete;
  return { el, events, script };
}

/** A host card derived from a bundled one, so it is valid content. */
function hostCard(base: string, changes: Partial<Drug>): Drug {
  return { ...structuredClone(getDrug(base)!), ...changes };
}

describe('<net-drug-card>', () => {
  const warnings = captureWarnings();

  // axe for every entry, in every language: the EveryCard story, in the story tests.
  describe('every bundled entry renders without a problem', () => {
    for (const drug of drugs) {
      it(`${drug.id} (${drug.kind})`, async () => {
        const el = await card(html`<net-drug-card drug=${drug.id}></net-drug-card>`);
        expect(el.currentProblem, JSON.stringify(el.currentProblem)).to.equal(null);
        expect($(el, '[role="alert"]')).to.equal(null);
        expect(text($(el, '.net-part-heading'))).to.equal(drug.name);
        expect(sectionKeys(el)).to.include.members(['about', 'how-given', 'uses', 'side-effects']);
        expect($(el, '.net-part-footer')!.innerText).to.contain(common.disclaimer);
        if (drug.kind === 'combination') {
          const buttons = $$(el, '.component-button');
          expect(buttons.map((b) => text(b))).to.deep.equal(drug.components!.map((id) => getDrug(id)!.name));
          buttons.forEach((b) => b.click());
          await el.updateComplete;
          expect(buttons.every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
        }
        expect(warnings).to.have.length(0);
      });
    }
  });

  describe('key points', () => {
    it('opens with the entry’s key points, under their own heading, before what the medicine is', async () => {
      for (const id of ['everolimus', 'captem', 'bevacizumab']) {
        const drug = getDrug(id)!;
        const el = await card(html`<net-drug-card drug=${id}></net-drug-card>`);
        expect(sectionKeys(el)[0], id).to.equal('key-points');
        const section = $(el, '#details > .section[data-section="key-points"]')!;
        expect(text(section.querySelector('.section-heading'))).to.equal(ui.sectionKeyPoints);
        expect([...section.querySelectorAll('li')].map(text), id).to.deep.equal(drug.keyPoints!.items);
      }
    });

    it('a host card without key points shows no empty section', async () => {
      const own = { ...getDrug('everolimus')!, id: 'our-drug', name: 'Our drug', keyPoints: undefined };
      const el = await card(html`<net-drug-card .content=${own}></net-drug-card>`);
      expect(sectionKeys(el)).to.not.include('key-points');
    });
  });

  describe('a picture beside how it is given', () => {
    it('shows a pill or an injection only where the sourced route names one, hidden from assistive technology', async () => {
      const expected: Record<string, string | null> = { everolimus: 'pill', cabozantinib: 'pill', octreotide: 'injection', lanreotide: 'injection', capecitabine: null };
      for (const [id, kind] of Object.entries(expected)) {
        const el = await card(html`<net-drug-card drug=${id}></net-drug-card>`);
        const pictures = $$(el, '.how-given .route-picture');
        expect(pictures.map((p) => p.dataset.route), id).to.deep.equal(kind ? [kind] : []);
        for (const p of pictures) expect(p.getAttribute('aria-hidden')).to.equal('true');
      }
      // The same picture in French, from the same sourced route.
      const fr = await card(html`<net-drug-card drug="everolimus" lang="fr"></net-drug-card>`);
      await waitUntil(() => $(fr, '.net-part-base')?.getAttribute('lang') === 'fr', 'never shown in French');
      expect($$(fr, '.how-given .route-picture').map((p) => p.dataset.route)).to.deep.equal(['pill']);
    });
  });

  describe('names', () => {
    it('says which name the reader used when it was a brand name', async () => {
      const el = await card(html`<net-drug-card drug="afinitor"></net-drug-card>`);
      expect(text($(el, '.net-part-heading'))).to.equal('Everolimus');
      expect(text($(el, '.name-used'))).to.equal('Afinitor is a brand name of Everolimus.');
      expect(text($(el, '.other-names'))).to.contain(ui.brandNames).and.contain('Afinitor');
    });

    it('says which name the reader used when it was another name', async () => {
      const el = await card(html`<net-drug-card drug="capecitabine and temozolomide"></net-drug-card>`);
      expect(text($(el, '.name-used'))).to.equal('Capecitabine and temozolomide is another name for CAPTEM.');
    });

    it('says plainly when a name is used in different ways, and what to check with the care team', async () => {
      const el = await card(html`<net-drug-card drug="Sandostatin Depot"></net-drug-card>`);
      expect(text($(el, '.net-part-heading'))).to.equal('Octreotide');
      const note = $(el, '.name-note')!;
      expect(shown(note)).to.equal(true);
      expect(text(note)).to.contain('“Sandostatin Depot” is a name used in more than one way.');
      expect(text(note)).to.contain('short-acting').and.contain('long-acting').and.contain('Ask your care team which form you have');
      expect($(el, '.name-used'), 'not called a plain brand name').to.equal(null);
      const plain = await card(html`<net-drug-card drug="octreotide"></net-drug-card>`);
      expect($(plain, '.name-note')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading levels', () => {
    it('uses h2 for the name, h3 for sections and h4 inside them by default, skipping none', async () => {
      const el = await card(html`<net-drug-card drug="octreotide"></net-drug-card>`);
      const levels = headingLevels(el);
      expect(levels[0]).to.equal('h2');
      expect(levels.filter((l) => l === 'h2')).to.have.length(1);
      expect($$(el, '.section-heading').every((h) => h.localName === 'h3')).to.equal(true);
      expect($(el, '.urgent-heading')!.localName).to.equal('h4');
      const numbers = levels.map((l) => Number(l[1]));
      numbers.forEach((n, i) => i > 0 && expect(n).to.be.at.most(numbers[i - 1]! + 1));
    });

    it('follows heading-level', async () => {
      const el = await card(html`<net-drug-card drug="everolimus" heading-level="4"></net-drug-card>`);
      expect(headingLevels(el)[0]).to.equal('h4');
      expect($(el, '.section-heading')!.localName).to.equal('h5');
      expect($(el, '.urgent-heading')!.localName).to.equal('h6');
    });

    it('nests a combination drug one level under its section, and its sections under that', async () => {
      const el = await card(html`<net-drug-card drug="captem" heading-level="1"></net-drug-card>`);
      const components = $(el, '[data-section="components"]')!;
      expect(components.querySelector('.section-heading')!.localName).to.equal('h2');
      expect(components.querySelector('.component-heading')!.localName).to.equal('h3');
      expect(components.querySelector('.component-body .section-heading')!.localName).to.equal('h4');
    });
  });

  describe('sections attribute', () => {
    it('lists the combinations a drug belongs to', async () => {
      const el = await card(html`<net-drug-card drug="capecitabine" sections="combinations"></net-drug-card>`);
      expect(text($(el, '[data-section="combinations"]'))).to.contain('CAPTEM');
    });

    it('shows disagreements between sources plainly', async () => {
      const note = getDrug('octreotide')!.notes![0]!;
      const el = await card(html`<net-drug-card drug="octreotide" sections="notes"></net-drug-card>`);
      const notes = text($(el, '[data-section="notes"]'));
      expect(notes).to.contain(`${common.sourcesDifferOn} ${note.topic}`).and.contain(note.why);
    });

    it('shows the "ask your care team" line for a topic the sources do not cover', async () => {
      const el = await card(html`<net-drug-card drug="diphenoxylate-atropine" sections="how-given"></net-drug-card>`);
      expect(text($(el, '[data-section="how-given"]'))).to.contain(common.silent);
    });

    it('says how a combination is given only what the sources say: that they do not say', async () => {
      const el = await card(html`<net-drug-card drug="captem" sections="how-given"></net-drug-card>`);
      const said = text($(el, '[data-section="how-given"]'));
      expect(said).to.contain('Our sources do not say how CAPTEM is given.').and.contain(common.silentPartly);
      expect(said).not.to.match(/most often/i);
    });

    it('leaves out an unknown key and warns the site owner, naming it and the valid ones', async () => {
      const events: Problem[] = [];
      const wrap = await fixture(
        html`<div @net-error=${(e: CustomEvent<Problem>) => events.push(e.detail)}>
          <net-drug-card drug="everolimus" sections="about,dosage"></net-drug-card>
        </div>`,
      );
      const el = wrap.querySelector('net-drug-card') as NetDrugCard;
      await el.updateComplete;
      expect($(el, '[role="alert"]'), 'no alert: the card is shown').to.equal(null);
      expect(sectionKeys(el)).to.deep.equal(['about']);
      expect(events.map((p) => p.code)).to.deep.equal(['unknown-section']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"dosage"');
      for (const key of SECTION_KEYS) expect(warnings[0]).to.contain(`"${key}"`);
    });
  });

  describe('compact variant', () => {
    it('shows the summary and expands to the full card with the keyboard', async () => {
      const el = await card(html`<net-drug-card drug="everolimus" variant="compact"></net-drug-card>`);
      const button = $(el, '.expand-button') as HTMLButtonElement;
      const details = $(el, '#details')!;
      expect(button.getAttribute('aria-controls')).to.equal(idOf(el, 'details'));
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(details)).to.equal(false);
      expect(text($(el, '.summary'))).to.contain(getDrug('everolimus')!.drugClass.text!);
      await expect(el).to.be.accessible();

      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(details)).to.equal(true);
      expect(shown($(el, '[data-section="side-effects"]'))).to.equal(true);
      expect(focusedIn(el)).to.equal(button);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(details)).to.equal(false);
    });
  });

  describe('combinations', () => {
    it('opens each drug in place, in the card’s own render (no nested card), with the keyboard', async () => {
      const el = await card(html`<net-drug-card drug="captem"></net-drug-card>`);
      expect(root(el).querySelector('net-drug-card')).to.equal(null);
      const button = $$(el, '.component-button')[0] as HTMLButtonElement;
      const body = $(el, `#${button.getAttribute('aria-controls')}`)!;
      expect(shown(body)).to.equal(false);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(body)).to.equal(true);
      expect(text(body)).to.contain(getDrug('capecitabine')!.drugClass.text!);
    });
  });

  describe('serious side effects callout', () => {
    it('says its urgency in words, with a visually hidden prefix', async () => {
      const el = await card(html`<net-drug-card drug="everolimus"></net-drug-card>`);
      const heading = $(el, '.urgent .urgent-heading')!;
      const prefix = heading.querySelector('.visually-hidden') as HTMLElement;
      expect(text(prefix)).to.equal(ui.urgentPrefix);
      expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
      expect(text(heading)).to.equal(`${ui.urgentPrefix} ${ui.urgentHeading}`);
      expect(text($(el, '.urgent'))).to.contain(getDrug('everolimus')!.sideEffects.serious.text!);
    });

    it("shows the host's contact text inside the callout, in place of the generic line", async () => {
      const el = await card(html`<net-drug-card drug="everolimus"><p slot="contact">Call our NET nurse line.</p></net-drug-card>`);
      const p = el.querySelector('[slot="contact"]')!;
      expect(slotPlace(p)?.closest('.urgent')).to.equal($(el, '.urgent'));
      expect(slotPlace(p)?.closest('.urgent-step')!.classList.contains('step-call'), 'in the first step').to.equal(true);
      expect(shown(p)).to.equal(true);
      expect(shown($(el, '.urgent .contact-default')), 'the generic line is replaced').to.equal(false);
      const plain = await card(html`<net-drug-card drug="everolimus"></net-drug-card>`);
      expect(shown($(plain, '.urgent .contact-default'))).to.equal(true);
      expect(text($(plain, '.urgent .contact-default'))).to.equal(ui.urgentCallDefault);
    });

    it("follows the host's contact text as the host adds and removes it", async () => {
      const el = await card(html`<net-drug-card drug="everolimus"></net-drug-card>`);
      const p = document.createElement('p');
      p.slot = 'contact';
      p.textContent = 'Call our NET nurse line.';
      el.append(p);
      await waitUntil(() => shown(p) && !shown($(el, '.urgent .contact-default')), 'the contact text shows in place of the generic line');
      expect(slotPlace(p)?.closest('.urgent-step')!.classList.contains('step-call'), 'in the first step').to.equal(true);
      p.remove();
      await waitUntil(() => shown($(el, '.urgent .contact-default')), 'the generic line is back');
      expect(text($(el, '.urgent .step-call'))).not.to.contain('NET nurse line');
    });

    const steps = (el: NetDrugCard) => $$(el, '.urgent .urgent-steps > li');
    const stepTitles = (el: NetDrugCard) => steps(el).map((li) => text(li.querySelector('.step-title')));

    it('is three numbered steps: who to call, what to watch for and to call now, what to say', async () => {
      const el = await card(html`<net-drug-card drug="cabozantinib"></net-drug-card>`);
      expect($(el, '.urgent-steps')!.localName).to.equal('ol');
      expect(stepTitles(el)).to.deep.equal([ui.urgentStepCall, ui.urgentStepWatch, ui.urgentStepSay]);
      const [call, watch, say] = steps(el).map((li) => text(li));
      expect(call).to.contain(ui.urgentCallDefault);
      for (const item of getDrug('cabozantinib')!.sideEffects.serious.items!) expect(watch).to.contain(item);
      expect(watch).to.contain(ui.urgentCallNow);
      expect(say).to.contain('Say the name of your medicine, Cabozantinib, and tell them what you noticed.');
    });

    it('on paper, leaves lines to write the daytime and out-of-hours numbers, unless the host gave its contact', async () => {
      const plain = await card(html`<net-drug-card drug="everolimus"></net-drug-card>`);
      const host = await card(html`<net-drug-card drug="everolimus"><p slot="contact">Call our NET nurse line.</p></net-drug-card>`);
      expect(shown($(plain, '.write-numbers')), 'not on screen').to.equal(false);
      await emulateMedia({ media: 'print' });
      try {
        const lines = $(plain, '.write-numbers')!;
        expect(shown(lines)).to.equal(true);
        expect(text(lines)).to.contain(ui.urgentDaytime).and.contain(ui.urgentOutOfHours);
        expect($$(plain, '.write-numbers .write-line').length).to.equal(2);
        expect(shown($(host, '.write-numbers')), 'the host gave its number').to.equal(false);
        expect(shown(host.querySelector('[slot="contact"]'))).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('a combination names its own drugs’ steps without a second slot or second lines to write in', async () => {
      const el = await card(html`<net-drug-card drug="captem"><p slot="contact">Call our NET nurse line.</p></net-drug-card>`);
      expect($$(el, slotSelector(el, 'contact'))).to.have.length(1);
      // The slot's fallback: in a shadow root it is there, unshown; in light DOM a filled slot renders none.
      expect($$(el, '.write-numbers').length, 'in the slot of the card’s own callout only').to.be.at.most(1);
      expect($$(el, '.component .write-numbers')).to.have.length(0);
      expect($$(el, '.component .urgent-steps').length).to.equal(2);
    });

    for (const { lang, call, say } of [
      { lang: 'fr', call: 'Qui appeler', say: 'Dites le nom de votre médicament, Évérolimus' },
      { lang: 'es', call: 'A quién llamar', say: 'Diga el nombre de su medicamento, Everolimus' },
    ]) {
      it(`lang="${lang}": the steps are in the card's language`, async () => {
        const el = await card(html`<net-drug-card drug="everolimus" lang=${lang}></net-drug-card>`);
        await waitUntil(() => $(el, '.net-part-base')?.getAttribute('lang') === lang, 'never shown in its language');
        expect(stepTitles(el)[0]).to.equal(call);
        expect(text(steps(el)[2]!)).to.contain(say);
      });
    }

    describe('the serious side effects callout, for every bundled entry', () => {
      for (const drug of drugs) {
        it(`${drug.id}: never "our sources do not cover this", and ends by saying to contact the care team now`, async () => {
          const el = await card(html`<net-drug-card drug=${drug.id} sections="side-effects"></net-drug-card>`);
          const callout = $(el, '.urgent')!;
          const said = text(callout);
          expect(said).not.to.contain(common.silent);
          expect(said.split(common.silentPartly).length, 'at most one "say no more"').to.be.at.most(2);
          const watch = [...callout.querySelectorAll('.step-watch p')].filter(shown).map(text);
          expect(watch.at(-1)).to.equal(hasSerious(drug) ? ui.urgentCallNow : ui.contactNow);
          const serious = drug.sideEffects.serious;
          if (!serious.text && !serious.items?.length) {
            // A silence is never read as "none": it says so, and what to do.
            expect(said).to.contain(
              `Our sources do not list serious side effects of ${drug.name}. This does not mean it has none. Ask your care team which side effects to watch for, and what to do if you get one.`,
            );
          }
        });
      }
    });
  });

  describe('a silence is never read as "none"', () => {
    it('says the sources list no common side effects, that this does not mean there are none, and to ask', async () => {
      const el = await card(html`<net-drug-card drug="telotristat-ethyl" sections="side-effects"></net-drug-card>`);
      const said = text($(el, '[data-section="side-effects"]'));
      expect(said).to.contain(
        'Our sources do not list common side effects of Telotristat ethyl. This does not mean it has none. Please ask your care team.',
      );
      expect(said).not.to.contain(common.silent);
      expect(said).not.to.match(/\b(no|none of the) (common |serious )?side effects\b/i);
    });

    it('keeps what little the sources say about common side effects, then says they say no more', async () => {
      const el = await card(html`<net-drug-card drug="capecitabine" sections="side-effects"></net-drug-card>`);
      const said = text($(el, '[data-section="side-effects"]'));
      expect(said).to.contain(getDrug('capecitabine')!.sideEffects.common.text!).and.contain(common.silentPartly);
      expect($(el, '.common-silent')).to.equal(null);
    });

    const translated = [
      {
        lang: 'fr',
        serious: 'Nos sources ne citent pas d’effets secondaires graves de Capécitabine. Cela ne veut pas dire qu’il n’y en a pas.',
        watch: 'Demandez à votre équipe soignante quels effets secondaires surveiller',
        never: /aucun effet/i,
      },
      {
        lang: 'es',
        serious: 'Nuestras fuentes no mencionan efectos secundarios graves de Capecitabina. Esto no quiere decir que no los tenga.',
        watch: 'Pregunte a su equipo de atención médica qué efectos secundarios debe vigilar',
        never: /ningún efecto/i,
      },
    ];
    for (const { lang, serious, watch, never } of translated) {
      it(`lang="${lang}": the serious side effects callout says the same`, async () => {
        const el = await card(html`<net-drug-card drug="capecitabine" lang=${lang} sections="side-effects"></net-drug-card>`);
        await waitUntil(() => $(el, '.urgent') && $(el, '.net-part-base')!.getAttribute('lang') === lang, 'never shown in its language');
        const said = text($(el, '.urgent'));
        expect(said).to.contain(serious).and.contain(watch);
        expect(said).not.to.match(never);
      });
    }
  });

  describe('"Add to my questions"', () => {
    const store = questionsOn(document);
    afterEach(() => store.clear());

    const askFor = (el: NetDrugCard, key: string) => $(el, `.ask-button[data-question="${CSS.escape(key)}"]`) as HTMLButtonElement | null;

    it('beside a gap in the sources: the question, and a toggle that adds it to the page’s list and takes it out again', async () => {
      const el = await card(html`<net-drug-card drug="captem"></net-drug-card>`);
      const key = 'gap:captem:howGiven';
      const button = askFor(el, key)!;
      expect(button.localName).to.equal('button');
      expect(button.closest('[data-section]')!.getAttribute('data-section')).to.equal('how-given');
      expect(text(button.closest('.ask'))).to.contain('How will CAPTEM be given to me, and how often?');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(text(button)).to.equal(`${questionsUi.add}: How will CAPTEM be given to me, and how often?`);
      const added: SavedQuestion[] = [];
      const removed: SavedQuestion[] = [];
      el.parentElement!.addEventListener('net-question-add', (e) => added.push(e.detail.question));
      el.parentElement!.addEventListener('net-question-remove', (e) => removed.push(e.detail.question));
      button.click();
      await el.updateComplete;
      expect(store.has(key)).to.equal(true);
      expect(added).to.deep.equal([
        { key, kind: 'gap', entryId: 'captem', part: 'howGiven', lang: 'en', text: 'How will CAPTEM be given to me, and how often?' },
      ]);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(text(button)).to.contain(questionsUi.added);
      button.click();
      await el.updateComplete;
      expect(store.has(key)).to.equal(false);
      expect(removed.map((q) => q.key)).to.deep.equal([key]);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
    });

    it('a gap wherever the card says its sources are silent, and none where they are not', async () => {
      const el = await card(html`<net-drug-card drug="telotristat-ethyl"></net-drug-card>`);
      const parts = $$(el, '.ask-button').map((b) => b.dataset.question!.split(':')[2]);
      expect(parts).to.include.members(['howGiven', 'common', 'serious']);
      const everolimus = await card(html`<net-drug-card drug="everolimus"></net-drug-card>`);
      expect(askFor(everolimus, 'gap:everolimus:howGiven'), 'the sources say how it is given').to.equal(null);
    });

    it('beside each side effect the card lists, with a question that names it', async () => {
      const el = await card(html`<net-drug-card drug="everolimus"></net-drug-card>`);
      const items = getDrug('everolimus')!.sideEffects.common.items!;
      for (const item of items) {
        const button = askFor(el, `side-effect:everolimus:${item}`);
        expect(button, item).not.to.equal(null);
        expect(button!.closest('li')!.textContent).to.contain(item);
        expect(text(button)).to.contain(questionWords('side-effect', item, 'en')!);
      }
      // A sentence about side effects is not one side effect's name: no question is made of it.
      const octreotide = await card(html`<net-drug-card drug="octreotide"></net-drug-card>`);
      expect($$(octreotide, '.ask-button[data-question^="side-effect:"]')).to.have.length(0);
    });

    it('works by keyboard: Enter adds, Space removes', async () => {
      const el = await card(html`<net-drug-card drug="everolimus"></net-drug-card>`);
      const key = 'side-effect:everolimus:Mouth sores';
      const button = askFor(el, key)!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(store.has(key)).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(store.has(key)).to.equal(false);
      expect(focusedIn(el)).to.equal(button);
    });

    it('follows the page’s list when the question is added or removed elsewhere', async () => {
      const el = await card(html`<net-drug-card drug="captem"></net-drug-card>`);
      const key = 'gap:captem:howGiven';
      store.add({ key, kind: 'gap', entryId: 'captem', part: 'howGiven', lang: 'en', text: 'How will CAPTEM be given to me, and how often?' });
      await el.updateComplete;
      expect(askFor(el, key)!.getAttribute('aria-pressed')).to.equal('true');
      store.remove(key);
      await el.updateComplete;
      expect(askFor(el, key)!.getAttribute('aria-pressed')).to.equal('false');
      expect(text($(el, '.ask-status')), 'a change made elsewhere is not announced here').to.equal('');
    });

    it('announces each add and remove once, politely, in the card whose button was pressed', async () => {
      const wrap = await fixture(html`<div>
        <net-drug-card drug="everolimus"></net-drug-card><net-drug-card drug="everolimus" sections="side-effects"></net-drug-card>
      </div>`);
      const [first, second] = [...wrap.querySelectorAll('net-drug-card')] as NetDrugCard[];
      await first!.updateComplete;
      await second!.updateComplete;
      const status = $(first!, '.ask-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      const question = questionWords('side-effect', 'Mouth sores', 'en')!;
      askFor(first!, 'side-effect:everolimus:Mouth sores')!.click();
      await first!.updateComplete;
      await second!.updateComplete;
      expect(text(status)).to.equal(`Added to your questions: ${question}`);
      expect(text($(second!, '.ask-status'))).to.equal('');
      expect(askFor(second!, 'side-effect:everolimus:Mouth sores')!.getAttribute('aria-pressed'), 'the other card follows').to.equal('true');
      askFor(first!, 'side-effect:everolimus:Mouth sores')!.click();
      await first!.updateComplete;
      expect(text(status)).to.equal(`Removed from your questions: ${question}`);
      expect($$(first!, '[aria-live]')).to.have.length(1);
    });

    it('no-questions hides the buttons; they are not printed', async () => {
      const none = await card(html`<net-drug-card drug="captem" no-questions></net-drug-card>`);
      expect($$(none, '.ask-button')).to.have.length(0);
      expect($(none, '.ask-status')).to.equal(null);
      const el = await card(html`<net-drug-card drug="captem"></net-drug-card>`);
      expect($$(el, '.ask-button').some(shown)).to.equal(true);
      await emulateMedia({ media: 'print' });
      try {
        expect($$(el, '.ask-button').some(shown)).to.equal(false);
        expect($$(el, '.ask-line').some(shown)).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('in the card’s language, carrying it', async () => {
      const el = await card(html`<net-drug-card drug="captem" lang="fr"></net-drug-card>`);
      await waitUntil(() => $(el, '.net-part-base')?.getAttribute('lang') === 'fr', 'never shown in French');
      const button = askFor(el, 'gap:captem:howGiven')!;
      const words = questionWords('gap', 'CAPTEM', 'fr', 'howGiven')!;
      expect(text(button)).to.equal(text(document.createTextNode(`${questionLabels('fr').add}: ${words}`)));
      button.click();
      await el.updateComplete;
      // The list keeps the question's French no-break spaces (before « ? » and « : »), so it never breaks there.
      expect(store.questions[0]).to.include({ lang: 'fr', text: words, entryId: 'captem' });
    });
  });

  describe('bad input', () => {
    async function withErrors(template: TemplateResult) {
      const events: Problem[] = [];
      const wrap = await fixture(html`<div @net-error=${(e: CustomEvent<Problem>) => events.push(e.detail)}>${template}</div>`);
      const el = wrap.querySelector('net-drug-card') as NetDrugCard;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      return { el, events };
    }

    it('names an unknown drug and suggests close names', async () => {
      const { el, events } = await withErrors(html`<net-drug-card drug="octreotid"></net-drug-card>`);
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.contain('"octreotid"').and.contain('Did you mean Octreotide');
      expect(shown(alert)).to.equal(true);
      expect(events.map((p) => p.code)).to.deep.equal(['unknown-drug']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('octreotid');
      await expect(el).to.be.accessible();
    });

    it('offers each close name as a button that opens its card, with focus on the card’s heading', async () => {
      const { el, events } = await withErrors(html`<net-drug-card drug="everolimu"></net-drug-card>`);
      const button = $(el, '[role="alert"] button.suggestion') as HTMLButtonElement;
      expect(text(button.closest('p'))).to.equal('Did you mean Everolimus?');
      expect(text(button)).to.equal('Everolimus');
      await expect(el).to.be.accessible();
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[role="alert"]'), 'the card, not the problem').to.equal(null);
      expect(el.drug).to.equal('everolimus');
      expect(el.getAttribute('drug')).to.equal('everolimus');
      const title = $(el, '.net-part-heading')!;
      expect(text(title)).to.equal('Everolimus');
      expect(focusedIn(el), 'focus moves to the heading, not to the page').to.equal(title);
      expect(title.getAttribute('tabindex')).to.equal('-1');
      expect(text($(el, '[data-section="uses"]'))).to.contain(getDrug('everolimus')!.uses.items?.[0] ?? getDrug('everolimus')!.uses.text!);
      expect(events.map((p) => p.code)).to.deep.equal(['unknown-drug']);
      await expect(el).to.be.accessible();
    });

    it('offers several close names, each its own button, in the words of the card’s language', async () => {
      const { el } = await withErrors(html`<net-drug-card drug="carbo"></net-drug-card>`);
      const buttons = $$(el, 'button.suggestion');
      expect(buttons.length).to.be.within(2, 3);
      expect(text($(el, '.did-you-mean'))).to.match(/^Did you mean .+ or .+\?$/);
      const fr = await card(html`<net-drug-card drug="everolimu" lang="fr"></net-drug-card>`);
      await waitUntil(() => $(fr, '.did-you-mean') && $(fr, '.net-part-base')!.getAttribute('lang') === 'fr', 'never shown in French');
      expect(text($(fr, '.did-you-mean'))).to.equal('Vouliez-vous dire Évérolimus?');
      ($(fr, 'button.suggestion') as HTMLButtonElement).click();
      await fr.updateComplete;
      expect(text($(fr, '.net-part-heading'))).to.equal('Évérolimus');
      expect(focusedIn(fr)).to.equal($(fr, '.net-part-heading'));
      const es = await card(html`<net-drug-card drug="everolimu" lang="es"></net-drug-card>`);
      await waitUntil(() => $(es, '.did-you-mean') && $(es, '.net-part-base')!.getAttribute('lang') === 'es', 'never shown in Spanish');
      expect(text($(es, '.did-you-mean'))).to.match(/^¿Quiso decir .+\?$/);
      ($(es, 'button.suggestion') as HTMLButtonElement).click();
      await es.updateComplete;
      expect($(es, '[role="alert"]')).to.equal(null);
      expect(es.drug).to.equal('everolimus');
    });

    it('suggests nothing for a name that is not close to any (no unrelated drugs), and names the value to fix', async () => {
      const { el, events } = await withErrors(html`<net-drug-card drug="aspirin"></net-drug-card>`);
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.contain('“aspirin” is not in this library');
      expect(text(alert)).not.to.match(/Did you mean/);
      expect($(el, '.problem-details')).to.equal(null);
      expect(alert.querySelector('a'), 'links nowhere').to.equal(null);
      expect(text(alert.querySelector('.problem-fix'))).to.equal('For the website team: drug="aspirin" names no medicine in net-widgets. Use a name from the list of medicines in the documentation, or add your own card.');
      expect(events[0]!.fix).to.contain('drug="aspirin"');
      expect(warnings[0]).to.contain('aspirin');
    });

    it('says to set the drug attribute when it is missing', async () => {
      const { el, events } = await withErrors(html`<net-drug-card></net-drug-card>`);
      expect(text($(el, '[role="alert"]'))).to.contain(ui.missingDrug).and.contain(ui.missingDrugFix);
      expect(events.map((p) => p.code)).to.deep.equal(['missing-drug']);
      expect(warnings).to.have.length(1);
    });

    it('lists errors of invalid host content from a child script', async () => {
      const { el, events } = await cardWithScript(JSON.stringify({ ...hostCard('everolimus', {}), id: 'Not An Id' }));
      expect(text($(el, '[role="alert"]'))).to.contain('script.id:');
      expect(events.map((e) => e.detail.code)).to.deep.equal(['invalid-content']);
      expect(warnings).to.have.length(1);
    });

    it('says when the child script is not valid JSON', async () => {
      const { el, events } = await cardWithScript('{ "id": "x", ');
      expect(text($(el, '[role="alert"]'))).to.contain(ui.invalidJson).and.contain('not valid JSON');
      expect(events.map((e) => e.detail.code)).to.deep.equal(['invalid-json']);
      expect(warnings).to.have.length(1);
    });
  });

  describe('host content', () => {
    it('replaces the bundled entry with the same id (property) and says it was added by the website', async () => {
      const mine = hostCard('everolimus', { about: { text: 'Our own words about it.', sources: ['acs-gi-net-targeted'] } });
      const el = await card(html`<net-drug-card drug="Afinitor" .content=${mine}></net-drug-card>`);
      expect(text($(el, '[data-section="about"]'))).to.contain('Our own words about it.');
      expect(text($(el, '.host-label'))).to.equal(common.hostContent);
      await expect(el).to.be.accessible();
    });

    it('adds a new entry (property), with its own sources in the footer', async () => {
      const mine = hostCard('octreotide', {
        id: 'charity-pen',
        name: 'Charity pen',
        brandNames: ['Penbrand'],
        otherNames: [],
        uses: { text: 'Our nurses explain this.', sources: ['charity-leaflet'] },
        sourceDetails: [{ id: 'charity-leaflet', publisher: 'A NET charity', title: 'Our leaflet', region: 'UK', date: '2026' }],
      });
      const el = await card(html`<net-drug-card drug="penbrand" .content=${mine}></net-drug-card>`);
      expect(text($(el, '.net-part-heading'))).to.equal('Charity pen');
      expect(text($(el, '.host-label'))).to.equal(common.hostContent);
      expect(text($(el, '.sources'))).to.contain('A NET charity, “Our leaflet” (2026)');
      const other = await card(html`<net-drug-card drug="lanreotide" .content=${mine}></net-drug-card>`);
      expect(text($(other, '.net-part-heading'))).to.equal('Lanreotide');
      expect($(other, '.host-label')).to.equal(null);
    });

    it('shows a host card from a child script without a drug attribute, and follows changes to it', async () => {
      const mine = hostCard('lanreotide', { id: 'our-card', name: 'Our card', brandNames: [], otherNames: [] });
      const { el, events, script } = await cardWithScript(JSON.stringify(mine));
      expect(events).to.have.length(0);
      expect(text($(el, '.net-part-heading'))).to.equal('Our card');
      expect(text($(el, '.host-label'))).to.equal(common.hostContent);
      script.textContent = JSON.stringify({ ...mine, name: 'Our card, updated' });
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(text($(el, '.net-part-heading'))).to.equal('Our card, updated');
    });

    it('replaces a bundled entry from a child script', async () => {
      const mine = hostCard('captem', { uses: { text: 'Used by our clinic.', sources: ['ccs-chemo'] } });
      const { el } = await cardWithScript(JSON.stringify(mine), { drug: 'captem' });
      expect(text($(el, '[data-section="uses"]'))).to.contain('Used by our clinic.');
      expect(text($(el, '.host-label'))).to.equal(common.hostContent);
      expect($$(el, '.component-button')).to.have.length(2);
    });

    it('shows the review notice when the next review date has passed, and not before', async () => {
      const old = hostCard('everolimus', { reviewed: '2019-01-01', nextReview: '2020-01-01' });
      const el = await card(html`<net-drug-card drug="everolimus" .content=${old}></net-drug-card>`);
      const notice = $(el, '.review-notice');
      expect(text(notice)).to.contain(common.reviewOverdue);
      expect(shown(notice)).to.equal(true);
      const fresh = hostCard('everolimus', { reviewed: '2026-01-01', nextReview: '2999-01-01' });
      el.content = fresh;
      await el.updateComplete;
      expect($(el, '.review-notice')).to.equal(null);
    });
  });

  describe('names a website adds to a bundled drug', () => {
    const xeloda = JSON.stringify({ id: 'capecitabine', addNames: ['Xeloda'] });

    it('drug="Xeloda" with a child JSON script shows the capecitabine card, the name marked as the website’s', async () => {
      const { el, events } = await cardWithScript(xeloda, { drug: 'Xeloda' });
      expect(events).to.have.length(0);
      expect(text($(el, '.net-part-heading'))).to.equal('Capecitabine');
      expect(text($(el, '.added-names dt'))).to.equal(ui.addedNames).and.equal('Other names used by this website');
      expect(text($(el, '.added-names dd'))).to.equal('Xeloda');
      expect(text($(el, '.name-used'))).to.equal('Xeloda is a name this website uses for Capecitabine.');
      expect(text($(el, '[data-section="uses"]'))).to.contain(getDrug('capecitabine')!.uses.items![0]!);
      expect($(el, '.host-label'), 'the card itself is ours').to.equal(null);
      expect(text($(el, '.net-part-footer'))).to.contain(common.contentLicence);
      await expect(el).to.be.accessible();
    });

    it('without the added names, drug="Xeloda" is not in the library (the sources name no brand for it)', async () => {
      const el = await card(html`<net-drug-card drug="Xeloda"></net-drug-card>`);
      expect(el.currentProblem?.code).to.equal('unknown-drug');
      expect(warnings).to.have.length(1);
      warnings.length = 0;
    });

    it('shows the added name on capecitabine inside CAPTEM, and follows the property too', async () => {
      const el = await card(html`<net-drug-card drug="captem" .content=${{ id: 'capecitabine', addNames: ['Xeloda'] }}></net-drug-card>`);
      expect($(el, '.net-part-header .added-names'), 'not on CAPTEM itself').to.equal(null);
      const capecitabine = $$(el, '.component').find((c) => text(c.querySelector('.component-button')) === 'Capecitabine')!;
      expect(text(capecitabine.querySelector('.added-names dt'))).to.equal(ui.addedNames);
      expect(text(capecitabine.querySelector('.added-names dd'))).to.equal('Xeloda');
    });

    it('in French and Spanish, says the names are the website’s in the card’s language', async () => {
      for (const [lang, label, used] of [
        ['fr', 'Autres noms employés par ce site Web', 'Xeloda est un nom que ce site Web emploie pour Capécitabine.'],
        ['es', 'Otros nombres que usa este sitio web', 'Xeloda es un nombre que este sitio web usa para Capecitabina.'],
      ] as const) {
        const { el } = await cardWithScript(xeloda, { drug: 'Xeloda', lang });
        await waitUntil(() => $(el, '.net-part-base')?.getAttribute('lang') === lang, `never shown in ${lang}`);
        await el.updateComplete;
        expect(text($(el, '.added-names dt'))).to.equal(label);
        expect(text($(el, '.added-names dd'))).to.equal('Xeloda');
        expect(text($(el, '.name-used'))).to.equal(used);
      }
    });

    it('shows what is wrong with added names, with its path, as npx net-widgets check does', async () => {
      const { el, events } = await cardWithScript(JSON.stringify({ id: 'xeloda', addNames: ['Xeloda', 7] }), { drug: 'Xeloda' });
      const alert = text($(el, '[role="alert"]'));
      expect(alert).to.contain(ui.invalidContent);
      expect(alert).to.contain('script.id: "xeloda" is not a drug in net-widgets').and.contain('script.addNames[1]: must be text');
      expect(events.map((e) => e.detail.code)).to.deep.equal(['invalid-content']);
      expect(warnings).to.have.length(1);
      warnings.length = 0;
    });
  });

  describe('styles', () => {
    it('takes its accent colour from --net-color-accent on the host', async () => {
      const el = await card(html`<net-drug-card drug="everolimus"></net-drug-card>`);
      const header = $(el, '.net-part-header')!;
      const sectionHeading = $(el, '.section-heading')!;
      expect(getComputedStyle(header).borderBottomColor).to.equal('rgb(0, 94, 184)');
      el.style.setProperty('--net-color-accent', 'rgb(10, 20, 30)');
      expect(getComputedStyle(header).borderBottomColor).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(sectionHeading).color).to.equal('rgb(10, 20, 30)');
    });

    it('is a block, and the hidden attribute hides it whole (a host that shows it on demand)', async () => {
      const el = await card(html`<net-drug-card drug="everolimus"></net-drug-card>`);
      expect(getComputedStyle(el).display).to.equal('block');
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
      expect(shown($(el, '.net-part-heading'))).to.equal(false);
      el.hidden = false;
      expect(shown($(el, '.net-part-heading'))).to.equal(true);
    });

    it('keeps its text size when the host sets html { font-size: 62.5% }', async () => {
      const style = document.createElement('style');
      style.textContent = 'html { font-size: 62.5% }';
      document.head.append(style);
      try {
        const el = await card(html`<net-drug-card drug="everolimus"></net-drug-card>`);
        expect(getComputedStyle($(el, '.base')!).fontSize).to.equal('16px');
      } finally {
        style.remove();
      }
    });

    it('has no style attribute or <style> element in what it renders', async () => {
      const el = await card(html`<net-drug-card drug="captem" variant="compact"></net-drug-card>`);
      expect(root(el).querySelectorAll('[style], style')).to.have.length(0);
    });

    it('fits a 320 px column without sideways scrolling', async () => {
      const wrap = await fixture(html`<div><net-drug-card drug="octreotide"></net-drug-card></div>`);
      (wrap as HTMLElement).style.width = '320px';
      const el = wrap.querySelector('net-drug-card') as NetDrugCard;
      await el.updateComplete;
      const base = $(el, '.base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });

    describe('print', () => {
      afterEach(async () => {
        await emulateMedia({ media: 'screen' });
      });

      it('shows every section expanded and hides the expand button', async () => {
        const el = await card(html`<net-drug-card drug="captem" variant="compact"></net-drug-card>`);
        expect(shown($(el, '[data-section="uses"]'))).to.equal(false);
        await emulateMedia({ media: 'print' });
        const sections = $$(el, '.section');
        expect(sections.length).to.be.greaterThan(4);
        for (const section of sections) expect(shown(section), section.dataset.section).to.equal(true);
        expect($$(el, '.component-body').every(shown)).to.equal(true);
        expect(shown($(el, '.expand-button'))).to.equal(false);
        expect(shown($(el, '.summary'))).to.equal(false);
        expect(getComputedStyle($(el, '.base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle($(el, '.section-heading')!).color).to.equal('rgb(0, 0, 0)');
      });
    });
  });
});
