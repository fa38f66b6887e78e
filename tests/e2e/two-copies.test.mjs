// Two copies of the widgets on one page: the CDN file twice (two URLs), and the CDN file beside the npm build (Lit
// and the npm build's dependencies through an import map). No error, exactly one console warning naming the duplicate,
// and the widgets work.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, content, drugName, useHarness, usePage } from './harness.mjs';
import { WIDGETS } from '../../scripts/widgets.mjs';

const CASES = {
  '/demo/two-copies.html': {
    loaded: ['/dist/cdn/net-widgets.js', '/dist/cdn/net-widgets.js?copy=2'],
    headings: [['net-diet-guide', content.diet.name], ['net-drug-card', drugName('octreotide')]],
  },
  '/demo/cdn-and-npm.html': {
    loaded: ['/dist/cdn/net-widgets.js', '/dist/index.js', '/node_modules/lit/index.js', '/node_modules/valibot/dist/index.mjs'],
    headings: [['net-treatment-list', content.treatmentListLabels.title], ['net-drug-card', drugName('lutetium-177')]],
  },
};

const h = useHarness();

for (const mode of MODES) for (const [path, expected] of Object.entries(CASES)) {
  describe(`${path} (${mode} DOM)`, () => {
    const opened = usePage(h, path, { mode });

    test('both copies were loaded and ran', () => {
      const paths = opened.log.requests.map((u) => new URL(u).pathname + new URL(u).search);
      for (const file of expected.loaded) assert.ok(paths.includes(file), `${file} was requested`);
      assert.deepEqual(opened.log.failed, []);
    });

    test('exactly one console warning, naming the element already defined', () => {
      assert.equal(opened.log.warnings.length, 1, `warnings: ${JSON.stringify(opened.log.warnings)}`);
      assert.match(opened.log.warnings[0], /^net-widgets: <net-[a-z-]+> is already defined/);
      assert.match(opened.log.warnings[0], /Load the widgets once per page/);
    });

    test('no error of any kind', async () => {
      assert.deepEqual(opened.log.pageErrors, []);
      assert.deepEqual(opened.log.consoleErrors, []);
      assert.deepEqual(await opened.violations(), []);
      assert.deepEqual(opened.log.offOrigin, []);
    });

    test('the widgets render with the first copy', async () => {
      for (const [tag, name] of expected.headings) {
        const heading = opened.page.locator(tag).getByRole('heading', { name, exact: true, level: 2 });
        assert.ok(await heading.isVisible(), `<${tag}> shows "${name}"`);
      }
      const versions = await opened.page.evaluate(
        (tags) => tags.map((t) => /** @type {any} */ (customElements.get(t))?.netVersion),
        WIDGETS.map((w) => w.tag),
      );
      assert.ok(versions.every((v) => typeof v === 'string' && v.length > 0), `versions: ${versions}`);
    });
  });
}
