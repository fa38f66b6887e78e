// Server-rendered snippets (src/ssr/, `npx net-widgets render`) on host pages: with JavaScript off they read in full,
// pass axe and print; with the CDN script they hydrate in place (the same nodes, no layout shift, no mismatch, no
// console warning) and work; under the strict CSP their linked stylesheets pass; their text is the client's, for
// every bundled entry; and the npm build hydrates them under Lit's dev build without a warning.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP } from '../../scripts/demo-server.mjs';
import { bundledEntries, renderWidget, staticAttributes } from '../../dist/node/ssr.js';
import { AXE_PATH, WIDGET_SELECTOR, content, drugName, nextFrames, openPage, treatmentsIn, useHarness, widgetsReady, withPage } from './harness.mjs';
import { WIDGETS } from '../../scripts/widgets.mjs';

const h = useHarness();
const listLabels = content.treatmentListLabels;
const dietLabels = JSON.parse((await import('node:fs')).readFileSync('data/en/ui-diet-guide.json', 'utf8'));

/**
 * What only JavaScript makes work: left out when texts are compared (the searches, toggles, print and link buttons,
 * "Add to my questions", and <net-questions>' own question, list buttons and general list buttons).
 */
const CHROME = '.search, .toggle, .print-choice, .option-link, .option-body .hint, .ask, .own, .list-actions, .general-button';

/** Each widget's visible text (shadow root included), whitespace collapsed, without `hide` (a selector) if given. */
const widgetTexts = (page, hide = '') =>
  page.evaluate(
    ({ selector, hide }) =>
      [...document.querySelectorAll(selector)].map((el) => {
        const root = el.shadowRoot;
        if (!root) return `<${el.localName}> has no shadow root`;
        const hidden = hide ? [...root.querySelectorAll(hide)] : [];
        const before = hidden.map((n) => n.style.display);
        hidden.forEach((n) => n.style.setProperty('display', 'none'));
        const text = root.querySelector('.base')?.innerText ?? '';
        hidden.forEach((n, i) => (n.style.display = before[i]));
        return text.replace(/\s+/g, ' ').trim();
      }),
    { selector: WIDGET_SELECTOR, hide },
  );

/** Serves `html` at `path` on the demo origin for this page (scripts and styles still come from the demo server). */
const serving = (path, html, headers = {}) => async (page) => {
  await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }));
};

