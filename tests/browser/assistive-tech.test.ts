// What assistive technology hears (issue 24): the treatment list's count is announced once typing pauses, "Sources" is
// a heading that names its list, a term and its value are read apart, and no heading repeats the one before it.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NetTreatmentList } from '../../src/treatment-list/treatment-list.js';
import common from '../../data/en/ui-common.json';
import dietUi from '../../data/en/ui-diet-guide.json';
import { diet } from '../../src/content/diet.js';
import { commonLabels, formatDate } from '../../src/shared/i18n.js';
import { renderReviewNotice } from '../../src/shared/footer.js';
import { render } from 'lit';
import type { Treatment } from '../../src/content/schema.js';
import listUi from '../../data/en/ui-treatment-list.json';
import { TYPING_PAUSE_MS } from '../../src/shared/typing-pause.js';
import { treatments } from '../../src/content/treatments.js';
import type { Widget } from './stories.js';
import { LOCALES } from '../../src/content/locale-data.js';
import { $, $$, idOf, shown, text } from './helpers.js';

const levelOf = (h: Element) => Number(h.localName.slice(1));
/** The headings of a widget's own render a reader can reach (rendered: in the accessibility tree), as "h3 Sources". */
const headingsOf = (el: Element) => $$(el, 'h1, h2, h3, h4, h5, h6').filter(shown).map((h) => `${h.localName} ${text(h)}`);
/** Heading levels never skip one on the way down (what axe's heading-order checks). */
function expectNoSkippedLevel(headings: readonly string[], what: string): void {
  for (let i = 1; i < headings.length; i++) {
    const [before, now] = [Number(headings[i - 1]!.slice(1, 2)), Number(headings[i]!.slice(1, 2))];
    expect(now, `${what}: "${headings[i - 1]}" then "${headings[i]}"`).to.be.at.most(before + 1);
  }
}

/**
 * What a screen reader hears when it reads `node` as one line (a live region's announcement): the text of every
 * rendered node that is not hidden from assistive technology, joined as it stands. White space between elements is
 * left out, as the accessibility tree leaves it out (and minified templates drop it): words there must be kept apart
 * by the text itself. A no-break space counts as a space.
 */
function spokenText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const words = node.textContent ?? '';
    return /^[ \t\n\r\f]*$/.test(words) ? '' : words.replace(/[ \t\n\r\f]+/g, ' ');
  }
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  if (getComputedStyle(node).display === 'none') return '';
  return [...node.childNodes].map(spokenText).join('').replace(/\u00a0/g, ' ');
}

/** `innerText` line by line, no-break spaces as spaces, each line trimmed, empty lines left out. */
const lines = (el: HTMLElement) =>
  el.innerText
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

async function widget<T extends Widget>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await el.updateComplete;
  return el;
}

/** Types `word` into the list's search box one letter at a time, one `input` event (and update) per letter. */
async function typeByKey(el: NetTreatmentList, word: string): Promise<void> {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  for (let i = 1; i <= word.length; i++) {
    input.value = word.slice(0, i);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: word[i - 1] }));
    await el.updateComplete;
  }
}

