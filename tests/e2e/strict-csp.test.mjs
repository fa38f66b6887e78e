// The strict page: served with the strict Content-Security-Policy and Trusted Types header of issue 8. Proves the
// policy is really enforced (so "zero violations" means something), that the widgets work through interaction under
// it, that host content in a JSON script passes, and that structured data goes through the `net-widgets` policy.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { STRICT_CSP } from '../../scripts/demo-server.mjs';
import { MODES, content, drugName, useHarness, textOf, widgetsReady, withPage } from './harness.mjs';

const PAGE = '/demo/strict.html';

/** src/structured-data as one classic script, to run inside the strict page (where it cannot be loaded as a file). */
async function structuredDataScript() {
  const out = await build({
    entryPoints: ['src/structured-data/index.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'NetStructuredData',
    target: 'es2021',
    loader: { '.json': 'json' },
  });
  return `${out.outputFiles[0].text};globalThis.NetStructuredData = NetStructuredData;`;
}

const h = useHarness();

for (const mode of MODES) describe(`strict CSP page (${mode} DOM)`, () => {
  test('is served with the strict policy as a real HTTP header', async () => {
    await withPage(h, PAGE, { mode }, async (opened) => {
      assert.equal(opened.response?.headers()['content-security-policy'], STRICT_CSP);
    });
  });

  test('enforces Trusted Types: a plain string into a script sink is refused and reported', async () => {
    await withPage(h, PAGE, { mode }, async (opened) => {
      const outcome = await opened.page.evaluate(() => {
        const script = document.createElement('script');
        script.type = 'application/ld+json';
        try {
          script.textContent = '{}';
          return 'allowed';
        } catch (error) {
          return String(error);
        }
      });
      assert.match(outcome, /TrustedScript/);
      const violations = await opened.violations();
      assert.equal(violations.length, 1, 'the recorder saw the violation');
      assert.match(violations[0], /require-trusted-types-for/);
    });
  });

  test('the widgets work through a reader’s clicks and searches with zero violations', async () => {
    await withPage(h, PAGE, { mode }, async (opened) => {
      const { page } = opened;
      await widgetsReady(page);
      // Open a treatment, then one of its medicines: the list loads and opens a drug card in place.
      const list = page.locator('net-treatment-list');
      const somatostatin = content.treatments.find((t) => t.id === 'somatostatin-analogues');
      await list.getByRole('button', { name: somatostatin.name, exact: true }).click();
      const lanreotide = drugName('lanreotide');
      await list.getByRole('button', { name: lanreotide, exact: true }).click();
      const opened_card = list.locator('net-drug-card');
      await opened_card.getByRole('heading', { name: lanreotide, exact: true }).waitFor();
      // Search the treatment list and the diet guide.
      await list.getByRole('searchbox').fill('nurse');
      await list.getByRole('heading', { name: 'NET nurse clinic', exact: true }).waitFor();
      const guide = page.locator('net-diet-guide');
      const food = content.diet.groups[0].foods[0].name;
      await guide.getByRole('searchbox').fill(food);
      await guide.getByRole('searchbox').press('Enter');
      await guide.locator('[role="status"]').getByText(food).first().waitFor();
      await widgetsReady(page);
      assert.deepEqual(await opened.violations(), []);
      assert.deepEqual(opened.log.pageErrors, []);
      assert.deepEqual(opened.log.consoleErrors, []);
    });
  });

  test('host content in a child JSON script is shown, marked as added by the website', async () => {
    await withPage(h, PAGE, { mode }, async (opened) => {
      await widgetsReady(opened.page);
      const { page } = opened;
      const heading = page.getByRole('heading', { name: 'NET nurse clinic', exact: true, level: 4 });
      const option = page.locator('net-treatment-list').getByRole('listitem').filter({ has: heading });
      await option.scrollIntoViewIfNeeded(); // options off screen are not rendered (content-visibility: auto)
      await option.getByText(content.common.hostContent).waitFor({ state: 'visible' });
      assert.match(await textOf(option), /A clinic run by our NET nurses/);
    });
  });

  test('structured data goes in through the net-widgets policy: no violation, valid JSON-LD', async () => {
    const script = await structuredDataScript();
    await withPage(h, PAGE, { mode }, async (opened) => {
      const { page } = opened;
      await widgetsReady(page);
      await page.evaluate(script); // CDP evaluation: not subject to the page's script-src, still to Trusted Types
      const result = await page.evaluate(() => {
        const sd = /** @type {any} */ (window).NetStructuredData;
        const host = document.querySelector('net-drug-card');
        sd.syncStructuredData(host, sd.medicalWebPage({ lastReviewed: '2026-01-02', inLanguage: 'en' }));
        const first = sd.findJsonLdScript(host)?.textContent;
        sd.syncStructuredData(host, sd.medicalWebPage({ lastReviewed: '2026-02-03', inLanguage: 'en' }));
        const second = sd.findJsonLdScript(host)?.textContent;
        return { first: JSON.parse(first), second: JSON.parse(second), count: host.querySelectorAll('script[type="application/ld+json"]').length };
      });
      assert.equal(result.first.lastReviewed, '2026-01-02');
      assert.equal(result.second.lastReviewed, '2026-02-03', 'an update goes through the policy too');
      assert.equal(result.second['@type'], 'MedicalWebPage');
      assert.equal(result.count, 1);
      assert.deepEqual(await opened.violations(), []);
      assert.deepEqual(opened.log.warnings, []);
    });
  });

  test(
    'widgets with the structured-data attribute put schema.org JSON-LD in their light DOM, with zero violations',
    async () => {
      await withPage(h, PAGE, { mode }, async (opened) => {
        await widgetsReady(opened.page);
        const found = await opened.page.evaluate(() =>
          [...document.querySelectorAll('[structured-data]')].map((el) => {
            const script = el.querySelector(':scope > script[type="application/ld+json"]');
            const data = script ? JSON.parse(script.textContent ?? '') : null;
            return { tag: el.localName, type: data?.['@type'], lastReviewed: data?.lastReviewed, about: data?.about };
          }),
        );
        assert.equal(found.length, 3);
        for (const f of found) {
          assert.equal(f.type, 'MedicalWebPage', `<${f.tag}>`);
          assert.match(f.lastReviewed ?? '', /^\d{4}-\d{2}-\d{2}$/, `<${f.tag}> lastReviewed`);
        }
        const types = (f) => [f.about].flat().map((a) => a?.['@type']);
        assert.deepEqual(types(found[0]), ['Drug']);
        assert.ok(types(found[1]).every((t) => t === 'MedicalTherapy') && types(found[1]).length > 1);
        assert.deepEqual(types(found[2]), ['Diet']);
        assert.deepEqual(await opened.violations(), []);
      });
    },
  );
});
