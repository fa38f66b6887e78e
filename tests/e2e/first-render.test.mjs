// When widgets first render (src/shared/first-render.ts): each in a task of its own, top of the page first; a widget
// far below the screen while the page loads waits until the reader comes near, yet prints in full and still writes
// its structured data for search engines; and nothing shifts on screen while they take their turns.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { content, drugName, nextFrames, useHarness, withPage } from './harness.mjs';

const h = useHarness();

const PATH = '/demo/first-render.html';
/** A long page: a card at the top, a tall article, then a diet guide with structured data far below the screen. */
const LONG_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long page</title>
<link rel="icon" href="data:,"><script type="module" src="/dist/cdn/net-widgets.js"></script></head>
<body><main><h1>A long page</h1>
<net-drug-card drug="octreotide"></net-drug-card>
${'<p>Some of the hospital page’s own words, before the diet guide further down.</p>'.repeat(120)}
<net-diet-guide structured-data></net-diet-guide>
<footer><p>The page’s footer.</p></footer></main></body></html>`;
const serving = async (page) => {
  await page.route(`**${PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: LONG_PAGE }));
};

/** Whether each widget on the page has rendered (its frame is in its shadow root). */
const rendered = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('net-drug-card, net-diet-guide')].map((el) => [el.localName, !!el.shadowRoot?.querySelector('.base')]),
    ),
  );

