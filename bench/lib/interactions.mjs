// Interactions on the phone profile, on demo/plain.html: typing in the treatment list's search and in the diet guide's
// "Can I eat …?" box, opening and closing a treatment option, and opening a medicine's drug card from an option.
//
// Each interaction is timed by the browser's Event Timing (PerformanceObserver 'event', durationThreshold 16): from
// the input's own time stamp to the next paint after its handlers ran (keydown and keyup, or pointerdown, pointerup
// and click, grouped by interactionId; the longest entry is the interaction's time, as INP takes it). An interaction
// with no entry took under 16 ms and counts as 16 ms.
//
// Typing also has work that waits for a pause (TYPING_PAUSE_MS in src/shared/typing-pause.ts, 350 ms): the list's
// result count and the diet guide's answer change only then. A MutationObserver on that part of the shadow root sees
// the change; a message posted from the next animation frame marks its paint. Reported from the end of the pause (the
// last input event + 350 ms) to that paint, and from the last key press.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPageHelpers, withTimeout } from './browser.mjs';
import { SlowdownChecks, checkSlowdown, phonePage } from './phone.mjs';
import { summarise } from './stats.mjs';

/** Reads TYPING_PAUSE_MS from src/shared/typing-pause.ts (the bench runs plain Node, not TypeScript). */
export function typingPauseMs(root) {
  const text = readFileSync(join(root, 'src/shared/typing-pause.ts'), 'utf8');
  const ms = Number(text.match(/TYPING_PAUSE_MS\s*=\s*(\d+)/)?.[1]);
  if (!ms) throw new Error('Could not read TYPING_PAUSE_MS from src/shared/typing-pause.ts');
  return ms;
}

/** In every document, before its scripts: Event Timing entries, and the key and pointer time stamps. */
export function watchInteractions() {
  const ix = (window.__ix = { entries: [], deferred: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      ix.entries.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration, processing: e.processingEnd - e.processingStart });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  ix.take = () => {
    const out = ix.entries;
    ix.entries = [];
    return out;
  };
  /**
   * Watches `region` (a selector in `widget`'s shadow root) for the change that follows a pause in typing: every
   * change that comes at least `minDelay` ms after the last input event is recorded, with the paint that showed it.
   */
  ix.watchDeferred = (widget, region, minDelay) => {
    const host = document.querySelector(widget);
    const root = host.shadowRoot;
    let lastInput = 0;
    let lastKey = 0;
    root.addEventListener('input', () => (lastInput = performance.now()), { capture: true });
    root.addEventListener('keydown', (e) => (lastKey = e.timeStamp), { capture: true });
    let pending = false;
    new MutationObserver(() => {
      const now = performance.now();
      if (pending || lastInput === 0 || now - lastInput < minDelay) return;
      pending = true;
      const sample = { input: lastInput, key: lastKey, changed: now, text: root.querySelector(region)?.textContent.replace(/\s+/g, ' ').trim().slice(0, 80) };
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          sample.painted = performance.now();
          ix.deferred.push(sample);
          pending = false;
        };
        channel.port2.postMessage(0);
      });
    }).observe(root.querySelector(region), { subtree: true, childList: true, characterData: true });
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The longest entry of each interaction (by interactionId), and how many interactions left no entry. */
function perInteraction(entries, actions) {
  const byId = new Map();
  for (const e of entries) if (e.id > 0) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  const durations = [...byId.values()];
  const under16 = Math.max(0, actions - durations.length);
  return { durations: [...durations, ...Array(under16).fill(16)], under16, extra: Math.max(0, durations.length - actions) };
}

/** Types `text` key by key, a key every `gapMs` at most (a phone typist), then deletes it the same way. */
async function typeAndDelete(page, locator, text, { gapMs, pauseMs }) {
  const keys = [...text];
  let last = 0;
  const press = async (key) => {
    const wait = last + gapMs - Date.now();
    if (wait > 0) await sleep(wait);
    last = Date.now();
    await locator.press(key);
  };
  const deferredBefore = await page.evaluate(() => window.__ix.deferred.length);
  for (const k of keys) await press(k);
  await waitDeferred(page, deferredBefore + 1, pauseMs);
  for (let i = 0; i < keys.length; i++) await press('Backspace');
  await waitDeferred(page, deferredBefore + 2, pauseMs);
  return keys.length * 2;
}

