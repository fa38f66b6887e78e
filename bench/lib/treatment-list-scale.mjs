// Scale of <net-treatment-list>: 100, 1,000 and 10,000 synthetic host entries through its `entries` property: first
// render, heap, and filter keystrokes typed into its search box.
import { freshPage, installPageHelpers, whenDefined, withTimeout } from './browser.mjs';
import { scalePage, writePage } from './pages.mjs';
import { growth, heapDelta, heapUsage } from './scale.mjs';
import { makeTreatments } from './synthetic.mjs';
import { summarise } from './stats.mjs';

/** Time allowed per list size for keystrokes, and for first-render runs beyond the first: the bench stays bounded. */
const KEYSTROKE_BUDGET_MS = 25000;
const RENDER_BUDGET_MS = 30000;

/** In the page: adds a list with the synthetic entries, and times it until it has rendered and been painted. */
async function renderListInPage() {
  const t0 = performance.now();
  const el = document.createElement('net-treatment-list');
  el.entries = window.__entries;
  document.body.append(el);
  await window.__bench.settled();
  const updated = performance.now() - t0;
  const painted = (await window.__bench.afterNextPaint()) - t0;
  const root = el.shadowRoot;
  // A long list renders its options a chunk at a time when the browser is idle: until every one is in the DOM.
  while (root.querySelectorAll('li.option').length < window.__expectOptions && performance.now() - t0 < 120000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const complete = performance.now() - t0;
  const alert = root.querySelector('[role="alert"]');
  return {
    updated,
    painted,
    complete,
    options: root.querySelectorAll('li.option').length,
    alert: alert ? alert.textContent.replace(/\s+/g, ' ').trim().slice(0, 400) : null,
    elements: window.__bench.countElements(),
  };
}

async function treatmentListRun(browser, url, size, synth, withKeystrokes, queries, bundledCount) {
  const { page, close, problems } = await freshPage(browser);
  await page.addInitScript(installPageHelpers);
  await page.goto(url, { waitUntil: 'load' });
  await whenDefined(page, 'net-treatment-list');
  await page.evaluate(`window.__entries = (${makeTreatments.toString()})(${JSON.stringify({ ...synth, count: size })}); 0`);
  await page.evaluate((n) => (window.__expectOptions = n), size + bundledCount);
  const cdp = await page.context().newCDPSession(page);
  const before = await heapUsage(cdp);
  const render = await withTimeout(page.evaluate(renderListInPage), 120000, `first render of ${size} entries`);
  const after = await heapUsage(cdp);
  let keys = null;
  if (withKeystrokes) keys = await typeQueries(page, queries, KEYSTROKE_BUDGET_MS);
  await close();
  return { render, heap: heapDelta(before, after, size), keys, problems };
}

/**
 * Types each query one character at a time into the search box, then deletes it one character at a time. For each
 * keystroke: from the `input` event to the first animation frame after Lit's updateComplete (the update is done and
 * the frame that shows it begins), and to after that frame's paint (style, layout and paint included).
 */
async function typeQueries(page, queries, budgetMs) {
  await page.evaluate(() => {
    const el = document.querySelector('net-treatment-list');
    const input = el.shadowRoot.querySelector('input[type="search"]');
    window.__keys = [];
    let t0 = 0;
    // The clock starts as the event reaches the shadow root (before the widget's own listener on the search box)...
    el.shadowRoot.addEventListener('input', () => (t0 = performance.now()), { capture: true });
    // ...and the update is awaited once the event bubbles out of it (composed), when the widget has asked for one.
    el.addEventListener('input', () => {
      const start = t0;
      const sample = {};
      el.updateComplete.then(() => {
        sample.updated = performance.now() - start;
        requestAnimationFrame(() => {
          sample.frame = performance.now() - start;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            sample.painted = performance.now() - start;
            sample.shown = el.shadowRoot.querySelector('.count')?.textContent.trim();
            window.__keys.push(sample);
          };
          channel.port2.postMessage(0);
        });
      });
    });
    input.focus();
  });
  let expected = 0;
  const press = async (key) => {
    await page.keyboard.press(key);
    expected++;
    await page.waitForFunction((n) => window.__keys.length >= n, expected, { timeout: 60000 });
  };
  // Bounded run time: always one whole query (typed, then deleted), more only while within the budget.
  const started = Date.now();
  const typed = [];
  for (const query of queries) {
    if (typed.length > 0 && Date.now() - started > budgetMs) break;
    for (const ch of query) await press(ch);
    for (let i = 0; i < query.length; i++) await press('Backspace');
    typed.push(query);
  }
  const samples = await page.evaluate(() => window.__keys);
  return {
    elapsedMs: Date.now() - started,
    // Where the time goes: Lit's update and the widget's own code (input to updateComplete), then waiting for the
    // frame, then style, layout and paint (frame to painted).
    toUpdated: summarise(samples.map((s) => s.updated)),
    toFrame: summarise(samples.map((s) => s.frame)),
    toPaint: summarise(samples.map((s) => s.painted)),
    keystrokes: samples.length,
    queries: typed,
    slowest: samples.reduce((a, b) => (b.painted > a.painted ? b : a)),
  };
}

export async function measureTreatmentList(browser, { origin, pagesDir, sizes, runs, synth, bundledCount, queries }) {
  const url = `${origin}${writePage(pagesDir, 'scale/treatment-list.html', scalePage('net-treatment-list'))}`;
  const bySize = [];
  for (const size of sizes) {
    const renders = [];
    let heap;
    let keys;
    const problems = new Set();
    const sizeStarted = Date.now();
    for (let r = 0; r < runs; r++) {
      if (r > 0 && Date.now() - sizeStarted - (keys?.elapsedMs ?? 0) > RENDER_BUDGET_MS) break;
      const run = await treatmentListRun(browser, url, size, synth, r === 0, queries, bundledCount);
      if (run.render.alert || run.render.options !== size + bundledCount) {
        throw new Error(
          `<net-treatment-list> showed ${run.render.options} options for ${size} synthetic + ${bundledCount} bundled entries` +
            (run.render.alert ? `; it says: ${run.render.alert}` : ''),
        );
      }
      renders.push(run.render);
      run.problems.forEach((p) => problems.add(p));
      if (r === 0) {
        heap = run.heap;
        keys = run.keys;
      }
    }
    bySize.push({
      entries: size,
      firstRenderMs: summarise(renders.map((x) => x.painted)),
      updateMs: summarise(renders.map((x) => x.updated)),
      completeMs: summarise(renders.map((x) => x.complete)),
      elements: renders[0].elements,
      heap,
      keystroke: keys,
      problems: [...problems],
    });
  }
  return {
    bySize,
    firstRenderGrowth: growth(bySize.map((s) => ({ n: s.entries, ms: s.firstRenderMs.median }))),
    keystrokeGrowth: growth(bySize.map((s) => ({ n: s.entries, ms: s.keystroke.toPaint.median }))),
  };
}
