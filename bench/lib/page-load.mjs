// Page load on the phone profile: demo/plain.html (the README snippet on a hospital page) beside three pages made from
// it, loaded in turn, each in a fresh context (empty cache):
//   static  the same page as static HTML: the widgets' shadow roots as declarative shadow DOM, each with its CSS in a
//           <style> element inside it, inline as the widgets' own (constructed) sheets are and as a server-rendered
//           snippet's are; no script. The floor.
//   iframe  the page with the widgets in a cross-site iframe (an embed service): the framed page runs net-widgets.js.
//   ssr     the page with server-rendered snippets (dist/node/ssr.js, as `npx net-widgets render` prints them, styles
//           inline), hydrated by the same script.
// For each load: every long task (PerformanceObserver 'longtask') until the page has been quiet for a second, total
// blocking time (the sum of each long task's time over 50 ms), when the first widget's heading was first painted
// (checked at every animation frame; the paint is the end of that frame), first contentful paint and layout shift.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EMBED_HOST, installPageHelpers, withTimeout } from './browser.mjs';
import { PHONE, SlowdownChecks, checkSlowdown, phonePage } from './phone.mjs';
import { writePage } from './pages.mjs';
import { WIDGETS } from '../../scripts/widgets.mjs';
import { median, quantile, round, summarise } from './stats.mjs';

/** Every widget, from the project's one list (src/shared/widgets.ts), so a new widget is captured for the static floor. */
const WIDGET_TAGS = WIDGETS.map((w) => w.tag);
/** A widget element in a page's source, with its attributes and light-DOM children (no nesting in the demo pages). */
const WIDGET_IN_SOURCE = new RegExp(`<(${WIDGET_TAGS.join('|')})\\b([^>]*)>([\\s\\S]*?)<\\/\\1>`, 'g');
const MODULE_SCRIPT = /\s*<script\s+type="module"[\s\S]*?<\/script>/;
const RESERVE_SPACE = /\s*<!--[^>]*-->\s*<link rel="stylesheet" href="\/demo\/assets\/reserve-space\.css"\s*\/?>|\s*<link rel="stylesheet" href="\/demo\/assets\/reserve-space\.css"\s*\/?>/;

/**
 * In every document, before its scripts: long tasks, layout shifts, and the first frame in which the first widget's
 * heading has a box (the frame's paint is then the next task after its animation frame callbacks); then the first
 * frame in which that widget's footer has one too: the widget whole, as a first render that shows its top first
 * (src/shared/first-render.ts, `continueFirstRender`) ends.
 */
export function watchLoad() {
  const w = (window.__load = { longTasks: [], cls: 0, heading: null, whole: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration, name: e.name });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) w.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  let loaded = false;
  addEventListener('load', () => (loaded = true));
  /** Called in an animation frame: `then` runs with the time that frame is painted (the next task after it). */
  const whenPainted = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(0);
  };
  const check = (frameTime) => {
    const host = document.querySelector('net-drug-card, net-treatment-list, net-diet-guide');
    const h = host?.shadowRoot?.querySelector('[part~="heading"], h1, h2, h3, h4, h5, h6');
    if (!h || !h.textContent.trim() || h.getClientRects().length === 0) {
      // A page without widgets (the iframe's host) stops looking once it has loaded.
      if (!host && loaded) return;
      requestAnimationFrame(check);
      return;
    }
    w.heading = { frame: frameTime, widget: host.localName, text: h.textContent.trim().slice(0, 80) };
    whenPainted((now) => {
      w.heading.painted = now;
      // Tells the bench without it running anything in the page (see HEADING_PAINTED).
      console.debug('net-bench: heading painted');
    });
    // The footer may be in this very frame (the static page's).
    checkWhole(host);
  };
  const checkWhole = (host) => {
    const footer = host.shadowRoot?.querySelector('[part~="footer"]');
    if (!footer || footer.getClientRects().length === 0) {
      requestAnimationFrame(() => checkWhole(host));
      return;
    }
    w.whole = {};
    whenPainted((now) => (w.whole.painted = now));
  };
  requestAnimationFrame(check);
}