async function waitDeferred(page, n, pauseMs) {
  await page.waitForFunction((count) => window.__ix.deferred.length >= count, n, { timeout: pauseMs + 15000, polling: 100 });
}

/** Taps `locator` (scrolled into view first, then left to settle, so the tap is the only thing measured). */
async function tap(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  await sleep(150);
  await locator.tap();
  await sleep(350);
}

/** Reads the entries of what was just done, after giving the last paint's entries time to arrive. */
async function take(page) {
  await sleep(300);
  return page.evaluate(() => window.__ix.take());
}

/**
 * Every kind of interaction on one loaded page, checked for the slowdown after each word and each option (and done
 * again if it did not hold). Returns samples per kind.
 */
async function interactOnce(browser, url, { queries, foods, disclosures, drugOptions, gapMs, pauseMs, checks }) {
  const { page, cdp, close, problems } = await phonePage(browser);
  try {
    await page.addInitScript(installPageHelpers);
    await page.addInitScript(watchInteractions);
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await withTimeout(page.evaluate(() => window.__bench.settled()), 60000, 'the widgets of demo/plain.html to render');
    // Start from a page at rest: after the idle work the widgets leave for later (the search index, say).
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })));
    await sleep(500);
    await page.evaluate(
      ({ pause }) => {
        window.__ix.watchDeferred('net-treatment-list', '.count', pause - 50);
        window.__ix.watchDeferred('net-diet-guide', '.answer', pause - 50);
      },
      { pause: pauseMs },
    );
    const list = page.locator('net-treatment-list');
    const diet = page.locator('net-diet-guide');
    const out = { listTyping: [], dietTyping: [], listDeferred: [], dietDeferred: [], disclosureOpen: [], disclosureClose: [], drugCardOpen: [], drugCardClose: [], under16: 0, extra: 0 };

    /**
     * Runs one unit (a word typed and deleted, an option opened and closed); keeps its samples only if the slowdown held
     * through it, else runs it again (at most twice more).
     */
    const unit = async (fn) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        await take(page);
        const deferredFrom = await page.evaluate(() => window.__ix.deferred.length);
        const samples = await fn();
        const check = await checkSlowdown(page, cdp);
        if (!checks.note(check)) continue;
        const deferred = await page.evaluate((from) => window.__ix.deferred.slice(from), deferredFrom);
        return { samples, deferred };
      }
      return null;
    };
    const count = (p) => {
      out.under16 += p.under16;
      out.extra += p.extra;
      return p.durations;
    };

    const typing = async (field, words, into, deferredInto) => {
      await tap(page, field);
      for (const w of words) {
        const r = await unit(async () => {
          const actions = await typeAndDelete(page, field, w, { gapMs, pauseMs });
          return perInteraction(await take(page), actions);
        });
        if (!r) continue;
        out[into].push(...count(r.samples));
        for (const d of r.deferred) out[deferredInto].push({ afterPause: d.painted - (d.input + pauseMs), afterKey: d.painted - d.key, text: d.text });
      }
    };
    await typing(list.locator('input[type="search"]'), queries, 'listTyping', 'listDeferred');
    await typing(diet.locator('#food-query'), foods, 'dietTyping', 'dietDeferred');

    /** Taps `locator` and returns the tap's time (Event Timing). */
    const one = async (locator) => {
      await take(page);
      await tap(page, locator);
      return count(perInteraction(await take(page), 1))[0];
    };
    for (const id of disclosures) {
      const toggle = list.locator(`#net-treatment-${id}-toggle`);
      const r = await unit(async () => ({ open: await one(toggle), close: await one(toggle) }));
      if (!r) continue;
      out.disclosureOpen.push(r.samples.open);
      out.disclosureClose.push(r.samples.close);
    }
    for (const { id, drug } of drugOptions) {
      const toggle = list.locator(`#net-treatment-${id}-toggle`);
      const r = await unit(async () => {
        await tap(page, toggle);
        const open = await one(list.locator(`#net-treatment-${id}-body button.drug-button[data-drug="${drug}"]`));
        const shown = await page.evaluate(
          ({ option, d }) =>
            !!document.querySelector('net-treatment-list').shadowRoot.querySelector(`#net-treatment-${option}-drug net-drug-card[drug="${d}"]`)?.shadowRoot?.querySelector('[part~="heading"]'),
          { option: id, d: drug },
        );
        if (!shown) throw new Error(`bench: tapping ${drug} in ${id} did not open its drug card`);
        const close = await one(list.locator(`#net-treatment-${id}-drug button.drug-close`));
        await tap(page, toggle);
        return { open, close };
      });
      if (!r) continue;
      out.drugCardOpen.push(r.samples.open);
      out.drugCardClose.push(r.samples.close);
    }
    out.problems = problems;
    return out;
  } finally {
    await close();
  }
}

