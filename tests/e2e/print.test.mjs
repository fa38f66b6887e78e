// Printing a host page: the treatment list prints what the reader opened, so a plain page is a few A4 pages, not
// thirty; "print every treatment in full" (the print-all attribute) still prints the whole list. Counted from the PDF
// that Chromium makes of the page with print media, as a reader's "Print" would.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, useHarness, widgetsReady, withPage } from './harness.mjs';

const h = useHarness();

/** The number of A4 pages Chromium prints for the page open in `opened`. */
async function printedPages(opened) {
  const pdf = (await opened.page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

for (const mode of MODES) describe(`print (${mode} DOM)`, () => {
  test('/demo/plain.html prints on a few pages; with every treatment in full it takes many more', async () => {
    await withPage(h, '/demo/plain.html', { mode }, async (opened) => {
      await widgetsReady(opened.page);
      const short = await printedPages(opened);
      await opened.page.locator('net-treatment-list').evaluate(async (el) => {
        el.setAttribute('print-all', '');
        await el.updateComplete;
      });
      const full = await printedPages(opened);
      console.log(`demo/plain.html (${mode} DOM) prints on ${short} A4 pages; with print-all, ${full}`);
      assert.ok(short <= 12, `the plain page prints on ${short} pages`);
      assert.ok(full >= short + 10, `print-all prints every treatment in full (${full} pages against ${short})`);
    });
  });
});
