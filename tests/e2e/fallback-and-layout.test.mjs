// Before and without JavaScript: each widget's light-DOM fallback (a link to a full page) shows; the documented
// `:not(:defined)` CSS keeps the widget's space, so nothing on the CMS page jumps when the widgets upgrade (layout
// shift 0); once upgraded, the fallback is no longer shown.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, nextFrames, openPage, useHarness, widgetsReady, WIDGET_SELECTOR, withPage } from './harness.mjs';

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** Each widget's fallback links: their text and whether they have a box on screen. */
const fallbacks = (page) =>
  page.locator(WIDGET_SELECTOR).evaluateAll((els) =>
    els.map((el) => {
      const link = el.querySelector(':scope > a');
      return { tag: el.localName, text: link?.textContent?.trim() ?? '', shown: Boolean(link && link.getClientRects().length > 0) };
    }),
  );

const h = useHarness();

describe('with JavaScript off', () => {
  for (const path of ['/demo/cms.html', '/demo/plain.html', '/demo/strict.html']) {
    test(`${path}: every widget shows its fallback link`, async () => {
      await withPage(h, path, { javaScriptEnabled: false }, async (opened) => {
        const links = await fallbacks(opened.page);
        assert.ok(links.length > 0);
        for (const link of links) {
          assert.ok(link.text, `<${link.tag}> has a fallback link`);
          assert.ok(link.shown, `<${link.tag}>'s fallback link "${link.text}" is shown`);
        }
        for (const link of await opened.page.locator(`${WIDGET_SELECTOR} > a`).all()) {
          assert.ok(await link.isVisible());
        }
      });
    });
  }

  test('/demo/cms.html: the documented CSS reserves each widget’s space', async () => {
    await withPage(h, '/demo/cms.html', { javaScriptEnabled: false }, async (opened) => {
      const heights = await opened.page.locator(WIDGET_SELECTOR).evaluateAll((els) =>
        els.map((el) => ({ tag: el.localName, height: el.getBoundingClientRect().height, fontSize: parseFloat(getComputedStyle(el).fontSize) })),
      );
      for (const { tag, height, fontSize } of heights) assert.ok(height >= 10 * fontSize, `<${tag}> keeps ${height}px`);
    });
  });
});

describe('once the widgets have upgraded', () => {
  for (const mode of MODES) test(`/demo/cms.html (${mode} DOM): the fallback links are no longer shown`, async () => {
    await withPage(h, '/demo/cms.html', { mode }, async (opened) => {
      await widgetsReady(opened.page);
      for (const link of await fallbacks(opened.page)) assert.equal(link.shown, false, `<${link.tag}>: "${link.text}"`);
    });
  });
});

/**
 * Loads a page with the widget script held back until the page has painted its fallbacks, then lets it run,
 * and returns the layout shift (the sum of every shift without recent input) and the widgets' heights.
 */
async function upgradeShift(path, viewport, { withoutReserveCss = false, mode = 'shadow' } = {}) {
  let release = () => {};
  const held = new Promise((resolve) => (release = resolve));
  const opened = await openPage(h, path, {
    viewport,
    mode,
    waitUntil: 'commit',
    route: async (page) => {
      await page.route('**/dist/cdn/net-widgets.js', async (route) => {
        await held;
        await route.continue();
      });
      if (withoutReserveCss) {
        await page.route('**/reserve-space.css', (route) => route.fulfill({ status: 200, contentType: 'text/css', body: '' }));
      }
    },
  });
  try {
    const { page } = opened;
    await page.locator(`${WIDGET_SELECTOR} > a`).first().waitFor({ state: 'visible' });
    await nextFrames(page);
    const heights = () => page.locator(WIDGET_SELECTOR).evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
    const reserved = await heights();
    assert.ok(await page.evaluate(() => !customElements.get('net-drug-card')), 'the page painted before the widgets were defined');
    release();
    await page.waitForLoadState('load');
    await widgetsReady(page);
    await nextFrames(page);
    const upgraded = await heights();
    const shifts = await page.evaluate(() => /** @type {any} */ (window).__netShifts);
    const cls = shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
    return { cls, shifts, reserved, upgraded };
  } finally {
    release();
    await opened.close();
  }
}

describe('layout shift while the widgets upgrade', () => {
  for (const mode of MODES) for (const path of ['/demo/cms.html', '/demo/plain.html']) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      test(`${path} (${mode} DOM), ${name} ${viewport.width}×${viewport.height}: layout shift is 0 with the documented CSS`, async (t) => {
        const { cls, shifts, reserved, upgraded } = await upgradeShift(path, viewport, { mode });
        t.diagnostic(`CLS ${cls.toFixed(4)}; widget heights reserved ${reserved.join('/')} px, upgraded ${upgraded.join('/')} px`);
        assert.equal(cls, 0, `layout shifts: ${JSON.stringify(shifts)}`);
      });
    }
  }

  test('the measurement can fail: without the documented CSS the CMS page shifts', async (t) => {
    const { cls } = await upgradeShift('/demo/cms.html', VIEWPORTS.desktop, { withoutReserveCss: true });
    t.diagnostic(`CLS without the :not(:defined) CSS: ${cls.toFixed(4)}`);
    assert.ok(cls > 0.05, `CLS ${cls}`);
  });
});
