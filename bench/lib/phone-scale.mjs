// The treatment list at scale on the phone profile: 10,000 synthetic host entries (the `entries` property) beside the
// 24 bundled ones, on a page that has loaded net-treatment-list.js and nothing else. First screen: from adding the
// element to the paint of the first frame in which its heading and first option have a box (checked at every
// animation frame); then until every option is in the DOM (a long list renders the others a chunk at a time when the
// browser is idle) and the page has been quiet for a second, with every long task on the way. Then typing into its search, timed by Event Timing, and the count that follows the pause, as in
// interactions.mjs. Sizes take turns, each load in a fresh context, each checked for the slowdown.
import { installPageHelpers, whenDefined, withTimeout } from './browser.mjs';
import { watchInteractions } from './interactions.mjs';
import { SlowdownChecks, checkSlowdown, phonePage } from './phone.mjs';
import { scalePage, writePage } from './pages.mjs';
import { makeTreatments } from './synthetic.mjs';
import { median, quantile, round, summarise } from './stats.mjs';

/** In the page: adds a list (with the synthetic entries, if any) and times its first screen. */
async function firstScreenInPage() {
  const longTasks = [];
  let t0 = Infinity;
  // Entries of earlier tasks (making the synthetic entries) can still arrive: only tasks that end after t0 count
  // (the one that renders the list began with this function, just before t0).
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime + e.duration >= t0) longTasks.push({ start: e.startTime - t0, duration: e.duration });
  });
  observer.observe({ type: 'longtask' });
  const el = document.createElement('net-treatment-list');
  const painted = new Promise((resolve) => {
    const check = () => {
      const root = el.shadowRoot;
      const heading = root?.querySelector('[part~="heading"]');
      const option = root?.querySelector('li.option');
      if (!heading || !option || option.getClientRects().length === 0) return requestAnimationFrame(check);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(check);
  });
  t0 = performance.now();
  if (window.__entries) el.entries = window.__entries;
  document.body.append(el);
  const firstScreen = (await painted) - t0;
  await window.__bench.settled();
  // A long list renders its options a chunk at a time when the browser is idle: until every one is in the DOM.
  while (el.shadowRoot.querySelectorAll('li.option').length < window.__expectOptions && performance.now() - t0 < 120000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const settled = performance.now() - t0;
  // Until a second has passed with no long task (at most 60 s): work left for later counts too.
  for (const start = performance.now(); ; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const lastEnd = Math.max(t0, ...longTasks.map((t) => t0 + t.start + t.duration));
    if (performance.now() - lastEnd >= 1000 || performance.now() - start > 60000) break;
  }
  observer.disconnect();
  const root = el.shadowRoot;
  const alert = root.querySelector('[role="alert"]');
  return {
    firstScreen,
    settled,
    longestTask: Math.max(0, ...longTasks.map((t) => t.duration)),
    // Work the list leaves for after its first screen (the search index, say), while the reader may already type.
    longestTaskAfter: Math.max(0, ...longTasks.filter((t) => t.start >= firstScreen).map((t) => t.duration)),
    // From adding the element: when each long task began (negative: before it was added, in the same task) and took.
    longTasks: longTasks.map((t) => ({ start: Math.round(t.start), duration: Math.round(t.duration) })),
    options: root.querySelectorAll('li.option').length,
    alert: alert ? alert.textContent.replace(/\s+/g, ' ').trim().slice(0, 300) : null,
    elements: window.__bench.countElements(),
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types each query key by key (a key every `gapMs` at most) and deletes it; Event Timing per key, and the count. */
async function typeInList(page, queries, { gapMs, pauseMs }) {
  await page.evaluate((pause) => window.__ix.watchDeferred('net-treatment-list', '.count', pause - 50), pauseMs);
  const field = page.locator('net-treatment-list input[type="search"]');
  await field.scrollIntoViewIfNeeded();
  await field.tap();
  await sleep(500);
  await page.evaluate(() => window.__ix.take());
  let actions = 0;
  let last = 0;
  let waitFor = 0;
  const press = async (key) => {
    const wait = last + gapMs - Date.now();
    if (wait > 0) await sleep(wait);
    last = Date.now();
    await field.press(key);
    actions++;
  };
  for (const q of queries) {
    for (const ch of q) await press(ch);
    await page.waitForFunction((n) => window.__ix.deferred.length >= n, ++waitFor, { timeout: 60000, polling: 100 });
    for (let i = 0; i < q.length; i++) await press('Backspace');
    await page.waitForFunction((n) => window.__ix.deferred.length >= n, ++waitFor, { timeout: 60000, polling: 100 });
  }
  await sleep(500);
  const { entries, deferred } = await page.evaluate(() => ({ entries: window.__ix.take(), deferred: window.__ix.deferred }));
  const byId = new Map();
  for (const e of entries) if (e.id > 0) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  const durations = [...byId.values()];
  const under16 = Math.max(0, actions - durations.length);
  return {
    keys: actions,
    durations: [...durations, ...Array(under16).fill(16)],
    under16,
    deferred: deferred.map((d) => ({ afterPause: d.painted - (d.input + pauseMs), afterKey: d.painted - d.key })),
  };
}

async function loadOnce(browser, url, { size, synth, typing, queries, gapMs, pauseMs, options }) {
  const { page, cdp, close, problems } = await phonePage(browser);
  try {
    await page.addInitScript(installPageHelpers);
    await page.addInitScript(watchInteractions);
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await whenDefined(page, 'net-treatment-list', 60000);
    if (size > 0) {
      await page.evaluate(`window.__entries = (${makeTreatments.toString()})(${JSON.stringify({ ...synth, count: size })}); 0`);
    }
    await page.evaluate((n) => (window.__expectOptions = n), options);
    await sleep(300);
    const screen = await withTimeout(page.evaluate(firstScreenInPage), 180000, `first screen of ${size || 'the bundled'} entries`);
    const typed = typing ? await typeInList(page, queries, { gapMs, pauseMs }) : null;
    const check = await checkSlowdown(page, cdp);
    return { check, screen, typed, problems };
  } finally {
    await close();
  }
}

export async function measurePhoneScale(browser, { origin, pagesDir, runs, synth, bundledCount, size = 10000, queries, pauseMs }) {
  const url = `${origin}${writePage(pagesDir, 'scale/treatment-list.html', scalePage('net-treatment-list'))}`;
  const checks = new SlowdownChecks();
  const sizes = [0, size];
  const screens = { 0: [], [size]: [] };
  const typing = { 0: null, [size]: null };
  const ratios = [];
  const problems = new Set();
  for (let r = 0; r < runs; r++) {
    const round_ = {};
    for (const s of r % 2 ? [...sizes].reverse() : sizes) {
      const run = await checks.run(() =>
        loadOnce(browser, url, { size: s, synth, typing: typing[s] === null, queries, gapMs: 200, pauseMs, options: s + bundledCount }),
      );
      if (!run) continue;
      if (run.screen.alert || run.screen.options !== s + bundledCount) {
        throw new Error(`<net-treatment-list> showed ${run.screen.options} options for ${s} synthetic + ${bundledCount} bundled entries${run.screen.alert ? `; it says: ${run.screen.alert}` : ''}`);
      }
      screens[s].push(run.screen);
      if (run.typed) typing[s] = run.typed;
      round_[s] = run.screen.firstScreen;
      run.problems.forEach((p) => problems.add(p));
    }
    if (round_[0] && round_[size]) ratios.push(round_[size] / round_[0]);
  }
  const describe = (s) => ({
    entries: s + bundledCount,
    firstScreenMs: summarise(screens[s].map((x) => x.firstScreen)),
    settledMs: summarise(screens[s].map((x) => x.settled)),
    longestTaskMs: summarise(screens[s].map((x) => x.longestTask)),
    longestTaskAfterMs: summarise(screens[s].map((x) => x.longestTaskAfter)),
    elements: screens[s][0]?.elements,
    longTasks: screens[s][0]?.longTasks,
    typing: typing[s]
      ? {
          keys: typing[s].keys,
          under16: typing[s].under16,
          ms: summarise(typing[s].durations, 1),
          countAfterPause: summarise(typing[s].deferred.map((d) => d.afterPause), 1),
          countAfterKey: summarise(typing[s].deferred.map((d) => d.afterKey), 1),
        }
      : null,
  });
  const bundled = describe(0);
  const large = describe(size);
  return {
    queries,
    bundled,
    large,
    firstScreenRatio: { median: round(median(ratios)), p25: round(quantile(ratios, 0.25)), p75: round(quantile(ratios, 0.75)), rounds: ratios.length },
    typingRatio: bundled.typing && large.typing ? round(large.typing.ms.median / bundled.typing.ms.median) : null,
    slowdown: checks.summary(),
    problems: [...problems],
  };
}
