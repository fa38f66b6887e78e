// The phone profile every page-load and interaction figure is measured on: a 360×740 touch screen at 2× density, and
// the page's CPU slowed 4× through the DevTools protocol (Emulation.setCPUThrottlingRate), about a mid-range phone
// beside this machine. On a shared machine the slowdown does not always hold, so every load ends with a fixed loop
// timed slowed and then at full speed: a load where the ratio fell short (or went far over, when other work on the
// machine slowed the page further) is dropped (and counted), not reported.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { EMBED_HOST } from './browser.mjs';
import { median, round } from './stats.mjs';

export const PHONE = {
  width: 360,
  height: 740,
  deviceScaleFactor: 2,
  cpuSlowdown: 4,
  /**
   * A load counts only if the check loop ran between this many times slower than at full speed (the slowdown held)...
   */
  minSlowdown: 3,
  /** ...and this many: more means other work on the machine slowed the page further than a phone would be. */
  maxSlowdown: 6,
};

/** One line that says what the phone figures were measured on (for the report and results.json). */
export const PHONE_PROFILE = `phone: ${PHONE.width}×${PHONE.height} px at ${PHONE.deviceScaleFactor}×, touch, CPU slowed ${PHONE.cpuSlowdown}× (DevTools protocol), each load checked`;

/**
 * A Chromium for the phone figures. Site isolation is off, as on Android's Chrome for sites without logins: a
 * cross-site iframe then runs in the page's own renderer, so the one CPU slowdown covers it and its long tasks count
 * on the page (as `cross-origin-descendant`).
 */
export async function launchPhoneBrowser() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian\'s (apt-get install -y chromium) or set CHROME_PATH.');
  return chromium.launch({
    executablePath,
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=MAP ${EMBED_HOST} 127.0.0.1`,
      '--disable-features=IsolateOrigins,site-per-process',
      '--disable-site-isolation-trials',
    ],
  });
}

/**
 * A fresh context (empty cache) with the phone's screen, and its page already slowed down before anything loads.
 * `slow: false` gives the same screen at full speed (to capture a page, say).
 */
export async function phonePage(browser, { slow = true } = {}) {
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (slow) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  return { page, context, cdp, problems, close: () => context.close() };
}

/** The fixed loop: integer arithmetic, about 10 ms at full speed on this kind of machine. */
function checkLoop() {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 1_500_000; i++) x = (x * 31 + i) | 0;
  return { ms: performance.now() - t0, x };
}

/**
 * Whether the slowdown held: the loop three times slowed, then three times at full speed (then slowed again, for what
 * follows); the ratio of the medians. Call it after the figures of a load are read.
 */
export async function checkSlowdown(page, cdp) {
  const times = async () => {
    const out = [];
    for (let i = 0; i < 3; i++) out.push((await page.evaluate(checkLoop)).ms);
    return median(out);
  };
  const slowMs = await times();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const fullMs = await times();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  const factor = slowMs / Math.max(fullMs, 0.1);
  return { slowMs: round(slowMs), fullMs: round(fullMs), factor: round(factor), held: factor >= PHONE.minSlowdown && factor <= PHONE.maxSlowdown };
}

/**
 * Keeps the slowdown checks of a section: how many loads were measured, how many dropped, and the factors seen. `run`
 * repeats a measurement until it holds (at most `tries` times); it returns undefined when it never did.
 */
export class SlowdownChecks {
  constructor() {
    this.factors = [];
    this.dropped = 0;
    this.under = 0;
    this.over = 0;
  }

  note(check) {
    this.factors.push(check.factor);
    if (!check.held) {
      this.dropped++;
      if (check.factor < PHONE.minSlowdown) this.under++;
      else this.over++;
    }
    return check.held;
  }

  /** `measure()` returns { check, ...figures }; tried again while the check fails. */
  async run(measure, tries = 3) {
    for (let i = 0; i < tries; i++) {
      const result = await measure();
      if (this.note(result.check)) return result;
    }
    return undefined;
  }

  summary() {
    const f = this.factors;
    return {
      loads: f.length,
      dropped: this.dropped,
      droppedUnder: this.under,
      droppedOver: this.over,
      slowdown: f.length ? { median: round(median(f)), min: round(Math.min(...f)), max: round(Math.max(...f)) } : null,
    };
  }
}
