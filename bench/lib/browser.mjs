// One headless Debian Chromium for the whole run (playwright-core drives it; it never downloads a browser).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

/** A second site name that resolves to this machine, so an iframe can be cross-site like a real embed service's. */
export const EMBED_HOST = 'embed.test';

export async function launchBrowser() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: install Debian\'s (apt-get install -y chromium) or set CHROME_PATH.');
  }
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${EMBED_HOST} 127.0.0.1`],
  });
}

/** Rejects with a clear message when `promise` takes longer than `ms` (a page that never defines a widget, say). */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Waits until the page has defined `tag` (its script loaded and ran). */
export function whenDefined(page, tag, ms = 15000) {
  return withTimeout(
    page.evaluate((t) => customElements.whenDefined(t).then(() => true), tag),
    ms,
    `waiting for <${tag}> to be defined (is dist/cdn/ being rebuilt?)`,
  );
}

/** A fresh page in a fresh context (empty cache, own renderer): every measured load is a first visit. */
export async function freshPage(browser, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  return { page, context, problems, close: () => context.close() };
}

/**
 * In-page helpers, installed before any page script runs: `__bench.afterNextPaint()` resolves after the next frame has
 * been produced (a message posted from inside requestAnimationFrame is handled after that frame's paint), and
 * `__bench.widgets()` lists every Lit element in the document, shadow roots included.
 */
export function installPageHelpers() {
  const afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const widgets = (root = document) => {
    const found = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('net-') && 'updateComplete' in el) found.push(el);
      if (el.shadowRoot) found.push(...widgets(el.shadowRoot));
    }
    return found;
  };
  /** True when `el` starts within a screen below the screen: a widget further down waits for the reader (below). */
  const near = (el) => el.getBoundingClientRect().top <= innerHeight * 2;
  /**
   * Resolves once every widget has finished updating (a widget may render again after its first update). A widget far
   * below the screen renders, or hydrates, only when the reader comes near it (src/shared/first-render.ts): so this
   * scrolls down as a reader would, half a screen at a time, until every widget has rendered, then back to the top.
   * With `{ scroll: false }` it waits only for the widgets within a screen of the screen (a page load as it is).
   */
  const settled = async ({ scroll = true } = {}) => {
    if (scroll) {
      while (widgets().some((el) => !el.hasUpdated && !near(el)) && scrollY + innerHeight < document.documentElement.scrollHeight) {
        scrollBy(0, Math.round(innerHeight / 2));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await Promise.all(widgets().map((el) => el.updateComplete));
      scrollTo(0, 0);
    }
    for (let i = 0; i < 10; i++) {
      const done = await Promise.all(widgets().filter((el) => scroll || near(el)).map((el) => el.updateComplete));
      if (done.every(Boolean)) return performance.now();
    }
    return performance.now();
  };
  /** Elements in the document, those inside shadow roots included. */
  const countElements = (root = document) => {
    let n = 0;
    for (const el of root.querySelectorAll('*')) n += 1 + (el.shadowRoot ? countElements(el.shadowRoot) : 0);
    return n;
  };
  window.__bench = { afterNextPaint, nextFrame, widgets, settled, countElements };
}
