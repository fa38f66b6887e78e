// Every demo host page, as a hospital would serve it: each widget shows real content, and the page sees no CSP or
// Trusted Types violation, no error or warning, no request off its origin, no cookie or storage, and axe finds nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, axeViolations, content, drugName, useHarness, storageOf, treatmentsIn, usePage } from './harness.mjs';
import { WIDGET_SELECTOR as ANY_WIDGET } from '../../scripts/widgets.mjs';

const { common, diet, treatmentListLabels, drugCardLabels } = content;
const allCategories = [...new Set(content.treatments.map((t) => t.category))];

const drugCard = (id, texts = []) => ({
  widget: 'net-drug-card',
  heading: drugName(id),
  headings: [],
  texts: [common.disclaimer, ...texts],
});
const sameNameAsCategory = (t) => t.name.trim().toLowerCase() === treatmentListLabels.categories[t.category].name.trim().toLowerCase();
const treatmentList = (categories, extraOptions = []) => ({
  widget: 'net-treatment-list',
  heading: treatmentListLabels.title,
  // Each option is a level-4 heading (page h2 > category h3 > option h4) holding its button; an option with its
  // category's name (Targeted therapy) stands for the category's heading, at level 3, so no heading is heard twice.
  headings: [
    ...treatmentsIn(...categories).map((t) => ({ name: t.name, level: sameNameAsCategory(t) ? 3 : 4, exact: true })),
    ...extraOptions.map((name) => ({ name, level: 4, exact: true })),
  ],
  texts: [common.disclaimer],
});
const dietGuide = () => ({
  widget: 'net-diet-guide',
  heading: diet.name,
  // Each food group is a level-4 heading: its name, then the advice word.
  headings: diet.groups.map((g) => ({ name: g.name, level: 4, exact: false })),
  texts: [common.disclaimer],
});

/** The pages, and what a reader must see on each: the title, the options or groups as headings, the disclaimer. */
const PAGES = {
  '/demo/plain.html': [treatmentList(allCategories), drugCard('everolimus'), dietGuide()],
  '/demo/strict.html': [
    drugCard('octreotide'),
    treatmentList(['hormone-growth-medicines', 'supportive'], ['NET nurse clinic']),
    dietGuide(),
  ],
  '/demo/hostile.html': [drugCard('everolimus'), treatmentList(['targeted']), dietGuide()],
  '/demo/cms.html': [drugCard('lanreotide'), treatmentList(['hormone-growth-medicines', 'radionuclide']), dietGuide()],
  // The npm build (dist/index.js, `import 'net-widgets'`) with its dependencies from an import map.
  '/demo/npm-build.html': [drugCard('captem'), treatmentList(['targeted']), dietGuide()],
  // Looked up by its brand name, the card says so.
  '/demo/single-widget.html': [
    drugCard('everolimus', [drugCardLabels.usedBrandName.replace('{used}', 'Afinitor').replace('{name}', drugName('everolimus'))]),
  ],
};

/**
 * Visible once the reader scrolls to it (the treatment list skips rendering options off screen with
 * `content-visibility: auto`, so off-screen text is not "visible" until then).
 */
async function seen(locator) {
  await locator.scrollIntoViewIfNeeded();
  return locator.isVisible();
}

const h = useHarness();

// Every page twice: as written (shadow DOM), and with `light-dom` on every widget (issue 29).
for (const mode of MODES) for (const [path, expected] of Object.entries(PAGES)) {
  describe(`${path} (${mode} DOM)`, () => {
    const opened = usePage(h, path, { mode });

    test('every widget shows its real content: title, entries and disclaimer', async () => {
      const counts = Object.fromEntries(expected.map((e) => [e.widget, 0]));
      for (const e of expected) {
        const widget = opened.page.locator(e.widget).nth(counts[e.widget]++);
        const title = widget.getByRole('heading', { name: e.heading, exact: true, level: 2 });
        assert.ok(await title.isVisible(), `<${e.widget}> shows the heading "${e.heading}"`);
        for (const { name, level, exact } of e.headings) {
          const sub = widget.getByRole('heading', { name, level, exact });
          assert.ok(await seen(sub), `<${e.widget}> shows the heading "${name}"`);
        }
        for (const text of e.texts) {
          assert.ok(await seen(widget.getByText(text)), `<${e.widget}> shows "${text}"`);
        }
      }
      const onPage = await opened.page.locator(ANY_WIDGET).count();
      assert.ok(onPage >= expected.length, 'every widget on the page was checked');
    });

    test('no CSP or Trusted Types violation, no uncaught error, no console error or warning', async () => {
      assert.deepEqual(await opened.violations(), [], 'CSP / Trusted Types violations');
      assert.deepEqual(opened.log.pageErrors, [], 'uncaught errors');
      assert.deepEqual(opened.log.consoleErrors, [], 'console errors');
      assert.deepEqual(opened.log.warnings, [], 'console warnings');
    });

    test('every request stays on the page’s own origin and succeeds', async () => {
      assert.ok(opened.response?.ok(), `${path} was served`);
      assert.ok(opened.log.requests.some((u) => u.includes('/dist/')), 'the page loaded the built files');
      assert.deepEqual(opened.log.offOrigin, [], 'requests off the page’s origin');
      assert.deepEqual(opened.log.failed, [], 'failed requests');
    });

    test('no cookies, and nothing in localStorage, sessionStorage or IndexedDB', async () => {
      assert.deepEqual(await storageOf(opened), {
        cookies: [],
        documentCookie: '',
        localStorage: [],
        sessionStorage: [],
        indexedDB: [],
      });
    });

    test('axe finds no accessibility violation on the page, widgets included', async () => {
      assert.deepEqual(await axeViolations(h, path, { mode }), []);
    });
  });
}
