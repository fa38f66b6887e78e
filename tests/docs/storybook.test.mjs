// The built Storybook (storybook-static/, from `npm run build-storybook`) as a reader sees it in Chromium: it opens on
// the Introduction, the guides' tables are tables, each widget's page lists every value it accepts (from the content),
// shows the real integrity hash in its snippet, and its docs table has no internal member and no control that does
// nothing. npm test runs this after its storybook step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { content, readJson, useHarness } from '../e2e/harness.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const harness = useHarness();
const integrity = readJson('dist/cdn/integrity.json').files['net-widgets.js'];
const treatmentLabels = content.treatmentListLabels;

async function open(path, ready) {
  assert.ok(existsSync(`${ROOT}storybook-static/index.html`), 'storybook-static/ is missing: run npm run build-storybook');
  const page = await harness.browser.newPage();
  await page.goto(`${harness.baseURL}/storybook-static/${path}`);
  if (ready) await page.waitForSelector(ready, { timeout: 60000 });
  return page;
}

/** A docs page (a guide or a widget's autodocs), rendered in Storybook's preview frame. */
const openDocs = (id, ready = '#storybook-docs h1') => open(`iframe.html?viewMode=docs&id=${id}`, ready);

/** The first code block on the page that holds a script tag (waiting for it to render). */
async function snippet(page) {
  const block = page.locator('#storybook-docs pre').filter({ hasText: '<script type="module"' }).first();
  await block.waitFor({ timeout: 30000 });
  return block.innerText();
}

/** Every cell of every table on the page, as text. */
const cells = (page) => page.$$eval('#storybook-docs table td', (tds) => tds.map((td) => td.textContent.trim()));

/** The docs table of a widget: each row's name, section (attributes, properties, ...) and whether it has a control. */
const argRows = (page) =>
  page.$$eval('.docblock-argstable tbody tr', (trs) => {
    let section = '';
    return trs.flatMap((tr) => {
      const first = tr.querySelector('td');
      const toggle = first?.querySelector('button');
      if (toggle && /items/.test(first.textContent)) {
        section = first.textContent.replace(/^.*items/, '').trim();
        return [];
      }
      const name = first?.querySelector('span, strong')?.textContent.trim() ?? first?.textContent.trim();
      const control = tr.querySelector('td:last-child input, td:last-child select, td:last-child textarea, td:last-child button');
      const description = tr.querySelector('td:nth-child(2)')?.textContent.trim() ?? '';
      return [{ section, name, control: control ? (control.textContent.trim() || control.tagName) : null, description }];
    });
  });

test('Storybook opens on the Introduction guide', async () => {
  const page = await open('index.html');
  await page.waitForURL(/[?&]path=/, { timeout: 60000 });
  assert.match(page.url(), /path=\/docs\/guides-introduction--docs$/);
  await page.close();
});

const guides = readdirSync(`${ROOT}stories/guides`).filter((f) => f.endsWith('.mdx'));
for (const file of guides) {
  const source = readFileSync(`${ROOT}stories/guides/${file}`, 'utf8');
  const tableCount = source.match(/^\|( *:?-+:? *\|)+ *$/gm)?.length ?? 0;
  if (tableCount === 0) continue;
  const title = source.match(/<Meta title="Guides\/([^"]+)"/)[1];
  const id = `guides-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}--docs`;
  test(`the ${title} guide shows its ${tableCount} Markdown table(s) as tables`, async () => {
    const page = await openDocs(id);
    assert.equal(await page.locator('#storybook-docs table').count(), tableCount);
    assert.doesNotMatch(await page.locator('#storybook-docs').innerText(), /^\s*\|\s*-{3}/m, 'a table shows as raw Markdown');
    await page.close();
  });
}

test('the Embedding guide’s script tag carries the real integrity hash', async () => {
  const page = await openDocs('guides-embedding--docs');
  assert.ok((await snippet(page)).includes(`integrity="${integrity}"`), 'not the hash of dist/cdn/net-widgets.js');
  await page.close();
});

/** Members that are implementation, not API: none may appear in a docs table. */
const INTERNAL = ['resolveMemo', 'hostJson', 'netVersion', 'jsonLd', 'labels', 'nameOf', 'problem', 'reportedProblem', 'level', 'subLevel', 'locale', 'commonLabels', 'model', 'print'];

const widgets = [
  {
    id: 'widgets-drug-card--docs',
    tag: 'net-drug-card',
    objectProperty: 'content',
    listed: () => content.drugs.flatMap((d) => [d.id, d.name, ...(d.brandNames ?? [])]),
  },
  {
    id: 'widgets-treatment-list--docs',
    tag: 'net-treatment-list',
    objectProperty: 'entries',
    listed: () => [...Object.keys(treatmentLabels.categories), ...content.treatments.map((t) => t.name)],
  },
  {
    id: 'widgets-diet-guide--docs',
    tag: 'net-diet-guide',
    objectProperty: null,
    listed: () => content.diet.groups.flatMap((g) => [g.id, ...g.foods.flatMap((f) => [f.id, f.name])]),
  },
];

