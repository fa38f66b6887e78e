// What every host-page test shares: the demo server on a free loopback port, one Debian Chromium driven by
// playwright-core, a page that records everything a host page must not see (CSP and Trusted Types violations,
// console errors and warnings, uncaught errors, requests off the page's origin, failed requests), and the checks
// for storage and accessibility. Assumes `npm run build` has run (npm test builds first).
import { existsSync, readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { CDN_BUNDLE } from '../../scripts/widgets.mjs';
import { WIDGET_SELECTOR } from '../../scripts/widgets.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const AXE_PATH = `${ROOT}node_modules/axe-core/axe.min.js`;
export { WIDGET_SELECTOR };

/** Reads a JSON file of the repository (content and labels, so tests assert the words a reader sees). */
export const readJson = (path) => JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8'));
export const content = {
  common: readJson('data/en/ui-common.json'),
  drugs: readJson('data/en/drugs.json'),
  treatments: readJson('data/en/treatments.json'),
  diet: readJson('data/en/diet.json'),
  treatmentListLabels: readJson('data/en/ui-treatment-list.json'),
  drugCardLabels: readJson('data/en/ui-drug-card.json'),
};
export const drugName = (id) => {
  const drug = content.drugs.find((d) => d.id === id);
  if (!drug) throw new Error(`no drug "${id}" in data/en/drugs.json`);
  return drug.name;
};
export const treatmentsIn = (...categories) => content.treatments.filter((t) => categories.includes(t.category));

/** Starts the demo server and one Chromium. Call `close()` in `after`. */
/**
 * Starts one harness for the test file (in `before`) and closes it (in `after`). Returns a stand-in that reads
 * through to the started harness, so tests can pass it to `openPage` and `axeViolations` at once.
 */
export function useHarness() {
  let started;
  before(async () => {
    started = await startHarness();
  });
  after(async () => {
    await started?.close();
  });
  return new Proxy(
    {},
    {
      get(_, key) {
        if (!started) throw new Error('the e2e harness is used before it has started');
        const value = started[key];
        return typeof value === 'function' ? value.bind(started) : value;
      },
    },
  );
}

export async function startHarness() {
  if (!existsSync(`${ROOT}${CDN_BUNDLE}`)) throw new Error(`${CDN_BUNDLE} is missing: run \`npm run build\` first`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: set CHROME_PATH or install Debian\'s chromium package');
  const server = await startDemoServer();
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    baseURL: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Runs in every page before its own scripts: records CSP / Trusted Types violations and layout shifts. */
function recorder() {
  const w = /** @type {any} */ (window);
  w.__netViolations = [];
  w.__netShifts = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      w.__netViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ? `"${e.sample}"` : ''} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__netShifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          sources: (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // no layout-shift support: the layout test says so
  }
}

/** The two ways a widget renders (issue 29): into a shadow root (the default) or into its own light DOM. */
export const MODES = /** @type {const} */ (['shadow', 'light']);

/** A widget tag in a page's HTML, at its opening tag. */
const WIDGET_OPENING = /<(net-(?:drug-card|treatment-list|diet-guide|questions))(?=[\s>])/g;

/**
 * Serves the page with `light-dom` on every widget it writes, as a host that chose light mode would: the page's own
 * HTML, its headers (its CSP) and everything else unchanged.
 */
async function asLightDom(page, origin) {
  await page.route(
    (url) => url.origin === origin,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const body = (await response.text()).replace(WIDGET_OPENING, '<$1 light-dom');
      return route.fulfill({ response, body });
    },
  );
}

/**
 * Opens `path` in a fresh context (no cookies or storage from another test) and records what the page does.
 * Options: `javaScriptEnabled`, `bypassCSP` (only for injecting axe), `viewport`, `route` (called with the page
 * before navigation), `waitUntil`, `mode` ('light': every widget the page writes gets `light-dom`).
 */
export async function openPage(h, path, options = {}) {
  const { javaScriptEnabled = true, bypassCSP = false, viewport = { width: 1280, height: 800 }, waitUntil = 'load' } = options;
  const context = await h.browser.newContext({ javaScriptEnabled, bypassCSP, viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const origin = new URL(h.baseURL).origin;
  const log = { consoleErrors: [], warnings: [], pageErrors: [], offOrigin: [], failed: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
    if (msg.type() === 'warning') log.warnings.push(msg.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    log.requests.push(url);
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) log.offOrigin.push(url);
  });
  page.on('requestfailed', (request) => log.failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failed.push(`${response.url()} (HTTP ${response.status()})`);
  });
  if (javaScriptEnabled) await page.addInitScript(recorder);
  if (options.mode === 'light') await asLightDom(page, origin);
  if (options.route) await options.route(page);
  const response = await page.goto(`${h.baseURL}${path}`, { waitUntil });
  return {
    page,
    context,
    response,
    log,
    /** CSP and Trusted Types violations seen by the page so far. */
    violations: () => page.evaluate(() => /** @type {any} */ (window).__netViolations ?? ['recorder missing']),
    close: () => context.close(),
  };
}