/** Every text the element's live region showed, in order, one entry per change of its words. */
function recordLiveText(region: HTMLElement): { said: string[]; stop: () => void } {
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const now = text(region);
    if (now !== said.at(-1)) said.push(now);
  });
  observer.observe(region, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

describe('what assistive technology hears', () => {
  describe('the treatment list’s count', () => {
    const visibleRows = (el: NetTreatmentList) => $$(el, 'li.option').filter(shown).length;

    it('changes its live region once, after typing pauses, while the rows filter at every key', async () => {
      const el = await widget<NetTreatmentList>(html`<net-treatment-list></net-treatment-list>`);
      const live = $(el, '.count[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(text(live)).to.equal(`Showing all ${treatments.length} treatments`);
      const { said, stop } = recordLiveText(live);
      try {
        await typeByKey(el, 'octreo');
        const afterSixKeys = visibleRows(el);
        expect(afterSixKeys, 'the rows follow the keys at once').to.be.lessThan(treatments.length);
        await typeByKey(el, 'octreotide');
        expect(said, 'nothing announced while typing').to.deep.equal([]);
        await aTimeout(TYPING_PAUSE_MS / 2);
        expect(said, 'nor before the pause has passed').to.deep.equal([]);
        await waitUntil(() => said.length > 0, 'the count never changed', { timeout: TYPING_PAUSE_MS * 10 });
        await aTimeout(TYPING_PAUSE_MS * 2);
        const n = visibleRows(el);
        expect(n).to.be.greaterThan(0);
        expect(said).to.deep.equal([`${n} ${n === 1 ? 'treatment matches' : 'treatments match'} “octreotide”`]);
        // The one copy of the count: no other live region or status in the list says it again (the questions' own
        // region, which says only an add or a remove made with the list's buttons, stays empty).
        const others = $$(el, '[role="status"], [aria-live]').filter((region) => region !== live);
        expect(others.map((region) => region.className)).to.deep.equal(['ask-status visually-hidden']);
        expect(text(others[0])).to.equal('');
      } finally {
        stop();
      }
    });

    it('announces a filter change and "clear" after the same pause, once each', async () => {
      const el = await widget<NetTreatmentList>(html`<net-treatment-list></net-treatment-list>`);
      const live = $(el, '.count[role="status"]')!;
      const { said, stop } = recordLiveText(live);
      try {
        ($(el, '.filters input[value="chemotherapy"]') as HTMLInputElement).click();
        await el.updateComplete;
        ($(el, '.filters input[value="targeted"]') as HTMLInputElement).click();
        await el.updateComplete;
        expect(said).to.deep.equal([]);
        await waitUntil(() => said.length > 0, 'the count never changed', { timeout: TYPING_PAUSE_MS * 10 });
        const n = treatments.filter((t) => t.category === 'chemotherapy' || t.category === 'targeted').length;
        expect(said).to.deep.equal([`Showing ${n} treatments of the kinds you chose`]);
        await typeByKey(el, 'zzqx');
        await waitUntil(() => said.length > 1, 'the count never changed', { timeout: TYPING_PAUSE_MS * 10 });
        expect(said.at(-1)).to.equal('No treatment matches “zzqx”.');
        $(el, '.clear-button')!.click();
        await el.updateComplete;
        expect(said).to.have.length(2);
        await waitUntil(() => said.length > 2, 'the count never changed', { timeout: TYPING_PAUSE_MS * 10 });
        expect(said.at(-1)).to.equal(`Showing all ${treatments.length} treatments`);
      } finally {
        stop();
      }
    });

    it('still announces when the list is moved in the page while the count waits', async () => {
      const el = await widget<NetTreatmentList>(html`<net-treatment-list></net-treatment-list>`);
      await typeByKey(el, 'Xermelo');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      const live = $(el, '.count[role="status"]')!;
      await waitUntil(() => text(live) === '1 treatment matches “Xermelo”', `the count says "${text(live)}"`, { timeout: TYPING_PAUSE_MS * 10 });
    });

    it('starts with the count of a query set by the page, at once', async () => {
      const el = await widget<NetTreatmentList>(html`<net-treatment-list query="Xermelo"></net-treatment-list>`);
      expect(text($(el, '.count'))).to.equal('1 treatment matches “Xermelo”');
    });
  });

  describe('"Sources" in every footer', () => {
    /** The footer's "Sources": a heading at `level`, and the list of sources after it, named by it. */
    function expectSourcesHeading(scope: Element | ShadowRoot, level: number, what: string): void {
      const head = scope.querySelector<HTMLElement>('.footer-heading');
      expect(head?.localName, what).to.equal(`h${level}`);
      expect(text(head), what).to.equal(common.sources);
      const list = scope.querySelector<HTMLElement>('ul.sources')!;
      expect(list.previousElementSibling, `${what}: the list follows its heading`).to.equal(head);
      expect(list.getAttribute('aria-labelledby'), what).to.equal(head!.id);
      expect(head!.id, what).to.not.equal('');
    }

    for (const [tag, attrs] of [
      ['net-drug-card', 'drug="everolimus"'],
      ['net-diet-guide', ''],
      ['net-diet-guide', 'variant="checklist"'],
    ] as const) {
      it(`<${tag} ${attrs}> has it at the widget's sub-level (h3 by default, h5 under heading-level 4, never past h6)`, async () => {
        for (const [headingLevel, level] of [
          [undefined, 3],
          [4, 5],
          [6, 6],
        ] as const) {
          const el = await fixture<Widget>(`<${tag} ${attrs} ${headingLevel ? `heading-level="${headingLevel}"` : ''}></${tag}>`);
          await el.updateComplete;
          expectSourcesHeading($(el, '.net-part-footer')!, level, `${tag} ${attrs} heading-level=${headingLevel}`);
          expectNoSkippedLevel(headingsOf(el), tag);
        }
      });
    }

    it('in each treatment option, one level below the option’s heading, with ids unique in the list', async () => {
      const el = await widget<NetTreatmentList>(html`<net-treatment-list expanded></net-treatment-list>`);
      const options = $$(el, 'li.option');
      expect(options).to.have.length(treatments.length);
      for (const option of options) {
        const optionLevel = levelOf(option.querySelector('.option-heading')!);
        expectSourcesHeading(option.querySelector('.option-footer')!, Math.min(optionLevel + 1, 6), option.id);
      }
      const ids = $$(el, '.footer-heading').map((h) => h.id);
      expect(new Set(ids).size).to.equal(treatments.length);
      expectNoSkippedLevel(headingsOf(el), 'the list');
    });
  });

  describe('a term and its value are read apart', () => {
    const bananas = diet.groups.find((g) => g.foods.some((f) => f.id === 'bananas'))!;

    it('in the diet answer ("Advice:", "Group:", "Why:"), in the live region’s text and in innerText', async () => {
      const el = await widget<Widget>(html`<net-diet-guide query="bananas"></net-diet-guide>`);
      const live = $(el, '.answer[aria-live="polite"]')!;
      const spoken = spokenText(live);
      const advice = dietUi.advice[bananas.advice as 'avoid' | 'limit'];
      expect(spoken).to.contain(`${dietUi.answerAdvice} ${advice}. ${dietUi.answerGroup} ${bananas.name}. ${dietUi.answerWhy} `);
      expect(spoken).to.not.match(/[^.:!?\s] ?(Advice|Group|Why):/);
      // innerText (what read-aloud tools take): each term on a line of its own, after the value before it has ended.
      const facts = lines($(el, '.answer-facts')!);
      expect(facts.slice(0, 5)).to.deep.equal([
        dietUi.answerAdvice,
        advice,
        `. ${dietUi.answerGroup}`,
        bananas.name,
        `. ${dietUi.answerWhy}`,
      ]);
      expect(lines(live).join(' ')).to.contain(`${dietUi.answerAdvice} ${advice} . ${dietUi.answerGroup} ${bananas.name} . ${dietUi.answerWhy}`);
    });

    it('in the review dates of every footer ("Last reviewed:", "Next review due:")', async () => {
      const dates = `${common.lastReviewed} ${formatDate(diet.reviewed, 'en')}. ${common.nextReview} ${formatDate(diet.nextReview, 'en')}`;
      expect(common.lastReviewed).to.match(/:$/);
      expect(common.nextReview).to.match(/:$/);
      const guide = await widget<Widget>(html`<net-diet-guide></net-diet-guide>`);
      expect(spokenText($(guide, '.review-dates')!)).to.equal(dates);
      expect(lines($(guide, '.review-dates')!)).to.deep.equal([
        common.lastReviewed,
        formatDate(diet.reviewed, 'en'),
        `. ${common.nextReview}`,
        formatDate(diet.nextReview, 'en'),
      ]);
      const list = await widget<NetTreatmentList>(html`<net-treatment-list expanded></net-treatment-list>`);
      for (const dl of $$(list, '.review-dates')) expect(spokenText(dl)).to.match(/^Last reviewed: \d[^.]+\. Next review due: \d[^.]+$/);
      const card = await widget<Widget>(html`<net-drug-card drug="octreotide"></net-drug-card>`);
      expect(spokenText($(card, '.review-dates')!)).to.match(/^Last reviewed: \d[^.]+\. Next review due: \d[^.]+$/);
    });

    it('looks as before: the hidden stops take no room', async () => {
      const el = await widget<Widget>(html`<net-diet-guide query="bananas"></net-diet-guide>`);
      for (const stop of $$(el, '.facts .hidden-in-line')) {
        const box = stop.getBoundingClientRect();
        expect(box.width * box.height).to.be.at.most(1);
      }
    });
  });

  describe('a bold label and its words are read apart', () => {
    for (const tag of ['net-drug-card drug="everolimus"', 'net-treatment-list', 'net-diet-guide']) {
      it(`the disclaimer of <${tag}>: "${common.disclaimerLabel}: ${common.disclaimer.slice(0, 16)}…"`, async () => {
        const el = await fixture<Widget>(`<${tag}></${tag}>`);
        await el.updateComplete;
        expect(spokenText($(el, '.disclaimer')!)).to.equal(`${common.disclaimerLabel}: ${common.disclaimer}`);
      });
    }

    it('the notice of an entry due for review', async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      render(renderReviewNotice('2000-01-01', commonLabels('en')), container);
      expect(spokenText(container)).to.equal(`${common.reviewOverdueLabel} ${common.reviewOverdue}`);
    });
  });

  describe('no heading repeats the one before it in the treatment list', () => {
    const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    /** A host's own option: a copy of a bundled one, with its own id, name and category. */
    const own = (id: string, name: string, category: Treatment['category']): Treatment => ({
      ...clone(treatments.find((t) => t.category !== category)!),
      id,
      name,
      category,
    });
    const key = (heading: string) => heading.slice(3).trim().toLowerCase();
    function expectNoRepeat(headings: readonly string[], what: string): void {
      for (let i = 1; i < headings.length; i++) {
        expect(key(headings[i]!), `${what}: "${headings[i - 1]}" then "${headings[i]}"`).to.not.equal(key(headings[i - 1]!));
      }
    }
    async function shownList(template: ReturnType<typeof html>): Promise<NetTreatmentList> {
      const host = await fixture<HTMLElement>(html`<div>${template}</div>`);
      const el = host.querySelector<NetTreatmentList>('net-treatment-list')!;
      await waitUntil(() => $(el, '.net-part-base'), 'the list never rendered', { timeout: 5000 });
      await el.updateComplete;
      return el;
    }

    it('in the default list, closed and opened, in English, French and Spanish; levels never skip', async () => {
      for (const lang of LOCALES) {
        for (const expanded of [false, true]) {
          const el = await shownList(html`<net-treatment-list lang=${lang} ?expanded=${expanded}></net-treatment-list>`);
          const headings = headingsOf(el);
          const what = `${lang}${expanded ? ', every option open' : ''}`;
          expect(headings[0], what).to.match(/^h2 /);
          expectNoRepeat(headings, what);
          expectNoSkippedLevel(headings, what);
        }
      }
    });

    it('an option with its category’s name stands for the category’s heading, its button inside, the description after', async () => {
      const el = await widget<NetTreatmentList>(html`<net-treatment-list></net-treatment-list>`);
      const headings = headingsOf(el);
      const at = headings.indexOf(`h3 ${listUi.categories.chemotherapy.name}`);
      expect(at, headings.join(' | ')).to.be.greaterThan(0);
      expect(headings[at + 1]).to.equal('h4 Chemoradiation');
      const button = $(el, '#net-treatment-chemotherapy-toggle')!;
      expect(button.closest('h3'), 'the toggle is inside the heading').to.exist;
      const row = $(el, '#net-treatment-chemotherapy')!;
      expect(text(row.querySelector('.group-description'))).to.equal(listUi.categories.chemotherapy.description);
      // Its body's sections go one level below it.
      button.click();
      await el.updateComplete;
      expect([...row.querySelectorAll('.section-heading, .footer-heading')].every((h) => h.localName === 'h4')).to.be.true;
      expectNoSkippedLevel(headingsOf(el), 'Chemotherapy open');
      await expect(el).to.be.accessible();
    });

    it('a search that hides that option but not the others shows the category’s own heading and description', async () => {
      const el = await widget<NetTreatmentList>(html`<net-treatment-list query="chemoradiation"></net-treatment-list>`);
      const group = $(el, '.group[data-category="chemotherapy"]')!;
      const descriptions = () => [...group.querySelectorAll('.group-description')].filter(shown).map(text);
      expect(shown($(el, '#net-treatment-chemotherapy')!), 'the option named Chemotherapy does not match').to.be.false;
      expect(headingsOf(el).slice(0, 3)).to.deep.equal(['h2 Ways to treat NETs', `h3 ${listUi.categories.chemotherapy.name}`, 'h4 Chemoradiation']);
      expect(group.querySelector('h3')!.closest('li'), 'the category’s own heading').to.equal(null);
      expect(descriptions()).to.deep.equal([listUi.categories.chemotherapy.description]);
      expectNoRepeat(headingsOf(el), 'chemoradiation');
      // Cleared: the option leads again, and its heading is the category's one heading.
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect([...group.querySelectorAll('h3')].filter(shown).map((h) => h.closest('li')?.id)).to.deep.equal([idOf(el, 'net-treatment-chemotherapy')]);
      expect(descriptions()).to.deep.equal([listUi.categories.chemotherapy.description]);
      expectNoRepeat(headingsOf(el), 'cleared');
      // A search that both match ("mTOR": Targeted therapy names it too) shows the option as the heading, once.
      input.value = 'mTOR';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(headingsOf(el)).to.deep.equal(['h2 Ways to treat NETs', `h3 ${listUi.categories.targeted.name}`, 'h4 mTOR inhibitors']);
      const targeted = $$(el, '.group[data-category="targeted"] h3').filter(shown);
      expect(targeted.map((h) => h.closest('li')?.id)).to.deep.equal([idOf(el, 'net-treatment-targeted-therapy')]);
    });

    it('with host entries: one that has a category’s name leads it, a second option joins one that led alone, and runs of 100', async () => {
      const many = Array.from({ length: 150 }, (_, i) => own(`our-trial-${i}`, `Our trial number ${i}`, 'clinical-trials'));
      const entries = [own('our-radiotherapy', '  radiotherapy ', 'radiation'), ...many];
      const el = await widget<NetTreatmentList>(html`<net-treatment-list categories="radiation, clinical-trials" .entries=${entries}></net-treatment-list>`);
      // More than 100 options: the list renders the rest while the browser is idle, the last run last.
      await waitUntil(() => $$(el, '.group[data-category="clinical-trials"] ul.chunk').length === 2, 'every option rendered');
      const headings = headingsOf(el);
      expect(headings.slice(0, 4)).to.deep.equal(['h2 Ways to treat NETs', 'h3 radiotherapy', 'h4 Radiation therapy', 'h4 Internal radiation therapy']);
      expect(headings.slice(4, 6)).to.deep.equal([`h3 ${listUi.categories['clinical-trials'].name}`, 'h4 Our trial number 0']);
      expect($$(el, '.group[data-category="clinical-trials"] ul.chunk')).to.have.length(2);
      expectNoRepeat(headings, 'host entries');
      expectNoSkippedLevel(headings, 'host entries');
      const input = $(el, 'input[type="search"]') as HTMLInputElement;
      input.value = 'number 149';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(headingsOf(el)).to.deep.equal(['h2 Ways to treat NETs', `h3 ${listUi.categories['clinical-trials'].name}`, 'h4 Our trial number 149']);
    });
  });
});
