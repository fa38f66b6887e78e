// The React demo app (demo/react/), built here with Vite from the React wrappers and served under the strict CSP:
// the widgets render, and the app receives `net-drug-select`, `net-error` and `net-food-search` through its props.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReactDemo } from '../../demo/react/build.mjs';
import { STRICT_CSP } from '../../scripts/demo-server.mjs';
import { axeViolations, content, drugName, startHarness, storageOf, textOf, usePage } from './harness.mjs';

const APP = '/demo/react/dist/';

let h;
let wrappers;
before(async () => {
  wrappers = await buildReactDemo();
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

describe('React app', () => {
  const opened = usePage(() => h, APP);

  test('is served under the strict CSP and renders all three widgets through the wrappers', async (t) => {
    t.diagnostic(`wrappers built from ${wrappers.replace(/^.*?\/(dist|src)\//, '$1/')}`);
    assert.equal(opened.response?.headers()['content-security-policy'], STRICT_CSP);
    const { page } = opened;
    assert.ok(await page.getByRole('heading', { name: 'My treatment', level: 1 }).isVisible(), 'the app rendered');
    const card = page.locator('net-drug-card');
    assert.ok(await card.getByRole('heading', { name: drugName('octreotide'), exact: true, level: 2 }).isVisible());
    assert.ok(await page.locator('net-treatment-list').getByRole('heading', { name: content.treatmentListLabels.title, level: 2 }).isVisible());
    assert.ok(await page.locator('net-diet-guide').getByRole('heading', { name: content.diet.name, level: 2 }).isVisible());
  });

  test('onNetDrugSelect: choosing a medicine in the treatment list reaches the app, which shows it in its own card', async () => {
    const { page } = opened;
    const list = page.locator('net-treatment-list');
    const mtor = content.treatments.find((t) => t.id === 'mtor-inhibitors');
    await list.getByRole('button', { name: mtor.name, exact: true }).click();
    await list.getByRole('button', { name: drugName('everolimus'), exact: true }).click();
    await page.getByTestId('status').getByText('You chose everolimus in the treatment list.').waitFor();
    const card = page.locator('net-drug-card').first();
    await card.getByRole('heading', { name: drugName('everolimus'), exact: true, level: 2 }).waitFor();
    // The app called preventDefault(), so the list did not open its own card in place.
    assert.equal(await list.locator('net-drug-card').count(), 0);
  });

  test('onNetError: a bad medicine name reaches the app with the problem, naming the bad input', async () => {
    const { page } = opened;
    await page.getByLabel('Look up a medicine by name').fill('not-a-drug');
    await page.getByRole('button', { name: 'Show medicine' }).click();
    const problem = page.getByTestId('problem');
    await problem.waitFor();
    const text = await textOf(problem);
    assert.match(text, /^We could not show that medicine\. /);
    assert.match(text, /not-a-drug/);
    // The card shows the same problem itself.
    assert.ok(await page.locator('net-drug-card').getByRole('alert').isVisible());
  });

  test('onNetFoodSearch: a search in the diet guide reaches the app', async () => {
    const { page } = opened;
    const guide = page.locator('net-diet-guide');
    const food = content.diet.groups[0].foods[0].name;
    await guide.getByRole('searchbox').fill(food);
    await guide.getByRole('searchbox').press('Enter');
    await page.getByTestId('status').getByText(`You searched the diet guide for “${food}”.`).waitFor();
  });

  test('light DOM: the app adds, changes and removes the diet guide’s dietitian line, which shows in its place', async () => {
    const { page } = opened;
    const guide = page.locator('net-diet-guide');
    assert.equal(await guide.evaluate((el) => el.shadowRoot === null && /** @type {any} */ (el).lightDom), true, 'in light DOM');
    const heading = guide.getByRole('heading', { name: 'Your dietitian' });
    assert.equal(await heading.count(), 0, 'no dietitian heading while the app gives none');
    await page.getByRole('button', { name: 'Show our dietitian' }).click();
    await guide.locator('.net-slot').getByText('Tuesday mornings').waitFor();
    await page.getByRole('button', { name: 'Show the other clinic' }).click();
    await guide.locator('.net-slot').getByText('Thursdays').waitFor();
    assert.equal(await guide.getByText('Tuesday mornings').count(), 0, 'the line React replaced is gone');
    await page.getByRole('button', { name: 'Hide our dietitian' }).click();
    await guide.locator('.net-slot').waitFor({ state: 'detached' });
    assert.equal(await guide.getByText('Thursdays').count(), 0);
    // The guide's words are the page's own: what reading and translation tools read.
    assert.match(await page.evaluate(() => document.body.innerText), new RegExp(content.diet.name));
  });

  test('no CSP or Trusted Types violation, no uncaught error, no request off the origin, no storage', async () => {
    assert.deepEqual(await opened.violations(), []);
    assert.deepEqual(opened.log.pageErrors, []);
    assert.deepEqual(opened.log.consoleErrors, []);
    assert.deepEqual(opened.log.offOrigin, []);
    assert.deepEqual(opened.log.failed, []);
    // The one warning allowed is the card's own for the bad name typed above.
    assert.ok(opened.log.warnings.every((w) => /not-a-drug/.test(w)), JSON.stringify(opened.log.warnings));
    const storage = await storageOf(opened);
    assert.deepEqual(storage, { cookies: [], documentCookie: '', localStorage: [], sessionStorage: [], indexedDB: [] });
  });

  test('axe finds no accessibility violation', async () => {
    assert.deepEqual(await axeViolations(h, APP), []);
  });
});
