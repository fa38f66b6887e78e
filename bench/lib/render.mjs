// Render: how long until the three widgets' content is on screen, beside the same DOM as static HTML (the floor) and
// that static HTML in a cross-site iframe (what embed services offer). Every load is a first visit in a fresh
// context; the three pages take turns, so drift on the machine hits them alike.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMBED_HOST, freshPage, installPageHelpers, withTimeout } from './browser.mjs';
import { RENDER_WIDGETS, iframePage, ssrPage, staticPage, widgetsPage, writePage } from './pages.mjs';
import { median, quantile, round, summarise } from './stats.mjs';

/**
 * In every document, before its scripts: watch each frame until every widget is defined and has rendered; note that
 * frame's time and when it was painted.
 */
function watchWidgetsReady() {
  const check = (frameTime) => {
    const tags = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('net-'));
    const ready = tags.length > 0 && tags.every((el) => el.matches(':defined') && el.hasUpdated && !el.isUpdatePending);
    if (!ready) return requestAnimationFrame(check);
    window.__benchReady = { frame: frameTime };
    window.__bench.afterNextPaint().then((t) => (window.__benchReady.painted = t));
  };
  requestAnimationFrame(check);
}

/** First contentful paint of the document in `target` (page or frame), in ms since that document's time origin. */
async function paintTimes(target) {
  return target.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const done = () => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          if (!fcp) return false;
          resolve({ fcp: fcp.startTime, timeOrigin: performance.timeOrigin });
          return true;
        };
        if (done()) return;
        new PerformanceObserver(() => done()).observe({ type: 'paint', buffered: true });
        setTimeout(() => reject(new Error('no first contentful paint within 15 s')), 15000);
      }),
  );
}

/** Loads the widgets page once, waits for every widget, and writes its composed DOM as static HTML with its CSS. */
async function captureStatic(browser, origin, pagesDir) {
  const { page, close, problems } = await freshPage(browser);
  await page.addInitScript(installPageHelpers);
  await page.goto(`${origin}${writePage(pagesDir, 'render/widgets.html', widgetsPage())}`, { waitUntil: 'load' });
  await withTimeout(page.evaluate(() => window.__bench.settled()), 30000, 'rendering the three widgets');
  const captured = await page.evaluate(() => {
    const css = {};
    const roots = [];
    for (const el of window.__bench.widgets()) {
      const root = el.shadowRoot;
      if (!root) continue;
      css[el.localName] ??= root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
      // A link to the same CSS as a file, as the first child of the shadow root, so it is serialised with it (as an
      // inert rel here, made a stylesheet in the file, so this page does not request it).
      const link = document.createElement('link');
      link.rel = 'x-bench-stylesheet';
      link.href = `${el.localName}.css`;
      root.prepend(link);
      roots.push(root);
    }
    const problems = window.__bench.widgets().filter((el) => el.currentProblem).map((el) => `${el.localName}: ${el.currentProblem.message}`);
    const html = document.body.getHTML({ shadowRoots: roots });
    return { css, html, problems, height: document.documentElement.scrollHeight, nodes: window.__bench.countElements() };
  });
  await close();
  for (const [tag, text] of Object.entries(captured.css)) writeFileSync(join(pagesDir, 'render', `${tag}.css`), text);
  // Lit's comment markers carry no content: leave them out of the floor.
  const body = captured.html.replace(/<!--[\s\S]*?-->/g, '').replaceAll('rel="x-bench-stylesheet"', 'rel="stylesheet"');
  const cssFiles = Object.keys(captured.css).map((tag) => `${tag}.css`);
  // A widget showing a problem instead of its content would make every figure here meaningless.
  if (captured.problems.length) throw new Error(`bench: the render page shows problems: ${captured.problems.join('; ')}`);
  return { body, cssFiles, height: captured.height, nodes: captured.nodes, problems };
}