/**
 * Opens `path` (see `openPage`), runs `use` with it and closes it, whatever happens: the one way a test opens a page
 * for itself.
 * @template T
 * @param {(opened: Awaited<ReturnType<typeof openPage>>) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withPage(h, path, options, use) {
  const opened = await openPage(h, path, options);
  try {
    return await use(opened);
  } finally {
    await opened.close();
  }
}

/**
 * For a `describe` whose tests share one page: opens `path` before them (and waits for its widgets, unless
 * JavaScript is off), closes it after them. Returns the opened page, read lazily: `const opened = usePage(h, path)`,
 * then `opened.page` in a test. `h` may be a function that returns the harness, for one started in a `before`.
 * @returns {Awaited<ReturnType<typeof openPage>>}
 */
export function usePage(h, path, options = {}) {
  /** @type {any} */
  let opened;
  before(async () => {
    opened = await openPage(typeof h === 'function' ? h() : h, path, options);
    if (options.javaScriptEnabled !== false) await widgetsReady(opened.page);
  });
  after(async () => {
    await opened?.close();
  });
  return /** @type {any} */ (
    new Proxy(
      {},
      {
        get(_, key) {
          if (!opened) throw new Error(`${path} is used before it has opened`);
          return opened[key];
        },
      },
    )
  );
}

/** Waits until every widget on the page is defined and has rendered its frame (`.base`) or its problem. */
export async function widgetsReady(page, { timeout = 15_000 } = {}) {
  try {
    // A widget far below the screen renders, and a server-rendered one hydrates, when the reader comes near it
    // (src/shared/first-render.ts): scroll down as a reader would, half a screen at a time, until every widget has
    // rendered (a snippet has its shadow root from the start: it counts once it has updated), then back to the top.
    await page.waitForFunction(
      (selector) => {
        const rendered = (/** @type {any} */ el) =>
          customElements.get(el.localName) && el.hasUpdated && (el.shadowRoot ?? el).querySelector('.base, [role="alert"]');
        const all = [...document.querySelectorAll(selector)];
        if (all.every(rendered)) return true;
        if (all.every((el) => customElements.get(el.localName))) window.scrollBy(0, Math.round(window.innerHeight / 2));
        return false;
      },
      WIDGET_SELECTOR,
      { timeout, polling: 100 },
    );
    await page.evaluate(() => window.scrollTo(0, 0));
  } catch (error) {
    const state = await page
      .evaluate(
        (selector) =>
          [...document.querySelectorAll(selector)].map(
            (el) => `<${el.localName}> ${customElements.get(el.localName) ? 'defined' : 'NOT defined'}, ${(el.shadowRoot ?? el).querySelector('.base') ? 'rendered' : 'not rendered'}`,
          ),
        WIDGET_SELECTOR,
      )
      .catch(() => []);
    throw new Error(`the widgets did not upgrade and render: ${state.join('; ')} (${String(error).split('\n')[0]})`);
  }
  await page.evaluate(
    (selector) => Promise.all([...document.querySelectorAll(selector)].map((el) => /** @type {any} */ (el).updateComplete)),
    WIDGET_SELECTOR,
  );
}

/** Waits for two animation frames, so that layout and paint have happened. */
export const nextFrames = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))));

/** Cookies, and keys in localStorage, sessionStorage and IndexedDB, that the page has. All should be empty. */
export async function storageOf(opened) {
  const cookies = (await opened.context.cookies()).map((c) => c.name);
  const inPage = await opened.page.evaluate(async () => ({
    documentCookie: document.cookie,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
  }));
  return { cookies, ...inPage };
}

/**
 * Runs axe over the whole page, widgets' shadow roots included, after they have rendered. Opens the page in a
 * context that bypasses CSP, because injecting axe is itself an inline script; the CSP checks run in their own load.
 * @returns the violations, as "rule: target" lines.
 */
export async function axeViolations(h, path, options = {}) {
  return withPage(h, path, { ...options, bypassCSP: true }, async (opened) => {
    await widgetsReady(opened.page);
    if (options.prepare) await options.prepare(opened.page);
    await opened.page.addScriptTag({ path: AXE_PATH });
    return opened.page.evaluate(async () => {
      const result = await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      );
    });
  });
}

/** Visible text of a locator, whitespace collapsed. */
export const textOf = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();
