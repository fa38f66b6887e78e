// The page with hostile global CSS (html { font-size: 62.5% }, * { line-height: 3; letter-spacing: .2em;
// text-transform: uppercase; color: red; ... }): the widgets' own text must not change.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, openPage, useHarness, widgetsReady } from './harness.mjs';
import { WIDGETS as ALL_WIDGETS } from '../../scripts/widgets.mjs';

const WIDGETS = ALL_WIDGETS.map((w) => w.tag);

/** Computed text styles of the widget's frame and of every element inside it that holds text of its own. */
function textStyles(tag) {
  // The widget's content: in its shadow root, or (light DOM) its own children.
  const host = document.querySelector(tag);
  const base = (host?.shadowRoot ?? host)?.querySelector('.base');
  if (!base) return null;
  const pick = (el) => {
    const s = getComputedStyle(el);
    return {
      fontSize: s.fontSize,
      lineHeight: s.lineHeight,
      letterSpacing: s.letterSpacing,
      wordSpacing: s.wordSpacing,
      textTransform: s.textTransform,
      textIndent: s.textIndent,
      textShadow: s.textShadow,
      whiteSpace: s.whiteSpace,
      color: s.color,
    };
  };
  // The widget's own elements: not the host's content that light DOM moves into a slot's place (`.net-slot`).
  const withText = [...base.querySelectorAll('*')].filter(
    (el) => !el.closest('.net-slot') && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()),
  );
  return {
    base: pick(base),
    elements: withText.map((el) => ({ el: el.localName + (el.className ? `.${el.className}` : ''), ...pick(el) })),
    overflows: base.scrollWidth > base.clientWidth + 1,
  };
}

const h = useHarness();

for (const mode of MODES) describe(`hostile global CSS (${mode} DOM)`, () => {
  let hostile;
  let plain;
  before(async () => {
    hostile = await openPage(h, '/demo/hostile.html', { mode });
    plain = await openPage(h, '/demo/plain.html', { mode });
    await widgetsReady(hostile.page);
    await widgetsReady(plain.page);
  });
  after(async () => {
    await hostile?.close();
    await plain?.close();
  });

  test('the hostile rules really apply to the page around the widgets', async () => {
    const outside = await hostile.page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('main p'));
      return { root: getComputedStyle(document.documentElement).fontSize, textTransform: s.textTransform, letterSpacing: s.letterSpacing };
    });
    assert.deepEqual(outside, { root: '10px', textTransform: 'uppercase', letterSpacing: '2.8px' });
  });

  for (const tag of WIDGETS) {
    test(`<${tag}>: its text is 16px, line-height 1.5, normal case and spacing, its own colour`, async () => {
      const styles = await hostile.page.evaluate(textStyles, tag);
      assert.ok(styles, `<${tag}> rendered`);
      assert.deepEqual(styles.base, {
        fontSize: '16px',
        lineHeight: '24px',
        letterSpacing: 'normal',
        wordSpacing: '0px',
        textTransform: 'none',
        textIndent: '0px',
        textShadow: 'none',
        whiteSpace: 'normal',
        color: 'rgb(31, 35, 40)',
      });
      assert.ok(styles.elements.length > 5, 'found the text inside');
      for (const el of styles.elements) {
        assert.equal(el.textTransform, 'none', `${el.el} text-transform`);
        assert.equal(el.letterSpacing, 'normal', `${el.el} letter-spacing`);
        assert.notEqual(el.color, 'rgb(255, 0, 0)', `${el.el} colour`);
        assert.ok(parseFloat(el.lineHeight) <= 2 * parseFloat(el.fontSize), `${el.el} line-height ${el.lineHeight}`);
        assert.ok(parseFloat(el.fontSize) >= 12, `${el.el} font-size ${el.fontSize}`);
      }
      assert.equal(styles.overflows, false, 'nothing overflows the frame sideways');
    });
  }

  test('<net-drug-card>: every piece of text has the same size and spacing as on a plain page', async () => {
    const [onHostile, onPlain] = await Promise.all([
      hostile.page.evaluate(textStyles, 'net-drug-card'),
      plain.page.evaluate(textStyles, 'net-drug-card'),
    ]);
    // Both pages show everolimus; only the contact differs: the plain page slots its own (light DOM, not in this list),
    // which replaces the first step's generic line and the lines to write numbers in, so those are not rendered there
    // (they have no computed style).
    const inSlot = new Set(['p.contact-default', 'p.write-intro', 'p.write-number']);
    const sizes = (s) =>
      s.elements
        .filter(({ el }) => !inSlot.has(el))
        .map(({ el, fontSize, lineHeight, letterSpacing, textTransform }) => ({ el, fontSize, lineHeight, letterSpacing, textTransform }));
    assert.deepEqual(sizes(onHostile), sizes(onPlain));
  });
});
