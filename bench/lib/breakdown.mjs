// Where the render time goes: loading and running net-widgets.js with no widget on the page, then each widget on its
// own (added by script, timed until painted). Every run is a fresh page; medians are reported.
import { freshPage, installPageHelpers, whenDefined, withTimeout } from './browser.mjs';
import { RENDER_WIDGETS, scalePage, writePage } from './pages.mjs';
import { summarise } from './stats.mjs';

/** In the page: adds one widget with its attributes and times it until it has rendered and been painted. */
async function renderOneInPage({ tag, attrs }) {
  const host = document.createElement('div');
  host.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = host.firstElementChild;
  const t0 = performance.now();
  document.body.append(el);
  await window.__bench.settled();
  const updated = performance.now() - t0;
  const painted = (await window.__bench.afterNextPaint()) - t0;
  return { updated, painted, elements: window.__bench.countElements() };
}

export async function measureBreakdown(browser, { origin, pagesDir, runs }) {
  const url = `${origin}${writePage(pagesDir, 'render/script-only.html', scalePage('net-widgets'))}`;
  const script = { fetched: [], evaluated: [] };
  const widgets = Object.fromEntries(RENDER_WIDGETS.map((w) => [w.tag, { updated: [], painted: [], elements: 0 }]));
  for (let r = 0; r < runs; r++) {
    for (const w of RENDER_WIDGETS) {
      const { page, close } = await freshPage(browser);
      await page.addInitScript(installPageHelpers);
      await page.goto(url, { waitUntil: 'load' });
      await whenDefined(page, w.tag);
      if (w === RENDER_WIDGETS[0]) {
        // Module scripts run before DOMContentLoaded: from the file's last byte to then is parse, compile and run.
        const t = await page.evaluate(() => {
          const file = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/net-widgets.js'));
          const nav = performance.getEntriesByType('navigation')[0];
          return { fetched: file.responseEnd, evaluated: nav.domContentLoadedEventStart - file.responseEnd };
        });
        script.fetched.push(t.fetched);
        script.evaluated.push(t.evaluated);
      }
      const one = await withTimeout(page.evaluate(renderOneInPage, w), 30000, `rendering <${w.tag}>`);
      widgets[w.tag].updated.push(one.updated);
      widgets[w.tag].painted.push(one.painted);
      widgets[w.tag].elements = one.elements;
      await close();
    }
  }
  return {
    script: { fetchedAt: summarise(script.fetched), evaluateMs: summarise(script.evaluated) },
    widgets: Object.fromEntries(
      Object.entries(widgets).map(([tag, w]) => [tag, { updateMs: summarise(w.updated), paintedMs: summarise(w.painted), elements: w.elements }]),
    ),
  };
}