for (const w of widgets) {
  test(`<${w.tag}>’s docs page lists every value it accepts, from the content`, async () => {
    const page = await openDocs(w.id, '.docblock-argstable');
    const shown = (await cells(page)).join('\n');
    const missing = w.listed().filter((value) => !shown.includes(value));
    assert.deepEqual(missing, [], 'missing from the tables on the docs page');
    await page.close();
  });

  test(`<${w.tag}>’s docs page shows the real integrity hash in its snippet`, async () => {
    const page = await openDocs(w.id, '.docblock-argstable');
    assert.ok((await snippet(page)).includes(`integrity="${integrity}"`), 'not the hash of dist/cdn/net-widgets.js');
    await page.close();
  });

  test(`<${w.tag}>’s docs table has no internal member and no control that does nothing`, async () => {
    const page = await openDocs(w.id, '.docblock-argstable');
    const rows = await argRows(page);
    assert.ok(rows.some((r) => r.section === 'attributes' && r.name === 'heading-level'), 'the table was not read');
    assert.deepEqual(rows.filter((r) => INTERNAL.includes(r.name)).map((r) => r.name), [], 'internal members in the table');
    assert.deepEqual(rows.filter((r) => r.section === 'properties' && !r.description).map((r) => r.name), [], 'undocumented properties');
    assert.deepEqual(rows.filter((r) => /Set object/i.test(r.control ?? '')).map((r) => r.name), [], '"Set object" controls');
    // The stories render attributes only: a control anywhere else (a property, an event, a part, a token) does nothing.
    const controlled = rows.filter((r) => r.control);
    assert.ok(controlled.some((r) => r.name === 'heading-level'), 'the rendered attributes lost their controls');
    assert.deepEqual(controlled.filter((r) => r.section !== 'attributes').map((r) => `${r.section}: ${r.name}`), [], 'controls that do nothing');
    if (w.objectProperty) {
      const row = rows.find((r) => r.section === 'properties' && r.name === w.objectProperty);
      assert.ok(row, `no ${w.objectProperty} row`);
      assert.equal(row.control, null);
      assert.match(row.description, /Set it from JavaScript/);
    }
    assert.equal(await page.getByText('Set object').count(), 0, '"Set object" on the page');
    await page.close();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Light DOM (issue 29): the toolbar's DOM switch, each widget's Light DOM story, and the guides that name its parts
// and slots.

const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const STORY_KINDS = {
  'net-drug-card': 'widgets-drug-card',
  'net-treatment-list': 'widgets-treatment-list',
  'net-diet-guide': 'widgets-diet-guide',
  'net-questions': 'widgets-questions',
};

/**
 * A story alone in Storybook's preview frame, with toolbar globals (`dom:light`), once its widget has drawn itself;
 * returns the page and what the widget is: light DOM or a shadow root, its heading, and whether the page's own text
 * (what reader view and translators read) holds that heading.
 */
async function openStory(tag, story, globals) {
  const page = await open(`iframe.html?viewMode=story&id=${STORY_KINDS[tag]}--${story}${globals ? `&globals=${globals}` : ''}`);
  const state = await page.waitForFunction((tagName) => {
    const widget = document.querySelector(`#storybook-root ${tagName}`);
    const heading = (widget?.shadowRoot ?? widget)?.querySelector('.net-part-heading')?.innerText.trim();
    if (!heading) return null;
    return {
      lightAttribute: widget.hasAttribute('light-dom'),
      lightDom: widget.lightDom,
      shadowRoot: !!widget.shadowRoot,
      idPrefix: widget.getAttribute('data-net-ids'),
      heading,
      inPageText: document.body.innerText.includes(heading),
    };
  }, tag, { timeout: 60000 });
  return { page, widget: await state.jsonValue() };
}

for (const tag of Object.keys(STORY_KINDS)) {
  test(`the toolbar's DOM switch shows <${tag}>'s stories in light DOM, and shadow DOM stays the default`, async () => {
    const light = await openStory(tag, 'default', 'dom:light');
    assert.equal(light.widget.lightAttribute, true, 'no light-dom attribute');
    assert.equal(light.widget.lightDom, true);
    assert.equal(light.widget.shadowRoot, false);
    assert.match(light.widget.idPrefix ?? '', /^n[a-z]\d+-$/, 'no data-net-ids prefix');
    assert.ok(light.widget.inPageText, `the page's text lacks the heading "${light.widget.heading}"`);
    await light.page.close();

    const shadow = await openStory(tag, 'default');
    assert.deepEqual([shadow.widget.lightAttribute, shadow.widget.lightDom, shadow.widget.shadowRoot], [false, false, true]);
    assert.equal(shadow.widget.inPageText, false, "a shadow root's heading is in the page's text");
    await shadow.page.close();
  });

  test(`<${tag}>'s Light DOM story renders it in light DOM, whatever the toolbar says`, async () => {
    const { page, widget } = await openStory(tag, 'light-dom');
    assert.deepEqual([widget.lightAttribute, widget.lightDom, widget.shadowRoot, widget.inPageText], [true, true, false, true]);
    await page.close();
  });
}

test('the Light DOM guide maps every part to its class and names every slot, from custom-elements.json', async () => {
  const page = await openDocs('guides-light-dom--docs');
  const shown = (await cells(page)).join('\n');
  const parts = [...new Set(declarations.flatMap((d) => (d.cssParts ?? []).map((p) => p.name)))];
  assert.ok(parts.length >= 7, 'custom-elements.json lists no parts');
  assert.deepEqual(parts.filter((p) => !shown.includes(`::part(${p})`) || !shown.includes(`.net-part-${p}`)), [], 'parts missing from the table');
  const slots = declarations.flatMap((d) => (d.slots ?? []).filter((s) => s.name).map((s) => `${s.name} <${d.tagName}>`));
  assert.deepEqual(slots.filter((s) => !shown.includes(s.split(' ')[0]) || !shown.includes(s.split(' ')[1])), [], 'slots missing from the table');
  await page.close();
});

test('the Theming guide maps every part to its light DOM class', async () => {
  const page = await openDocs('guides-theming--docs');
  const shown = (await cells(page)).join('\n');
  const parts = [...new Set(declarations.flatMap((d) => (d.cssParts ?? []).map((p) => p.name)))];
  assert.deepEqual(parts.filter((p) => !shown.includes(`::part(${p})`) || !shown.includes(`.net-part-${p}`)), [], 'parts missing from the table');
  await page.close();
});
