// Server-rendered light-DOM snippets (issue 29: `npx net-widgets render <widget> ... light-dom`, dist/html-light/) on
// host pages under the strict CSP, the light stylesheet linked in the page's <head>: with JavaScript off they read in
// full as the page's own text (body.innerText, which reader views, translators and read-aloud tools walk), styled;
// with the script they hydrate in place (the same nodes, the same text, no layout shift, no warning) and work; two
// copies of one snippet end up with ids of their own. Both the CDN file and the npm build under Lit's dev build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STRICT_CSP } from '../../scripts/demo-server.mjs';
import { renderWidget } from '../../dist/node/ssr.js';
import { WIDGET_SELECTOR, content, drugName, nextFrames, readJson, treatmentsIn, useHarness, widgetsReady, withPage } from './harness.mjs';
import { WIDGETS } from '../../scripts/widgets.mjs';

const h = useHarness();
const TAGS = WIDGETS.map((w) => w.tag);
const everolimus = content.drugs.find((d) => d.id === 'everolimus');
const foods = content.diet.groups.flatMap((g) => g.foods.map((f) => f.name));

/**
 * What only JavaScript makes work (left out when texts are compared, as in tests/e2e/ssr.test.mjs), the notes that
 * say so, and the diet guide's medicines, which become buttons once <net-drug-card> is defined.
 */
const CHROME = '.search, .toggle, .print-choice, .option-link, .option-body .hint, .ask, .own, .list-actions, .general-button, .script-note, .pointer .drugs';

/** The two ways a page hydrates light snippets: the CDN file, and the npm build under Lit's development build. */
const BUILDS = [
  { name: 'the CDN script', path: '/demo/ssr-light.html', script: '**/dist/cdn/net-widgets.js', csp: true },
  { name: 'the npm build under Lit’s dev build', path: '/demo/ssr-light-dev.html', script: '**/demo/assets/hydrate-npm.js', csp: false },
];

/** Lit's development build says so once: the only warning the dev page may show. */
const notDevNotice = (warnings) => warnings.filter((w) => !/^Lit is in dev mode/.test(w));

/** Each widget's own root (`.base`, one per widget, its first element child) and what it reads, CHROME left out. */
const widgetTexts = (page) =>
  page.evaluate(
    ({ selector, hide }) =>
      [...document.querySelectorAll(selector)].map((el) => {
        const bases = el.querySelectorAll(':scope > .base');
        if (bases.length !== 1) return `<${el.localName}> has ${bases.length} roots`;
        const hidden = [...bases[0].querySelectorAll(hide)];
        const before = hidden.map((n) => n.style.display);
        hidden.forEach((n) => n.style.setProperty('display', 'none'));
        const text = bases[0].innerText;
        hidden.forEach((n, i) => (n.style.display = before[i]));
        return text.replace(/\s+/g, ' ').trim();
      }),
    { selector: WIDGET_SELECTOR, hide: CHROME },
  );

/** Nothing went wrong on the page: no uncaught error (a hydration mismatch throws one), console error or warning. */
async function assertQuiet(opened, build) {
  assert.deepEqual(opened.log.pageErrors, [], 'no uncaught error (Lit throws one for a hydration mismatch)');
  assert.deepEqual(opened.log.consoleErrors, []);
  assert.deepEqual(notDevNotice(opened.log.warnings), []);
  if (build.csp) assert.deepEqual(await opened.violations(), [], 'no CSP or Trusted Types violation');
}

/** Ids used more than once on the page. */
const duplicateIds = (page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  });

/** Holds the script back until `release()` (so the page can be read as served first). */
const holding = (pattern) => {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const route = async (page) => {
    await page.route(pattern, async (r) => {
      await released;
      await r.continue();
    });
  };
  return { route, release: () => release() };
};

/** One of the demo pages with `body` in place of its <main>'s widgets, served at `path` with the page's own policy. */
const servingPage = (build, path, body) => async (page) => {
  const integrity = readJson('dist/cdn/integrity.json').files;
  const html = readFileSync(`.${build.path}`, 'utf8')
    .replace(/%INTEGRITY\(([\w.-]+)\)%/g, (_, name) => integrity[name])
    .replace(/<main([^>]*)>[\s\S]*<\/main>/, `<main$1>${body}</main>`);
  const headers = build.csp ? { 'Content-Security-Policy': STRICT_CSP } : {};
  await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }));
};