describe('first render', () => {
  test('a widget far below the screen waits for the reader, but writes its structured data at once', async () => {
    await withPage(h, PATH, { route: serving, viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await page.locator('net-drug-card').getByRole('heading', { name: drugName('octreotide'), level: 2 }).waitFor();
      await page.waitForFunction(() => !!document.querySelector('net-diet-guide > script[type="application/ld+json"]'));
      await nextFrames(page);
      assert.deepEqual(await rendered(page), { 'net-drug-card': true, 'net-diet-guide': false }, 'the guide waits');
      const jsonLd = await page.evaluate(() => JSON.parse(document.querySelector('net-diet-guide > script[type="application/ld+json"]').textContent));
      assert.equal(jsonLd['@type'], 'MedicalWebPage', 'search engines still find it');
      // The card at the top upgraded as on any page without the documented :not(:defined) CSS; what follows is ours.
      await page.evaluate(() => (/** @type {any} */ (window).__netShifts.length = 0));
      // The reader scrolls down (a script's scroll, so that any shift counts): it renders one screen ahead of them.
      for (let i = 0; i < 40 && !(await rendered(page))['net-diet-guide']; i++) {
        await page.evaluate(() => window.scrollBy(0, 400));
        await nextFrames(page);
      }
      assert.equal((await rendered(page))['net-diet-guide'], true);
      assert.ok(await page.locator('net-diet-guide').getByRole('heading', { name: content.diet.name, level: 2 }).isVisible());
      const shifts = await page.evaluate(() => /** @type {any} */ (window).__netShifts ?? []);
      const cls = shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
      assert.equal(cls, 0, `nothing moved on screen while the widgets took their turns: ${JSON.stringify(shifts)}`);
    });
  });

  test('printing renders a widget that was still waiting, in full', async () => {
    await withPage(h, PATH, { route: serving, viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await page.locator('net-drug-card').getByRole('heading', { name: drugName('octreotide'), level: 2 }).waitFor();
      await nextFrames(page);
      assert.equal((await rendered(page))['net-diet-guide'], false, 'still waiting');
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction(() => !!document.querySelector('net-diet-guide').shadowRoot?.querySelector('.base'));
      const printed = await page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('net-diet-guide').shadowRoot.querySelector('.base')).innerText);
      for (const group of content.diet.groups) assert.ok(printed.includes(group.name), `prints ${group.name}`);
    });
  });

  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    test(`a list at the top is painted before the next widget renders, its head first, then gets every option, and nothing shifts (${viewport.width} px)`, async () => {
      const path = '/demo/list-first.html';
      const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Treatments</title>
<link rel="icon" href="data:,"><script>
  // Each frame: whether the list's heading, its options and its footer had a box, and whether the card below it had
  // rendered yet.
  window.__frames = [];
  const shown = (el) => !!el && el.getClientRects().length > 0;
  const look = () => {
    const root = document.querySelector('net-treatment-list')?.shadowRoot;
    const card = document.querySelector('net-drug-card')?.shadowRoot?.querySelector('.base');
    window.__frames.push({
      heading: shown(root?.querySelector('h2')),
      search: shown(root?.querySelector('input[type="search"]')),
      options: root?.querySelectorAll('li[id^="net-treatment-"]').length ?? 0,
      footer: shown(root?.querySelector('[part~="footer"]')),
      card: !!card,
    });
    if (!card) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
</script><script type="module" src="/dist/cdn/net-widgets.js"></script><script type="module">
  // A host's script that waits for the list while the page loads: what has it got when \`updateComplete\` resolves?
  const list = document.querySelector('net-treatment-list');
  await list.updateComplete;
  window.__atComplete = {
    options: list.shadowRoot.querySelectorAll('li[id^="net-treatment-"]').length,
    footer: !!list.shadowRoot.querySelector('[part~="footer"]'),
  };
</script></head>
<body><main><h1>Treatments</h1><net-treatment-list></net-treatment-list><net-drug-card drug="everolimus"></net-drug-card></main></body></html>`;
      const route = async (page) => {
        await page.route(`**${path}`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
      };
      await withPage(h, path, { route, viewport }, async ({ page }) => {
        // The list's own upgrade may move the card (this page has no :not(:defined) CSS); what follows is ours.
        await page.waitForFunction(() => /** @type {any} */ (document.querySelector('net-treatment-list'))?.hasUpdated);
        await page.evaluate(() => /** @type {any} */ (window).__netShifts.length = 0);
        const count = content.treatments.length;
        await page.waitForFunction((n) => document.querySelector('net-treatment-list')?.shadowRoot?.querySelectorAll('li[id^="net-treatment-"]').length === n, count);
        await page.locator('net-drug-card').getByRole('heading', { name: drugName('everolimus') }).waitFor();
        const frames = await page.evaluate(() => /** @type {any} */ (window).__frames);
        const seen = JSON.stringify(frames.filter((f) => f.heading));
        assert.ok(frames.some((f) => f.heading && !f.card), `a frame showed the list's heading before the card rendered: ${seen}`);
        // While the page loads, the list's head (title, search, count) is painted first, on its own.
        assert.ok(frames.some((f) => f.heading && f.search && f.options === 0), `a frame showed the list's head alone: ${seen}`);
        // What comes after the options never shows before them: they would push it down.
        assert.ok(frames.every((f) => !f.footer || f.options > 0), `the footer came with the options, not before: ${seen}`);
        assert.ok(frames.some((f) => f.heading && f.options > 0 && !f.card), `the options came before the card below rendered: ${seen}`);
        assert.ok(await page.locator('net-treatment-list').getByText(content.common.disclaimer).first().isVisible(), 'the disclaimer is shown');
        // A script that awaits the list's updateComplete gets the whole first render, not the head alone.
        const atComplete = await page.evaluate(() => /** @type {any} */ (window).__atComplete);
        assert.ok(atComplete.options > 0 && atComplete.footer, `updateComplete resolved with the options and the footer: ${JSON.stringify(atComplete)}`);
        const shifts = await page.evaluate(() => /** @type {any} */ (window).__netShifts ?? []);
        assert.equal(shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0), 0, JSON.stringify(shifts));
      });
    });
  }

  test('a widget added after the page has loaded renders at once (an app, a test)', async () => {
    await withPage(h, PATH, { route: serving }, async ({ page }) => {
      await page.waitForLoadState('load');
      const shown = await page.evaluate(async () => {
        const card = document.createElement('net-drug-card');
        card.setAttribute('drug', 'everolimus');
        document.querySelector('footer').append(card);
        await /** @type {any} */ (card).updateComplete;
        return !!card.shadowRoot.querySelector('.base');
      });
      assert.equal(shown, true);
    });
  });
});
