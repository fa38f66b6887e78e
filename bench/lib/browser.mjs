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
  /** Resolves once every widget has finished updating (a widget may render again after its first update). */
  const settled = async () => {
    for (let i = 0; i < 10; i++) {
      const done = await Promise.all(widgets().map((el) => el.updateComplete));
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
