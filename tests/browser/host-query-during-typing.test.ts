/**
 * Issue 29's last point: in the diet guide, a `query` the host sets while the reader's typing pause runs (350 ms) is
 * the host's question, answered at once, not when the pause ends; what the reader typed is still answered after it.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/net-diet-guide.js';
import type { LitElement } from 'lit';
import { TYPING_PAUSE_MS } from '../../src/shared/typing-pause.js';

const answerText = (el: LitElement) => (el.shadowRoot ?? el).querySelector<HTMLElement>('[role="status"]')?.innerText ?? '';

describe('<net-diet-guide> query set by the host during the reader’s typing pause', () => {
  it('is answered at once', async () => {
    const el = await fixture<LitElement & { query: string }>(html`<net-diet-guide></net-diet-guide>`);
    await el.updateComplete;
    const box = (el.shadowRoot ?? el).querySelector<HTMLInputElement>('input[type="search"]')!;
    box.value = 'chees';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(answerText(el).toLowerCase(), 'typing waits for the pause').to.not.include('cheese');
    el.query = 'bananas';
    await el.updateComplete;
    expect(answerText(el).toLowerCase(), 'the host’s query, answered before the pause would end').to.include('banana');
    await aTimeout(TYPING_PAUSE_MS + 100);
    expect(answerText(el).toLowerCase(), 'and it stays the answer').to.include('banana');
  });

  it('the reader’s own typing is still answered after the pause', async () => {
    const el = await fixture<LitElement>(html`<net-diet-guide></net-diet-guide>`);
    await el.updateComplete;
    const box = (el.shadowRoot ?? el).querySelector<HTMLInputElement>('input[type="search"]')!;
    box.value = 'bananas';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(answerText(el).toLowerCase()).to.not.include('banana');
    await aTimeout(TYPING_PAUSE_MS + 100);
    await el.updateComplete;
    expect(answerText(el).toLowerCase()).to.include('banana');
  });
});
