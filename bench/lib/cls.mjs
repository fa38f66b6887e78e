// Layout shift while the widgets upgrade: the page is painted with the widgets' fallback content first, then the
// script defines them. Measured with the script as fast as this machine serves it, and with it held back (a slow
// CDN), which is when a reader sees the page jump.
import { freshPage, installPageHelpers, withTimeout } from './browser.mjs';
import { median, round } from './stats.mjs';

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 412, height: 823 } };

/** Starts collecting layout shifts before any page script runs. */
function collectShifts() {
  window.__shifts = [];
  const describe = (node) =>
    node && node.nodeType === 1
      ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`
      : node
        ? node.nodeName
        : '?';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push({
        value: entry.value,
        at: entry.startTime,
        sources: entry.sources.map((s) => ({
          node: describe(s.node),
          from: [s.previousRect.y, s.previousRect.height].map(Math.round),
          to: [s.currentRect.y, s.currentRect.height].map(Math.round),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function clsOnce(browser, url, viewport, delayMs) {
  const { page, close, problems } = await freshPage(browser, viewport);
  await page.addInitScript(installPageHelpers);
  await page.addInitScript(collectShifts);
  if (delayMs > 0) {
    await page.route(/\/dist\/cdn\/[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await route.continue();
    });
  }
  await page.goto(url, { waitUntil: 'load' });
  const result = await withTimeout(page.evaluate(async () => {
    await window.__bench.settled();
    for (let i = 0; i < 5; i++) await window.__bench.afterNextPaint();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const tags = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('net-'));
    return { shifts: window.__shifts, fcp, upgraded: window.__bench.widgets().length, tags: tags.length };
  }), 30000, `layout shifts of ${url}`);
  await close();
  // A widget that never upgraded (its script failed) moves nothing: that would be a false 0.
  if (result.tags === 0 || result.upgraded < result.tags) {
    throw new Error(`bench: only ${result.upgraded} of ${result.tags} widgets upgraded on ${url}: ${problems.join('; ')}`);
  }
  return { cls: result.shifts.reduce((sum, s) => sum + s.value, 0), ...result, problems };
}

/** Throws unless every widget on the page upgrades (a blocked script would make any score meaningless). */
export async function assertWidgetsUpgrade(browser, url) {
  await clsOnce(browser, url, VIEWPORTS.desktop, 0);
}

/**
 * CLS of one page at each viewport, with the script immediate and delayed. Each figure is the median of `runs`
 * loads; the largest shifts of the worst load are kept, to say what moved.
 */
export async function measureCls(browser, { url, runs = 3, delayMs = 800 }) {
  const out = {};
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    for (const delay of [0, delayMs]) {
      const loads = [];
      for (let r = 0; r < runs; r++) loads.push(await clsOnce(browser, url, viewport, delay));
      const worst = loads.reduce((a, b) => (b.cls > a.cls ? b : a));
      out[`${name}${delay ? `-script-delayed-${delay}ms` : ''}`] = {
        cls: round(median(loads.map((l) => l.cls)), 4),
        worst: round(worst.cls, 4),
        widgets: worst.upgraded,
        shifts: worst.shifts
          .sort((a, b) => b.value - a.value)
          .slice(0, 3)
          .map((s) => ({ value: round(s.value, 4), atMs: Math.round(s.at), sources: s.sources.slice(0, 3) })),
        problems: [...new Set(loads.flatMap((l) => l.problems))],
      };
    }
  }
  const worstCls = Math.max(...Object.values(out).map((x) => x.cls));
  return { url, byCase: out, worstCls };
}