async function loadOnce(browser, variant, url) {
  const { page, close } = await freshPage(browser);
  await page.addInitScript(installPageHelpers);
  if (variant === 'widgets') await page.addInitScript(watchWidgetsReady);
  await page.goto(url, { waitUntil: 'load' });
  let onScreen;
  if (variant === 'iframe') {
    // The page itself paints nothing contentful: the content is on screen when the frame's document paints it.
    const parentOrigin = await page.evaluate(() => performance.timeOrigin);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const inner = await paintTimes(frame);
    onScreen = inner.fcp + inner.timeOrigin - parentOrigin;
  } else {
    const times = await paintTimes(page);
    onScreen = times.fcp;
    if (variant === 'widgets') {
      await page.waitForFunction(() => window.__benchReady?.painted !== undefined, null, { timeout: 15000 });
      const ready = await page.evaluate(() => window.__benchReady);
      // If something was painted before every widget had rendered, the content is on screen only at the later paint.
      if (ready.frame > times.fcp) onScreen = ready.painted;
    }
  }
  await close();
  return onScreen;
}

/** Runs the three pages `runs` times each (after two warm-up rounds) and reports medians and paired ratios. */
export async function measureRender(browser, { origin, pagesDir, runs }) {
  const capture = await captureStatic(browser, origin, pagesDir);
  const widgetsUrl = `${origin}/bench/pages/render/widgets.html`;
  // The CSS is linked inside each shadow root, where it applies, and also in the head: a sheet in a shadow root only
  // holds back the content after it, so without the head links the first paint would show the first widget alone.
  // The shadow roots' links reuse the sheets the head loaded (no second request).
  const staticUrl = `${origin}${writePage(pagesDir, 'render/static.html', staticPage(capture.body, capture.cssFiles))}`;
  const embedSrc = staticUrl.replace('127.0.0.1', EMBED_HOST);
  const iframeUrl = `${origin}${writePage(pagesDir, 'render/iframe.html', iframePage(embedSrc, capture.height))}`;
  // Server-rendered: the snippets with their styles inline (the CLI's default), content on screen at first paint.
  const { renderWidget } = await import('../../dist/node/ssr.js');
  const snippets = RENDER_WIDGETS.map((w) => {
    const attrs = Object.fromEntries([...w.attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    return renderWidget(w.tag, w.tag === 'net-treatment-list' ? { ...attrs, expanded: false } : attrs);
  });
  const ssrUrl = `${origin}${writePage(pagesDir, 'render/ssr.html', ssrPage(snippets))}`;
  const urls = { widgets: widgetsUrl, static: staticUrl, iframe: iframeUrl, ssr: ssrUrl };
  const variants = Object.keys(urls);
  const samples = { widgets: [], static: [], iframe: [], ssr: [] };
  for (let round_ = -2; round_ < runs; round_++) {
    const order = variants.map((_, i) => variants[(i + Math.max(round_, 0)) % variants.length]);
    for (const variant of order) {
      const t = await loadOnce(browser, variant, urls[variant]);
      if (round_ >= 0) samples[variant].push(t);
    }
  }
  const stats = Object.fromEntries(variants.map((v) => [v, summarise(samples[v])]));
  // Ratios are taken round by round (pages loaded one after the other share the machine's state), then the median:
  // steadier than a ratio of medians when other work on the machine comes and goes.
  const paired = (a, b) => {
    const ratios = samples[a].map((t, i) => t / samples[b][i]);
    return { median: round(median(ratios)), p25: round(quantile(ratios, 0.25)), p75: round(quantile(ratios, 0.75)) };
  };
  return {
    ms: stats,
    widgetsOverStatic: paired('widgets', 'static'),
    widgetsOverIframe: paired('widgets', 'iframe'),
    ssrOverStatic: paired('ssr', 'static'),
    widgets: RENDER_WIDGETS,
    staticPage: { heightPx: capture.height, elements: capture.nodes },
    problems: capture.problems,
  };
}