describe('light snippets without JavaScript, under the strict CSP', () => {
  test('read in full as the page’s own text, styled by the linked light stylesheet, with no shadow root', async () => {
    await withPage(h, '/demo/ssr-light.html', { javaScriptEnabled: false }, async (opened) => {
      const { page } = opened;
      assert.equal(opened.response?.headers()['content-security-policy'], STRICT_CSP);
      const source = await opened.response.text();
      assert.doesNotMatch(source, /<template|<style|style="/, 'no shadow root, no inline style');
      const state = await page.locator(WIDGET_SELECTOR).evaluateAll((els) =>
        els.map((el) => ({
          tag: el.localName,
          defined: !!customElements.get(el.localName),
          shadow: !!el.shadowRoot,
          border: getComputedStyle(el.querySelector(':scope > .base')).borderTopStyle,
        })),
      );
      assert.deepEqual(
        state,
        TAGS.map((tag) => ({ tag, defined: false, shadow: false, border: 'solid' })),
        'four widgets, not defined (no JavaScript ran), in light DOM, styled',
      );
      const text = await page.evaluate(() => document.body.innerText);
      assert.ok(text.includes(everolimus.name), 'the drug’s name');
      assert.ok(text.includes(everolimus.sideEffects.serious.text.slice(0, 60)), 'a serious side effect');
      for (const item of everolimus.sideEffects.common.items) assert.ok(text.includes(item), `a common side effect: ${item}`);
      const list = page.locator('net-treatment-list');
      const listText = await list.innerText();
      for (const t of content.treatments) {
        assert.ok(text.includes(t.name) && text.includes(t.summary), `the list names ${t.name} and sums it up`);
        assert.ok(!listText.includes(t.about.text.slice(0, 60)), `${t.name} is closed`);
      }
      for (const food of foods) assert.ok(text.includes(food), `the diet guide’s ${food}`);
      assert.ok(text.includes(drugName('telotristat-ethyl')), 'the guide names its medicines');
      assert.equal(text.split(content.common.disclaimer).length - 1, TAGS.length, 'each widget’s disclaimer');
      // The treatment list's options are <details>: one opens without JavaScript, and its words are the page's.
      assert.equal(await list.locator('details').count(), content.treatments.length, 'one <details> per option');
      const surgery = content.treatments[0];
      await list.locator('summary', { hasText: surgery.name }).first().click();
      assert.ok((await page.evaluate(() => document.body.innerText)).includes(surgery.about.text.slice(0, 60)), 'an option opens');
      assert.deepEqual(await duplicateIds(page), [], 'no id twice on the page');
      assert.deepEqual(opened.log.consoleErrors, [], 'no style blocked');
      assert.deepEqual(opened.log.failed, []);
    });
  });

  test('in French: the page’s own French text', async () => {
    const fr = { drugs: readJson('data/fr/drugs.json'), diet: readJson('data/fr/diet.json'), common: readJson('data/fr/ui-common.json') };
    await withPage(h, '/demo/ssr-light-fr.html', { javaScriptEnabled: false }, async (opened) => {
      const text = await opened.page.evaluate(() => document.body.innerText);
      const card = fr.drugs.find((d) => d.id === 'everolimus');
      assert.ok(text.includes(card.name), 'the French drug name');
      assert.ok(text.includes(card.sideEffects.serious.text.slice(0, 60)), 'a French side effect');
      for (const food of fr.diet.groups.flatMap((g) => g.foods.map((f) => f.name))) assert.ok(text.includes(food), food);
      assert.ok(text.includes(fr.common.disclaimer), 'the French disclaimer');
      assert.deepEqual(
        await opened.page.locator(WIDGET_SELECTOR).evaluateAll((els) => els.map((el) => el.querySelector(':scope > .base')?.getAttribute('lang'))),
        ['fr', 'fr', 'fr', 'fr'],
      );
      assert.deepEqual(opened.log.consoleErrors, []);
    });
  });
});

/** The boxes of what a reader sees of each widget: its visible headings, and the treatment list's search, options and footer. */
const layoutBoxes = (page) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].flatMap((el) =>
        [...el.querySelectorAll('h1, h2, h3, h4, h5, h6, net-treatment-list .search, net-treatment-list .option, net-treatment-list .footer')]
          .filter((n) => n.checkVisibility() && n.getBoundingClientRect().height > 0)
          .map((n) => {
            const r = n.getBoundingClientRect();
            return `<${el.localName}> ${n.localName}.${n.classList[0] ?? ''} "${n.textContent.replace(/\s+/g, ' ').trim().slice(0, 30)}" at ${Math.round(r.left)}, ${Math.round(r.top + scrollY)}, ${Math.round(r.width)} × ${Math.round(r.height)}`;
          }),
      ),
    WIDGET_SELECTOR,
  );


/** Opens the build's page with its script held back, reads it as served, lets the script run, waits for hydration. */
async function servedThenHydrated(build, use) {
  const held = holding(build.script);
  await withPage(h, build.path, { route: held.route, waitUntil: 'commit' }, async (opened) => {
    const { page } = opened;
    await page.locator('net-questions > .base .footer').waitFor();
    await nextFrames(page);
    const served = { text: await widgetTexts(page), boxes: await layoutBoxes(page) };
    await page.evaluate((selector) => {
      const w = /** @type {any} */ (window);
      w.__served = [...document.querySelectorAll(selector)].map((el) => el.querySelector(':scope > .base'));
      w.__heading = document.querySelector('net-drug-card h2');
    }, WIDGET_SELECTOR);
    held.release();
    await widgetsReady(page);
    await nextFrames(page);
    await use(opened, served);
  });
}