const pageWith = (body, head = '') =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>net-widgets snippets</title><link rel="icon" href="data:,">${head}</head><body><main>${body}</main></body></html>`;

/** Blocks the widgets' scripts: the page of a CMS that strips them (JavaScript still runs, so axe can). */
const withoutWidgetScripts = async (page) => {
  await page.route('**/dist/cdn/*.js', (route) => route.abort());
};

describe('server-rendered snippets without JavaScript', () => {
  test('read in full: every widget styled in its shadow root, with its content, sources, dates and disclaimer', async () => {
    await withPage(h, '/demo/ssr.html', { javaScriptEnabled: false }, async (opened) => {
      const { page } = opened;
      // The standard attribute alone gives each widget its shadow root: the snippets no longer carry `shadowroot`.
      const source = await opened.response.text();
      assert.equal(source.match(/<template shadowrootmode="open">/g)?.length, 4, 'a declarative shadow root per widget');
      assert.doesNotMatch(source, /shadowroot=/, 'no obsolete shadowroot attribute');
      const state = await page.locator(WIDGET_SELECTOR).evaluateAll((els) =>
        els.map((el) => ({
          tag: el.localName,
          defined: !!customElements.get(el.localName),
          border: el.shadowRoot ? getComputedStyle(el.shadowRoot.querySelector('.base')).borderTopStyle : 'none',
          scripts: el.querySelectorAll('script').length + (el.shadowRoot?.querySelectorAll('script').length ?? 0),
        })),
      );
      assert.equal(state.length, 4);
      for (const s of state) {
        assert.equal(s.defined, false, `<${s.tag}> is not defined: no JavaScript ran`);
        assert.equal(s.border, 'solid', `<${s.tag}> is styled`);
        assert.equal(s.scripts, 0, `<${s.tag}> holds no script`);
      }
      const [card, compact, list, guide] = await widgetTexts(page);
      for (const text of [card, compact, list, guide]) assert.ok(text.includes(content.common.disclaimer), 'the disclaimer');
      for (const text of [card, compact, guide]) {
        assert.ok(text.includes(content.common.lastReviewed) && text.includes(content.common.nextReview), 'the review dates');
      }
      const everolimus = content.drugs.find((d) => d.id === 'everolimus');
      assert.ok(card.includes(everolimus.name), 'the card');
      assert.ok(card.includes(everolimus.sideEffects.serious.text.slice(0, 60)), 'serious side effects');
      assert.ok(!compact.includes(content.drugCardLabels.showLess.split('{')[0].trim()), 'the compact card’s button is not shown');
      // The list is collapsed: each option a closed <details> that names it and sums it up, and opens without a script.
      for (const t of content.treatments) {
        assert.ok(list.includes(t.name) && list.includes(t.summary), `the list names ${t.name} and sums it up`);
        assert.ok(!list.includes(t.about.text.slice(0, 60)), `${t.name} is closed`);
      }
      const listEl = page.locator('net-treatment-list');
      assert.equal(await listEl.locator('details').count(), content.treatments.length, 'one <details> per option');
      const surgery = content.treatments[0];
      await listEl.locator('summary', { hasText: surgery.name }).first().click();
      const listOpened = (await widgetTexts(page))[2];
      assert.ok(listOpened.includes(surgery.about.text.slice(0, 60)), 'an option opens without JavaScript, with what it is');
      assert.ok(listOpened.includes(content.common.lastReviewed) && listOpened.includes(content.common.nextReview), 'its review dates');
      // The search is shown, disabled, with one short line in place of its hint: no tall empty panel.
      assert.ok(list.includes(listLabels.searchNeedsScript), 'the list says its search needs JavaScript');
      assert.ok(list.includes(listLabels.searchLabel) && list.includes(listLabels.filtersLegend), 'and shows its search form');
      const search = await listEl.evaluate((el) => {
        const root = /** @type {ShadowRoot} */ (el.shadowRoot);
        const box = (/** @type {string} */ s) => root.querySelector(s)?.getBoundingClientRect();
        const note = root.querySelector('.script-note');
        return {
          disabled: [...root.querySelectorAll('.search input')].every((input) => /** @type {HTMLInputElement} */ (input).matches(':disabled')),
          checked: root.querySelectorAll('.search input:checked').length,
          noteFits: note ? note.scrollHeight <= Math.ceil(box('.hint').height) + 1 : false,
          hintHidden: getComputedStyle(root.querySelector('.hint')).visibility === 'hidden',
        };
      });
      assert.deepEqual(search, { disabled: true, checked: 0, noteFits: true, hintHidden: true }, 'the form disabled, the note on the hint’s line');
      assert.ok(guide.includes(dietLabels.searchNeedsScript), 'the guide says its search needs JavaScript');
      for (const food of content.diet.groups.flatMap((g) => g.foods)) assert.ok(guide.includes(food.name), food.name);
      assert.ok(guide.includes(drugName('telotristat-ethyl')), 'the guide names its medicines');
      assert.deepEqual(opened.log.consoleErrors, []);
    });
  });

  test('pass axe, with the widgets’ script stripped as a CMS would', async () => {
    await withPage(h, '/demo/ssr.html', { route: withoutWidgetScripts, bypassCSP: true }, async (opened) => {
      await opened.page.addScriptTag({ path: AXE_PATH });
      const violations = await opened.page.evaluate(async () => {
        const result = await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      assert.equal(await opened.page.evaluate(() => customElements.get('net-drug-card')), undefined);
    });
  });

  test('print what the reader opened: that option in full, the others by name, no search or note about it', async () => {
    await withPage(h, '/demo/ssr.html', { javaScriptEnabled: false }, async (opened) => {
      const [chosen, ...others] = content.treatments.filter((t) => t.category === 'radionuclide' || t.category === 'targeted');
      await opened.page.locator('net-treatment-list summary', { hasText: chosen.name }).first().click();
      await opened.page.emulateMedia({ media: 'print' });
      const [, , list, guide] = await widgetTexts(opened.page);
      assert.ok(list.includes(chosen.about.text.slice(0, 60)), `prints what ${chosen.name} is`);
      for (const t of others) assert.ok(list.includes(t.name) && !list.includes(t.about.text.slice(0, 60)), `prints ${t.name} by name`);
      assert.ok(list.includes(listLabels.printNote), 'says that it prints only what was opened in full');
      assert.ok(!list.includes(listLabels.searchNeedsScript) && !guide.includes(dietLabels.searchNeedsScript), 'no note on paper');
      assert.ok(guide.includes(content.common.disclaimer));
    });
  });
});

describe('server-rendered snippets hydrated by the CDN script', () => {
  test('hydrate in place: the same nodes, the same text, no layout shift, no warning or error', async () => {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    const hold = async (page) => {
      await page.route('**/dist/cdn/net-widgets.js', async (route) => {
        await released;
        await route.continue();
      });
    };
    await withPage(h, '/demo/ssr.html', { route: hold, waitUntil: 'commit' }, async (opened) => {
      const { page } = opened;
      await page.waitForFunction(() => document.querySelector('net-diet-guide')?.shadowRoot?.querySelector('.footer'));
      await nextFrames(page);
      // The diet guide's medicines become buttons once <net-drug-card> is defined: compared apart.
      const before = await widgetTexts(page, `${CHROME}, .pointer .drugs`);
      await page.evaluate((selector) => {
        /** @type {any} */ (window).__nodes = [...document.querySelectorAll(selector)].map((el) => el.shadowRoot.querySelector('.base'));
      }, WIDGET_SELECTOR);
      release();
      await widgetsReady(page);
      await nextFrames(page);
      const same = await page.evaluate(
        (selector) => [...document.querySelectorAll(selector)].map((el, i) => el.shadowRoot.querySelector('.base') === /** @type {any} */ (window).__nodes[i]),
        WIDGET_SELECTOR,
      );
      assert.deepEqual(same, [true, true, true, true], 'each widget kept the nodes it was served with');
      assert.deepEqual(await widgetTexts(page, `${CHROME}, .pointer .drugs`), before, 'the text is the one served');
      assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__netShifts), [], 'no layout shift');
      assert.deepEqual(opened.log.pageErrors, [], 'no hydration mismatch (Lit throws one)');
      assert.deepEqual(opened.log.consoleErrors, []);
      assert.deepEqual(opened.log.warnings, []);
    });
  });

  test('work: options close, medicines open, both searches answer, the compact card closes', async () => {
    await withPage(h, '/demo/ssr.html', {}, async (opened) => {
      const { page } = opened;
      await widgetsReady(page);
      const list = page.locator('net-treatment-list');
      const somatostatin = content.treatments.find((t) => t.id === 'somatostatin-analogues');
      const toggle = list.getByRole('button', { name: somatostatin.name, exact: true });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'served closed, and so once hydrated');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'opens');
      await list.getByRole('button', { name: drugName('lanreotide'), exact: true }).click();
      await list.locator('net-drug-card').getByRole('heading', { name: drugName('lanreotide'), exact: true }).waitFor();
      await list.getByRole('searchbox').fill('lanreotide');
      await list.getByRole('status').getByText('lanreotide').waitFor();
      const guide = page.locator('net-diet-guide');
      await guide.getByRole('searchbox').fill('beer');
      await guide.getByRole('searchbox').press('Enter');
      await guide.locator('[role="status"]').getByText('beer').first().waitFor();
      const medicine = guide.getByRole('button', { name: new RegExp(drugName('telotristat-ethyl')) });
      await medicine.click();
      await guide.locator('net-drug-card').getByRole('heading', { name: drugName('telotristat-ethyl'), exact: true }).waitFor();
      const compact = page.locator('net-drug-card[variant="compact"]');
      const less = compact.getByRole('button', { name: /Show less/ });
      await less.click();
      assert.equal(await compact.locator('#details').evaluate((el) => getComputedStyle(el).display), 'none', 'the compact card closes');
      assert.deepEqual(opened.log.pageErrors, []);
      assert.deepEqual(opened.log.warnings, []);
    });
  });

  test('a snippet rendered on another day hydrates as on that day, then shows today’s review state', async () => {
    const everolimus = content.drugs.find((d) => d.id === 'everolimus');
    const snippet = renderWidget('net-drug-card', { drug: 'everolimus' }, { date: '2099-01-01' });
    assert.ok(snippet.includes(content.common.reviewOverdueLabel), 'served with the notice, as due on that day');
    const html = pageWith(snippet, '<script type="module" src="/dist/cdn/net-widgets.js"></script>');
    await withPage(h, '/demo/ssr-another-day.html', { route: serving('/demo/ssr-another-day.html', html) }, async (opened) => {
      await widgetsReady(opened.page);
      await nextFrames(opened.page);
      const notice = opened.page.locator('net-drug-card [part="review-notice"]');
      const overdueToday = everolimus.nextReview < new Date().toISOString().slice(0, 10);
      assert.equal(await notice.count(), overdueToday ? 1 : 0, 'today decides once hydrated');
      assert.deepEqual(opened.log.pageErrors, [], 'no hydration mismatch');
    });
  });
});

describe('server-rendered snippets under the strict CSP', () => {
  test('linked stylesheets style every shadow root without JavaScript, with no violation', async () => {
    await withPage(h, '/demo/ssr-strict.html', { javaScriptEnabled: false }, async (opened) => {
      assert.equal(opened.response?.headers()['content-security-policy'], STRICT_CSP);
      const borders = await opened.page.locator(WIDGET_SELECTOR).evaluateAll((els) =>
        els.map((el) => getComputedStyle(el.shadowRoot.querySelector('.base')).borderTopStyle),
      );
      assert.deepEqual(borders, ['solid', 'solid', 'solid']);
      assert.deepEqual(opened.log.consoleErrors, [], 'the browser reports no blocked style');
    });
  });

  test('hydrate and work with zero violations', async () => {
    await withPage(h, '/demo/ssr-strict.html', {}, async (opened) => {
      const { page } = opened;
      await widgetsReady(page);
      const guide = page.locator('net-diet-guide');
      await guide.getByRole('searchbox').fill('beer');
      await guide.getByRole('searchbox').press('Enter');
      await guide.locator('[role="status"]').getByText('beer').first().waitFor();
      const list = page.locator('net-treatment-list');
      const somatostatin = content.treatments.find((t) => t.id === 'somatostatin-analogues');
      await list.getByRole('button', { name: somatostatin.name, exact: true }).click();
      await list.getByRole('button', { name: drugName('octreotide'), exact: true }).first().click();
      await list.locator('net-drug-card').first().getByRole('heading', { name: drugName('octreotide'), exact: true }).waitFor();
      assert.deepEqual(await opened.violations(), []);
      assert.deepEqual(opened.log.pageErrors, []);
      assert.deepEqual(opened.log.consoleErrors, []);
      assert.deepEqual(opened.log.warnings, []);
    });
  });

  test('the same snippet with its styles inline is blocked by that policy (what the linked stylesheets avoid)', async () => {
    const html = pageWith(renderWidget('net-drug-card', { drug: 'octreotide' }));
    const path = '/demo/ssr-inline-strict.html';
    await withPage(h, path, { route: serving(path, html, { 'Content-Security-Policy': STRICT_CSP }) }, async (opened) => {
      assert.ok((await opened.violations()).some((v) => v.startsWith('style-src')), 'the inline <style> is refused');
    });
  });
});

describe('every bundled entry: the static HTML reads as the client renders it', () => {
  const entries = bundledEntries();
  const date = new Date().toISOString().slice(0, 10);
  const attrsOf = (entry) =>
    Object.entries(staticAttributes(entry.tag, entry.attrs, date))
      .filter(([, v]) => v !== false && v != null)
      .map(([k, v]) => (v === true ? k : `${k}="${v}"`))
      .join(' ');

  for (const { tag } of WIDGETS) {
    test(`<${tag}>: every entry’s visible text, without JavaScript and client-rendered`, async () => {
      const mine = entries.filter((e) => e.tag === tag);
      const staticPath = `/demo/ssr-entries-${tag}.html`;
      const staticHtml = pageWith(mine.map((e) => renderWidget(e.tag, e.attrs, { date })).join('\n'));
      const clientPath = `/demo/client-entries-${tag}.html`;
      // The diet guide asks a defined <net-drug-card> for its medicines' names (it does not bundle the drugs): the
      // server has it, so the client page has it too (net-widgets.js), and its medicine buttons are compared apart.
      const script = tag === 'net-diet-guide' ? 'net-widgets.js' : `${tag}.js`;
      const clientHtml = pageWith(
        mine.map((e) => `<${tag} ${attrsOf(e)}></${tag}>`).join('\n'),
        `<script type="module" src="/dist/cdn/${script}"></script>`,
      );
      const served = await openPage(h, staticPath, { javaScriptEnabled: false, route: serving(staticPath, staticHtml) });
      const client = await openPage(h, clientPath, { route: serving(clientPath, clientHtml) });
      try {
        await widgetsReady(client.page);
        const hide = `${CHROME}, .script-note, .pointer .drugs`;
        const expected = await widgetTexts(client.page, hide);
        const actual = await widgetTexts(served.page, hide);
        assert.equal(actual.length, mine.length);
        for (const [i, entry] of mine.entries()) {
          assert.ok(actual[i].length > 200, `${entry.name}: has its text`);
          assert.equal(actual[i], expected[i], `dist/html/${tag}/${entry.name}.html`);
        }
        if (tag === 'net-diet-guide') {
          const names = await served.page.locator('net-diet-guide .drug-name').allInnerTexts();
          const ids = content.diet.symptomControl.flatMap((s) => s.drugIds ?? []);
          assert.ok(names.length >= ids.length, 'the medicines are named');
          assert.deepEqual([...new Set(names)].sort(), [...new Set(ids.map(drugName))].sort(), 'by the drug cards’ names');
        }
        assert.deepEqual(client.log.warnings, []);
      } finally {
        await served.close();
        await client.close();
      }
    });
  }
});

describe('hydrated by the npm build under Lit’s dev build', () => {
  test('no warning but Lit’s dev-mode notice, no mismatch, and the widgets work', async () => {
    await withPage(h, '/demo/ssr-dev.html', {}, async (opened) => {
      const { page } = opened;
      await widgetsReady(page);
      const list = page.locator('net-treatment-list');
      const surgery = content.treatments.find((t) => t.category === 'surgery-liver');
      const toggle = list.getByRole('button', { name: surgery.name, exact: true });
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await page.locator('net-diet-guide').getByRole('button', { name: new RegExp(drugName('telotristat-ethyl')) }).waitFor();
      await nextFrames(page);
      assert.ok(opened.log.requests.some((u) => u.includes('/lit-html/development/')), 'Lit’s dev build is loaded');
      assert.deepEqual(opened.log.warnings.filter((w) => !/^Lit is in dev mode/.test(w)), []);
      assert.deepEqual(opened.log.pageErrors, []);
      assert.deepEqual(opened.log.consoleErrors, []);
    });
  });
});

describe('server-rendered snippets hydrate lazily (src/shared/first-render.ts)', () => {
  /** Whether each snippet has hydrated (Lit has updated it), by tag. */
  const hydrated = (page) =>
    page.evaluate((selector) => [...document.querySelectorAll(selector)].map((el) => `${el.localName}: ${/** @type {any} */ (el).hasUpdated}`), WIDGET_SELECTOR);
  const ARTICLE = '<p>Some of the hospital page’s own words, between the widgets.</p>'.repeat(150);
  /** A long page: a card at the top, then a long article, a list, more article, and a diet guide with structured data. */
  const longPage = () =>
    pageWith(
      `${renderWidget('net-drug-card', { drug: 'everolimus' })}${ARTICLE}${renderWidget('net-treatment-list', { categories: 'radionuclide' })}${ARTICLE}${renderWidget('net-diet-guide', { 'structured-data': true })}`,
      '<script type="module" src="/dist/cdn/net-widgets.js"></script>',
    );
  const PATH = '/demo/ssr-long.html';

  test('when the reader comes within a screen of them, or reaches them, or prints; structured data at once', async () => {
    await withPage(h, PATH, { route: serving(PATH, longPage()), viewport: { width: 390, height: 844 } }, async (opened) => {
      const { page } = opened;
      await page.waitForFunction(() => /** @type {any} */ (document.querySelector('net-drug-card'))?.hasUpdated);
      await page.waitForFunction(() => !!document.querySelector('net-diet-guide > script[type="application/ld+json"]'));
      await nextFrames(page);
      assert.deepEqual(await hydrated(page), ['net-drug-card: true', 'net-treatment-list: false', 'net-diet-guide: false'], 'the card at the top only');
      const jsonLd = await page.evaluate(() => JSON.parse(document.querySelector('net-diet-guide > script[type="application/ld+json"]').textContent));
      assert.equal(jsonLd['@type'], 'MedicalWebPage', 'search engines still find the guide’s structured data');
      // The reader tabs into the list (focusin): it hydrates, and the focus stays on the option, now on its button.
      const first = treatmentsIn('radionuclide')[0];
      await page.locator('net-treatment-list summary').first().focus();
      await page.waitForFunction(() => /** @type {any} */ (document.querySelector('net-treatment-list')).hasUpdated);
      await page.locator('net-treatment-list').getByRole('button', { name: first.name, exact: true }).waitFor();
      assert.equal(
        await page.evaluate(() => document.querySelector('net-treatment-list').shadowRoot.activeElement?.textContent?.trim()),
        first.name,
        'the focus is on the option’s button',
      );
      // Printing hydrates the guide, still far below.
      assert.deepEqual((await hydrated(page))[2], 'net-diet-guide: false');
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction(() => /** @type {any} */ (document.querySelector('net-diet-guide')).hasUpdated);
      assert.deepEqual(opened.log.pageErrors, []);
      assert.deepEqual(opened.log.warnings, []);
    });
  });

  /** Opens the list's snippet alone with its script held back until `release()`; `use` gets the page and `release`. */
  const withHeldList = async (viewport, use) => {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    const html = pageWith(renderWidget('net-treatment-list'), '<script type="module" src="/dist/cdn/net-widgets.js"></script>');
    const hold = async (page) => {
      await serving(PATH, html)(page);
      await page.route('**/dist/cdn/net-widgets.js', async (route) => {
        await released;
        await route.continue();
      });
    };
    await withPage(h, PATH, { route: hold, viewport, waitUntil: 'commit' }, async (opened) => {
      await opened.page.locator('net-treatment-list .footer').waitFor();
      await use(opened, release);
      assert.deepEqual(opened.log.pageErrors, [], 'no hydration mismatch');
      assert.deepEqual(opened.log.warnings, []);
    });
  };
  const isHydrated = (page) => page.waitForFunction(() => /** @type {any} */ (document.querySelector('net-treatment-list'))?.hasUpdated);
  const expanded = (list, t) => list.getByRole('button', { name: t.name, exact: true }).getAttribute('aria-expanded');

  test('the treatment list takes over in place: collapsed, what the reader opened still open, nothing moves', async () => {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
      await withHeldList(viewport, async ({ page }, release) => {
        const list = page.locator('net-treatment-list');
        const [chosen] = treatmentsIn('targeted');
        await list.locator('summary', { hasText: chosen.name }).click(); // opened before the script arrives
        const boxes = () =>
          list.evaluate((el) =>
            [...el.shadowRoot.querySelectorAll('.search, .option, .footer')].map((n) => {
              const r = n.getBoundingClientRect();
              return `${n.className} at ${r.top + scrollY}, ${r.height} px`;
            }),
          );
        const before = await boxes();
        await list.evaluate((el) => (/** @type {any} */ (window).__base = el.shadowRoot.querySelector('.base')));
        await page.evaluate(() => (/** @type {any} */ (window).__netShifts.length = 0));
        release();
        await isHydrated(page);
        await list.getByRole('button', { name: chosen.name, exact: true }).waitFor();
        await nextFrames(page);
        assert.deepEqual(await boxes(), before, `${viewport.width} px: the search, each option and the footer kept their boxes`);
        assert.equal(await list.evaluate((el) => el.shadowRoot.querySelector('.base') === /** @type {any} */ (window).__base), true, 'the same frame');
        assert.equal(await list.locator('details').count(), 0, 'the button accordion');
        assert.equal(await expanded(list, chosen), 'true', 'the option opened before the script is open');
        assert.equal(await expanded(list, treatmentsIn('surgery-liver')[0]), 'false', 'the others are closed');
        assert.equal(await list.getByRole('searchbox').isEnabled(), true, 'the search works');
        assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__netShifts), [], 'no layout shift');
      });
    }
  });

  test('a page address that names an option opens it and focuses its button once the list has taken over', async () => {
    const named = treatmentsIn('clinical-trials')[0];
    const html = pageWith(renderWidget('net-treatment-list'), '<script type="module" src="/dist/cdn/net-widgets.js"></script>');
    await withPage(h, `${PATH}#net-treatment-${named.id}`, { route: serving(PATH, html) }, async ({ page, log }) => {
      const list = page.locator('net-treatment-list');
      await page.waitForFunction(() => !document.querySelector('net-treatment-list')?.shadowRoot?.querySelector('details'));
      const button = list.getByRole('button', { name: named.name, exact: true });
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      await page.waitForFunction(() => document.querySelector('net-treatment-list').shadowRoot.activeElement?.classList.contains('option-toggle'));
      assert.equal(await page.evaluate(() => document.querySelector('net-treatment-list').shadowRoot.activeElement?.textContent?.trim()), named.name);
      assert.deepEqual(log.pageErrors, []);
    });
  });

  test('a press on an option while the list hydrates opens it, as served, before the list takes over', async () => {
    await withHeldList({ width: 1280, height: 800 }, async ({ page }, release) => {
      const list = page.locator('net-treatment-list');
      const [pressed] = treatmentsIn('radionuclide');
      await list.locator('summary', { hasText: pressed.name }).hover();
      await page.mouse.down();
      release();
      await isHydrated(page);
      await nextFrames(page);
      assert.equal(await list.locator('details').count() > 0, true, 'the list waits for the press to end');
      await page.mouse.up();
      await list.getByRole('button', { name: pressed.name, exact: true }).waitFor();
      assert.equal(await expanded(list, pressed), 'true');
    });
  });
});