/** Median and worst of each kind, over `loads` page loads. */
export async function measureInteractions(browser, { url, root, loads, quick }) {
  const pauseMs = typingPauseMs(root);
  const options = {
    queries: quick ? ['liver'] : ['liver', 'octreotide', 'scan'],
    foods: quick ? ['banana'] : ['banana', 'cheese', 'red wine'],
    disclosures: quick ? ['surgery', 'liver-surgery'] : ['surgery', 'liver-surgery', 'chemoembolisation', 'radiation-therapy'],
    drugOptions: quick
      ? [{ id: 'somatostatin-analogues', drug: 'octreotide' }]
      : [
          { id: 'somatostatin-analogues', drug: 'octreotide' },
          { id: 'prrt', drug: 'lutetium-177' },
          { id: 'targeted-therapy', drug: 'everolimus' },
        ],
    gapMs: 200,
    pauseMs,
  };
  const checks = new SlowdownChecks();
  const all = { listTyping: [], dietTyping: [], listDeferred: [], dietDeferred: [], disclosureOpen: [], disclosureClose: [], drugCardOpen: [], drugCardClose: [] };
  let under16 = 0;
  let extra = 0;
  const problems = new Set();
  for (let i = 0; i < loads; i++) {
    const r = await interactOnce(browser, url, { ...options, checks });
    for (const k of Object.keys(all)) all[k].push(...r[k]);
    under16 += r.under16;
    extra += r.extra;
    r.problems.forEach((p) => problems.add(p));
  }
  const stat = (xs) => (xs.length ? summarise(xs, 1) : null);
  return {
    typingPauseMs: pauseMs,
    keyGapMs: options.gapMs,
    loads,
    kinds: {
      listTyping: stat(all.listTyping),
      dietTyping: stat(all.dietTyping),
      listDeferred: stat(all.listDeferred.map((d) => d.afterPause)),
      listDeferredFromKey: stat(all.listDeferred.map((d) => d.afterKey)),
      dietDeferred: stat(all.dietDeferred.map((d) => d.afterPause)),
      dietDeferredFromKey: stat(all.dietDeferred.map((d) => d.afterKey)),
      disclosureOpen: stat(all.disclosureOpen),
      disclosureClose: stat(all.disclosureClose),
      drugCardOpen: stat(all.drugCardOpen),
      drugCardClose: stat(all.drugCardClose),
    },
    answers: { list: [...new Set(all.listDeferred.map((d) => d.text))].slice(0, 6), diet: [...new Set(all.dietDeferred.map((d) => d.text))].slice(0, 6) },
    interactionsUnder16ms: under16,
    unmatchedInteractions: extra,
    options: { queries: options.queries, foods: options.foods, disclosures: options.disclosures, drugOptions: options.drugOptions },
    slowdown: checks.summary(),
    problems: [...problems],
  };
}