for (const build of BUILDS) {
  describe(`light snippets hydrated by ${build.name}`, () => {
    test('hydrate in place: the same nodes, the same text, the served ids, no warning or error', async () => {
      await servedThenHydrated(build, async (opened, served) => {
        const { page } = opened;
        const kept = await page.evaluate(
          (selector) => ({
            roots: [...document.querySelectorAll(selector)].map((el, i) => el.querySelector(':scope > .base') === /** @type {any} */ (window).__served[i]),
            rootCounts: [...document.querySelectorAll(selector)].map((el) => el.querySelectorAll(':scope > .base').length),
            heading: document.querySelector('net-drug-card h2') === /** @type {any} */ (window).__heading,
            prefixes: [...document.querySelectorAll(selector)].map((el) => el.getAttribute('data-net-ids')),
          }),
          WIDGET_SELECTOR,
        );
        assert.deepEqual(kept.rootCounts, [1, 1, 1, 1], 'one root per widget: none rendered again beside the served one');
        assert.deepEqual(kept.roots, [true, true, true, true], 'each widget kept the root it was served with');
        assert.equal(kept.heading, true, 'the card’s heading is the node it was served with');
        assert.ok(kept.prefixes.every((p) => /^n[a-z][a-z0-9]{6}-$/.test(p)), `the served prefixes: ${kept.prefixes}`);
        assert.deepEqual(await widgetTexts(page), served.text, 'the text is the one served');
        assert.deepEqual(await duplicateIds(page), [], 'no id twice on the page');
        await assertQuiet(opened, build);
      });
    });

    test('nothing moves: every heading, and the list’s search, options and footer, keep their boxes; no layout shift', async () => {
      await servedThenHydrated(build, async ({ page }, served) => {
        assert.ok(served.boxes.length > TAGS.length, 'boxes to compare');
        assert.deepEqual(await layoutBoxes(page), served.boxes, 'the same boxes');
        assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__netShifts), [], 'no layout shift');
      });
    });

    test('work once hydrated: the list’s search answers, an option opens into the page’s own text, the guide’s search answers', async () => {
      await withPage(h, build.path, {}, async (opened) => {
        const { page } = opened;
        await widgetsReady(page);
        const list = page.locator('net-treatment-list');
        await list.getByRole('searchbox').fill('everolimus');
        await list.getByRole('status').getByText('everolimus').first().waitFor();
        await list.getByRole('searchbox').fill('');
        const [targeted] = treatmentsIn('targeted');
        const option = list.getByRole('button', { name: targeted.name, exact: true });
        assert.equal(await option.getAttribute('aria-expanded'), 'false', 'closed as served');
        await option.click();
        assert.equal(await option.getAttribute('aria-expanded'), 'true', 'opens');
        const body = await page.evaluate(() => document.body.innerText);
        assert.ok(body.includes(targeted.about.text.slice(0, 60)), 'what it is, in the page’s own text');
        const guide = page.locator('net-diet-guide');
        await guide.getByRole('searchbox').fill('cheese');
        await guide.getByRole('searchbox').press('Enter');
        await guide.locator('[role="status"]').getByText('cheese').first().waitFor();
        assert.deepEqual(await duplicateIds(page), [], 'no id twice on the page');
        await assertQuiet(opened, build);
      });
    });

    /** Two copies of one light snippet (the same prefix), hydrating at once; `use` gets the page and the served prefix. */
    const twoCopies = async (use) => {
      const snippet = renderWidget('net-drug-card', { drug: 'everolimus', 'light-dom': true, 'defer-hydration': false });
      const served = /data-net-ids="([^"]+)"/.exec(snippet)[1];
      const path = build.path.replace('.html', '-twice.html');
      await withPage(h, path, { route: servingPage(build, path, `${snippet}\n${snippet}`) }, async (opened) => {
        await widgetsReady(opened.page);
        const cards = await opened.page.locator('net-drug-card').evaluateAll((els) =>
          els.map((el) => ({
            prefix: el.getAttribute('data-net-ids'),
            roots: el.querySelectorAll(':scope > .base').length,
            ids: [...el.querySelectorAll('[id]')].map((n) => n.id),
          })),
        );
        await use(opened, cards, served);
      });
    };

    test('two copies of one snippet: each ends up with ids of its own, none twice, both show the card', async () => {
      await twoCopies(async (opened, cards) => {
        assert.equal(cards.length, 2);
        assert.notEqual(cards[0].prefix, cards[1].prefix, 'two prefixes');
        for (const card of cards) {
          assert.equal(card.roots, 1, `${card.prefix}: one root`);
          assert.ok(card.ids.length > 0 && card.ids.every((id) => id.startsWith(card.prefix)), `${card.prefix}: its ids carry its prefix`);
        }
        assert.deepEqual(await duplicateIds(opened.page), [], 'no id twice on the page');
        assert.equal(await opened.page.getByRole('heading', { name: everolimus.name, exact: true, level: 2 }).count(), 2, 'both cards show the drug');
        await assertQuiet(opened, build);
      });
    });

    test('two copies of one snippet: the first hydrates with the server’s ids, the second renders afresh', async () => {
      await twoCopies(async (_, cards, served) => {
        assert.equal(cards[0].prefix, served, 'the first keeps the server’s prefix');
        assert.notEqual(cards[1].prefix, served, 'the second has one of its own');
      });
    });
  });
}