/** In a frame: waits for the heading's paint and for every widget to settle. */
async function frameReady() {
  const t0 = performance.now();
  while (window.__load.heading?.painted === undefined) {
    if (performance.now() - t0 > 30000) throw new Error('no widget heading painted within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await window.__bench.settled({ scroll: false });
  while (window.__load.whole?.painted === undefined) {
    if (performance.now() - t0 > 30000) throw new Error('the first widget\'s footer was not painted within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { heading: window.__load.heading, whole: window.__load.whole, timeOrigin: performance.timeOrigin };
}

/** In the top document: waits until no long task has ended for `quietMs` (at most `maxMs`), then reads the figures. */
async function topFigures({ quietMs, maxMs }) {
  const t0 = performance.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lastEnd = Math.max(t0, ...window.__load.longTasks.map((t) => t.start + t.duration));
    if (performance.now() - lastEnd >= quietMs || performance.now() - t0 > maxMs) break;
  }
  const tasks = window.__load.longTasks;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  const count = (root = document) => {
    let n = 0;
    for (const el of root.querySelectorAll('*')) n += 1 + (el.shadowRoot ? count(el.shadowRoot) : 0);
    return n;
  };
  return {
    longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
    tbt: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    longTasks: tasks.map((t) => ({ start: Math.round(t.start), duration: Math.round(t.duration), name: t.name })),
    cls: window.__load.cls,
    fcp,
    timeOrigin: performance.timeOrigin,
    elements: count(),
    heightPx: document.documentElement.scrollHeight,
  };
}

/**
 * What `watchLoad` logs once the heading is painted. The bench waits for it before it runs anything in the page: the
 * first script Playwright runs in a page sets up its own (about 40 ms of script on the phone profile), and run between
 * the heading's frame and the task that reads the time, it delayed the reading on the pages whose heading comes after
 * the load event (the widgets'), not on the static page.
 */
const HEADING_PAINTED = 'net-bench: heading painted';

async function loadOnce(browser, url) {
  const { page, cdp, close, problems } = await phonePage(browser);
  try {
    await page.addInitScript(installPageHelpers);
    await page.addInitScript(watchLoad);
    const painted = page.waitForEvent('console', { predicate: (msg) => msg.text() === HEADING_PAINTED, timeout: 40000 });
    painted.catch(() => {});
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await withTimeout(painted, 40000, `the first widget heading painted on ${url}`);
    // The widgets' document: the page itself, or the one frame that has them.
    const frames = page.frames();
    let inner = null;
    for (const f of frames) {
      if (await f.evaluate(() => !!document.querySelector('net-drug-card, net-treatment-list, net-diet-guide'))) {
        inner = f;
        break;
      }
    }
    if (!inner) throw new Error(`bench: no widget on ${url}`);
    const ready = await withTimeout(inner.evaluate(frameReady), 40000, `loading ${url}`);
    const top = await page.evaluate(topFigures, { quietMs: 1000, maxMs: 10000 });
    const heading = ready.heading.painted + ready.timeOrigin - top.timeOrigin;
    const whole = ready.whole.painted + ready.timeOrigin - top.timeOrigin;
    const check = await checkSlowdown(page, cdp);
    return { check, heading, whole, headingFrame: ready.heading.frame + ready.timeOrigin - top.timeOrigin, headingOf: `${ready.heading.widget}: ${ready.heading.text}`, ...top, problems };
  } finally {
    await close();
  }
}

/** demo/plain.html as the demo server sends it (integrity hashes filled in). */
async function fetchDemoPage(demo, name) {
  const entry = demo.pages.find((p) => p.page === name);
  if (!entry) throw new Error(`bench: ${name} is missing`);
  const response = await fetch(entry.url);
  if (!response.ok) throw new Error(`bench: ${entry.url} answered ${response.status}`);
  return response.text();
}

/**
 * Loads the widgets page once at full speed on the phone's screen and returns each widget element as static HTML:
 * its declarative shadow root, with its CSS (the rules for an element not yet defined left out) in a <style> element.
 */
async function captureWidgets(browser, url) {
  const { page, close } = await phonePage(browser, { slow: false });
  try {
    await page.addInitScript(installPageHelpers);
    await page.goto(url, { waitUntil: 'load' });
    await withTimeout(page.evaluate(() => window.__bench.settled()), 30000, 'rendering the widgets to capture them');
    return await page.evaluate((tags) => {
      const roots = [];
      const problems = [];
      for (const el of window.__bench.widgets()) {
        const root = el.shadowRoot;
        if (!root) continue;
        if (el.currentProblem) problems.push(`${el.localName}: ${el.currentProblem.message}`);
        const css = root.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
          .filter((text) => !text.includes(':not(:defined)'))
          .join('\n');
        const style = document.createElement('style');
        style.textContent = css;
        root.prepend(style);
        roots.push(root);
      }
      const elements = [...document.querySelectorAll(tags.join(','))].filter((el) => el.parentElement?.closest(tags.join(',')) == null);
      // Lit's comment markers carry no content: the floor leaves them out.
      const html = elements.map((el) => el.getHTML({ shadowRoots: roots }).replace(/<!--[\s\S]*?-->/g, ''));
      const outer = elements.map((el) => {
        const clone = el.cloneNode(false);
        return clone.outerHTML;
      });
      return { problems, widgets: elements.map((el, i) => ({ tag: el.localName, open: outer[i].replace(/<\/[^>]+>$/, ''), inner: html[i] })), heightPx: document.documentElement.scrollHeight };
    }, WIDGET_TAGS);
  } finally {
    await close();
  }
}

/** The body of a page that holds only the widgets, as in `source` (attributes and children), with net-widgets.js. */
function embedPage(source, scriptTag) {
  const widgets = [...source.matchAll(WIDGET_IN_SOURCE)].map((m) => m[0]).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NET information (embedded)</title>
<style>body { margin: 0; font-family: Arial, sans-serif; line-height: 1.5; }</style>
${scriptTag}
</head>
<body>
${widgets}
</body>
</html>
`;
}

/**
 * demo/plain.html exactly as the demo server sends it, written to bench/pages/load/plain.html so that every page of
 * the comparison comes from the one server (same compression, same headers). Returns its URL and text.
 */
export async function writePlainPage({ origin, pagesDir, demo }) {
  if (!demo) throw new Error('bench: the phone figures need demo/plain.html and scripts/demo-server.mjs');
  const source = await fetchDemoPage(demo, 'demo/plain.html');
  const scriptTag = source.match(MODULE_SCRIPT)?.[0].trim();
  if (!scriptTag || !RESERVE_SPACE.test(source) || [...source.matchAll(WIDGET_IN_SOURCE)].length === 0) {
    throw new Error('bench: demo/plain.html no longer has the module script, the reserve-space link and widgets the bench expects');
  }
  return { url: `${origin}${writePage(pagesDir, 'load/plain.html', source)}`, source, scriptTag };
}

/**
 * Writes the four pages from demo/plain.html, and a fifth with `against` (another build of net-widgets.js, copied
 * beside it, with its own integrity hash) when given; returns their URLs and what they are made of.
 */
export async function preparePages(browser, { root, origin, pagesDir, demo, against }) {
  const { url: plainUrl, source, scriptTag } = await writePlainPage({ origin, pagesDir, demo });
  const captured = await captureWidgets(browser, plainUrl);
  if (captured.problems.length) throw new Error(`bench: demo/plain.html shows problems: ${captured.problems.join('; ')}`);

  // Static: no script, and no reserve-space CSS (it styles widgets not yet defined, which these never are).
  let i = 0;
  const staticHtml = source
    .replace(MODULE_SCRIPT, '')
    .replace(RESERVE_SPACE, '')
    .replace(WIDGET_IN_SOURCE, () => {
      const w = captured.widgets[i++];
      return `${w.open}${w.inner}</${w.tag}>`;
    });
  const staticUrl = `${origin}${writePage(pagesDir, 'load/static.html', staticHtml)}`;

  // Iframe: the widgets on a page of their own on another site, framed at the height they take there.
  const embedUrl = `${origin}${writePage(pagesDir, 'load/embed.html', embedPage(source, scriptTag))}`.replace('127.0.0.1', EMBED_HOST);
  const embedded = await captureWidgets(browser, embedUrl);
  let first = true;
  const iframeHtml = source
    .replace(MODULE_SCRIPT, '')
    .replace(RESERVE_SPACE, '')
    .replace(WIDGET_IN_SOURCE, () => {
      if (!first) return '';
      first = false;
      return `<iframe src="${embedUrl}" title="NET treatment information" style="display: block; width: 100%; height: ${embedded.heightPx}px; border: 0"></iframe>`;
    });
  const iframeUrl = `${origin}${writePage(pagesDir, 'load/iframe.html', iframeHtml)}`;

  // Server-rendered: each widget as the CLI renders it (its defaults), its children kept; no reserve-space CSS (the
  // snippet holds its own space, as on demo/ssr.html).
  const { renderWidget } = await import(pathToFileURL(join(root, 'dist/node/ssr.js')).href);
  const ssrHtml = source.replace(RESERVE_SPACE, '').replace(WIDGET_IN_SOURCE, (_, tag, attrText, children) => {
    const attrs = Object.fromEntries([...attrText.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const snippet = renderWidget(tag, attrs);
    return snippet.replace(new RegExp(`</${tag}>$`), `${children}</${tag}>`);
  });
  const ssrUrl = `${origin}${writePage(pagesDir, 'load/ssr.html', ssrHtml)}`;

  const againstUrls = {};
  if (against) {
    const code = readFileSync(resolve(against));
    const script = writePage(pagesDir, 'load/against.js', code);
    // Pinned by its own integrity hash, as the page's script is: the browser checks it the same way.
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    const tag = `\n    <script type="module" src="${script}" integrity="${integrity}" crossorigin="anonymous"></script>`;
    againstUrls.against = `${origin}${writePage(pagesDir, 'load/against.html', source.replace(MODULE_SCRIPT, tag))}`;
  }

  return {
    urls: { widgets: plainUrl, static: staticUrl, iframe: iframeUrl, ssr: ssrUrl, ...againstUrls },
    sizes: {
      widgets: source.length,
      static: staticHtml.length,
      iframe: iframeHtml.length,
      ssr: ssrHtml.length,
    },
    iframeHeightPx: embedded.heightPx,
  };
}

/**
 * Loads the four pages in turn, `runs` rounds after one warm-up round; a load whose slowdown did not hold is loaded
 * again (at most twice more) and counted. Ratios are taken round by round (pages loaded one after the other share the
 * machine's state), then their median.
 */
export async function measurePageLoad(browser, { root, origin, pagesDir, demo, runs, against }) {
  const prepared = await preparePages(browser, { root, origin, pagesDir, demo, against });
  const { urls } = prepared;
  const variants = Object.keys(urls);
  const checks = new SlowdownChecks();
  const rounds = [];
  const problems = new Set();
  for (let r = -1; r < runs; r++) {
    const order = variants.map((_, i) => variants[(i + Math.max(r, 0)) % variants.length]);
    const round_ = {};
    for (const v of order) {
      const load = await checks.run(() => loadOnce(browser, urls[v]));
      if (load) round_[v] = load;
      load?.problems.forEach((p) => problems.add(`${v}: ${p}`));
    }
    if (r >= 0) rounds.push(round_);
  }
  const samples = (v, key) => rounds.map((x) => x[v]?.[key]).filter((x) => x !== undefined && x !== null);
  const figures = (v) => ({
    heading: summarise(samples(v, 'heading')),
    whole: summarise(samples(v, 'whole')),
    longestTask: summarise(samples(v, 'longestTask')),
    tbt: summarise(samples(v, 'tbt')),
    fcp: summarise(samples(v, 'fcp')),
    cls: round(median(samples(v, 'cls')), 4),
    worstCls: round(Math.max(...samples(v, 'cls')), 4),
    elements: rounds.find((x) => x[v])?.[v].elements,
    heightPx: rounds.find((x) => x[v])?.[v].heightPx,
  });
  const paired = (a, b, key) => {
    const ratios = rounds.filter((x) => x[a] && x[b] && x[b][key] > 0).map((x) => x[a][key] / x[b][key]);
    return { median: round(median(ratios)), p25: round(quantile(ratios, 0.25)), p75: round(quantile(ratios, 0.75)), rounds: ratios.length };
  };
  // The longest task of the page with widgets, as the median load shows it: what the work should start from.
  const widgetLoads = rounds.map((x) => x.widgets).filter(Boolean);
  const typical = widgetLoads.sort((a, b) => a.longestTask - b.longestTask)[Math.floor(widgetLoads.length / 2)];
  return {
    profile: PHONE,
    pages: Object.fromEntries(variants.map((v) => [v, urls[v].replace(origin, '')])),
    htmlBytes: prepared.sizes,
    iframeHeightPx: prepared.iframeHeightPx,
    headingOf: typical?.headingOf,
    byPage: Object.fromEntries(variants.map((v) => [v, figures(v)])),
    ratios: {
      longestTask: { overStatic: paired('widgets', 'static', 'longestTask'), iframeOverStatic: paired('iframe', 'static', 'longestTask'), ssrOverStatic: paired('ssr', 'static', 'longestTask') },
      heading: { overStatic: paired('widgets', 'static', 'heading'), overIframe: paired('widgets', 'iframe', 'heading'), ssrOverStatic: paired('ssr', 'static', 'heading') },
      whole: { overStatic: paired('widgets', 'static', 'whole') },
      tbt: { overStatic: paired('widgets', 'static', 'tbt') },
      ...(against
        ? {
            against: {
              file: against,
              heading: paired('widgets', 'against', 'heading'),
              headingOverStatic: paired('against', 'static', 'heading'),
              whole: paired('widgets', 'against', 'whole'),
              longestTask: paired('widgets', 'against', 'longestTask'),
            },
          }
        : {}),
    },
    typicalLoad: typical ? { longTasks: typical.longTasks, heading: round(typical.heading), fcp: round(typical.fcp) } : null,
    slowdown: checks.summary(),
    problems: [...problems],
  };
}
