// What assistive technology hears (issue 24): the treatment list's count is announced once typing pauses, "Sources" is
// a heading that names its list, a term and its value are read apart, and no heading repeats the one before it.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NetTreatmentList } from '../../src/treatment-list/treatment-list.js';
import { TYPING_PAUSE_MS } from '../../src/shared/typing-pause.js';
import { treatments } from '../../src/content/treatments.js';
import type { Widget } from './stories.js';

const root = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => root(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Rendered (so in the accessibility tree, unless hidden from it): has a box. */
const shown = (node: Element) => node.getClientRects().length > 0;

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
        // The one copy of the count: no other live region or status in the list says it again.
        expect($$(el, '[role="status"], [aria-live]')).to.have.length(1);
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

    it('starts with the count of a query set by the page, at once', async () => {
      const el = await widget<NetTreatmentList>(html`<net-treatment-list query="Xermelo"></net-treatment-list>`);
      expect(text($(el, '.count'))).to.equal('1 treatment matches “Xermelo”');
    });
  });
});
