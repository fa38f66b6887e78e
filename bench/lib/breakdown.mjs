// Where the load time goes, on the phone profile: loading and running net-widgets.js with no widget on the page, then
// each widget on its own (added by script, timed until painted). Every run is a fresh page, checked for the slowdown;
// medians are reported.
import { installPageHelpers, whenDefined, withTimeout } from './browser.mjs';
import { SlowdownChecks, checkSlowdown, phonePage } from './phone.mjs';
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

async function once(browser, url, w, withScript) {
  const { page, cdp, close } = await phonePage(browser);
  try {
    await page.addInitScript(installPageHelpers);
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await whenDefined(page, w.tag, 60000);
    let script = null;
    if (withScript) {
      // Module scripts run before DOMContentLoaded: from the file's last byte to then is parse, compile and run.
      script = await page.evaluate(() => {
        const file = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/net-widgets.js'));
        const nav = performance.getEntriesByType('navigation')[0];
        return { fetched: file.responseEnd, evaluated: nav.domContentLoadedEventStart - file.responseEnd };
      });
    }
    const one = await withTimeout(page.evaluate(renderOneInPage, w), 60000, `rendering <${w.tag}>`);
    const check = await checkSlowdown(page, cdp);
    return { check, script, one };
  } finally {
    await close();
  }
}

export async function measureBreakdown(browser, { origin, pagesDir, runs }) {
  const url = `${origin}${writePage(pagesDir, 'render/script-only.html', scalePage('net-widgets'))}`;
  const checks = new SlowdownChecks();
  const script = { fetched: [], evaluated: [] };
  const widgets = Object.fromEntries(RENDER_WIDGETS.map((w) => [w.tag, { updated: [], painted: [], elements: 0 }]));
  for (let r = 0; r < runs; r++) {
    for (const w of RENDER_WIDGETS) {
      const run = await checks.run(() => once(browser, url, w, w === RENDER_WIDGETS[0]));
      if (!run) continue;
      if (run.script) {
        script.fetched.push(run.script.fetched);
        script.evaluated.push(run.script.evaluated);
      }
      widgets[w.tag].updated.push(run.one.updated);
      widgets[w.tag].painted.push(run.one.painted);
      widgets[w.tag].elements = run.one.elements;
    }
  }
  return {
    script: { fetchedAt: summarise(script.fetched), evaluateMs: summarise(script.evaluated) },
    widgets: Object.fromEntries(
      Object.entries(widgets).map(([tag, w]) => [tag, { updateMs: summarise(w.updated), paintedMs: summarise(w.painted), elements: w.elements }]),
    ),
    slowdown: checks.summary(),
  };
}
