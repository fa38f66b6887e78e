// Many <net-drug-card>s on one page (each a bundled drug, in turn): render time, elements and heap.
import { freshPage, installPageHelpers, whenDefined, withTimeout } from './browser.mjs';
import { scalePage, writePage } from './pages.mjs';
import { growth, heapDelta, heapUsage } from './scale.mjs';
import { summarise } from './stats.mjs';

/** In the page: adds `count` drug cards at once, and times them until they have rendered and been painted. */
async function renderCardsInPage({ count, drugIds }) {
  const t0 = performance.now();
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const card = document.createElement('net-drug-card');
    card.setAttribute('drug', drugIds[i % drugIds.length]);
    fragment.append(card);
  }
  document.body.append(fragment);
  await window.__bench.settled();
  const painted = (await window.__bench.afterNextPaint()) - t0;
  const cards = [...document.querySelectorAll('net-drug-card')];
  const bad = cards.filter((c) => c.currentProblem).map((c) => `${c.getAttribute('drug')}: ${c.currentProblem.message}`);
  return { painted, bad, elements: window.__bench.countElements() };
}

export async function measureDrugCards(browser, { origin, pagesDir, counts, runs, drugIds }) {
  const url = `${origin}${writePage(pagesDir, 'scale/drug-cards.html', scalePage('net-drug-card'))}`;
  const byCount = [];
  for (const count of counts) {
    const times = [];
    let heap;
    let elements;
    const problems = new Set();
    for (let r = 0; r < runs; r++) {
      const { page, close, problems: pageProblems } = await freshPage(browser);
      await page.addInitScript(installPageHelpers);
      await page.goto(url, { waitUntil: 'load' });
      await whenDefined(page, 'net-drug-card');
      const cdp = await page.context().newCDPSession(page);
      const before = await heapUsage(cdp);
      const result = await withTimeout(page.evaluate(renderCardsInPage, { count, drugIds }), 60000, `render of ${count} drug cards`);
      const after = await heapUsage(cdp);
      if (result.bad.length) throw new Error(`<net-drug-card> showed problems: ${result.bad.slice(0, 3).join('; ')}`);
      times.push(result.painted);
      elements = result.elements;
      if (r === 0) heap = heapDelta(before, after, count);
      pageProblems.forEach((p) => problems.add(p));
      await close();
    }
    byCount.push({ cards: count, renderMs: summarise(times), elements, heap, problems: [...problems] });
  }
  return { byCount, growth: growth(byCount.map((c) => ({ n: c.cards, ms: c.renderMs.median }))) };
}
