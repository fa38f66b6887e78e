// Issue 24's row: a 1 MB query answered beside a 10-letter one, by the treatment list's search and by the diet guide's
// "Can I eat …?", on the phone profile. The host sets `el.query` (the widgets read at most the first 200 characters;
// the search boxes have maxlength=200, so a reader cannot type or paste more); timed from the assignment to the paint
// after the widget's update (the list's rows filtered, the guide's answer shown). The queries take turns on one page,
// each after the widget was set back to an empty query: the word, the 1 MB query, and its first 200 characters (to
// tell the cut from the cost of a long query); the ratios are of the medians, in the same run.
import { installPageHelpers, whenDefined, withTimeout } from './browser.mjs';
import { SlowdownChecks, checkSlowdown, phonePage } from './phone.mjs';
import { scalePage, writePage } from './pages.mjs';
import { median, round, summarise } from './stats.mjs';

const MB = 1024 * 1024;
/** What the widgets read of a query (MAX_QUERY_LENGTH in src/shared/inputs.ts): the 1 MB query is also timed cut to it. */
const MAX_READ = 200;

/** The widgets and the word each is asked: ten letters, and the same word repeated to 1 MB (a paste gone wrong). */
export const LONG_QUERY_CASES = [
  { tag: 'net-treatment-list', word: 'octreotide', region: '.count' },
  { tag: 'net-diet-guide', word: 'pineapples', region: '.answer' },
];

/** In the page: sets `query`, waits for the update and the paint after it. */
async function answerInPage({ tag, query, long, region }) {
  if (long) query = window.__longQuery;
  const el = document.querySelector(tag);
  el.query = '';
  await el.updateComplete;
  await window.__bench.afterNextPaint();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const t0 = performance.now();
  el.query = query;
  await el.updateComplete;
  const updated = performance.now() - t0;
  const painted = (await window.__bench.afterNextPaint()) - t0;
  const field = el.shadowRoot.querySelector('input[type="search"]');
  return {
    updated,
    painted,
    fieldLength: field?.value.length ?? null,
    shown: tag === 'net-diet-guide' ? el.shadowRoot.querySelector(region)?.textContent.replace(/\s+/g, ' ').trim().slice(0, 80) : null,
    rowsShown: tag === 'net-treatment-list' ? [...el.shadowRoot.querySelectorAll('li.option')].filter((li) => !li.hidden).length : null,
  };
}

async function caseOnce(browser, url, c, rounds) {
  const { page, cdp, close, problems } = await phonePage(browser);
  try {
    await page.addInitScript(installPageHelpers);
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await whenDefined(page, c.tag, 60000);
    await page.evaluate((tag) => {
      document.body.append(document.createElement(tag));
      return window.__bench.settled();
    }, c.tag);
    const long = `${c.word} `.repeat(Math.ceil(MB / (c.word.length + 1))).slice(0, MB);
    await page.evaluate((text) => (window.__longQuery = text), long);
    const short = [];
    const cut = [];
    const big = [];
    for (let i = 0; i < rounds; i++) {
      short.push(await withTimeout(page.evaluate(answerInPage, { ...c, query: c.word }), 60000, `${c.tag} answering "${c.word}"`));
      big.push(await withTimeout(page.evaluate(answerInPage, { ...c, long: true }), 60000, `${c.tag} answering a 1 MB query`));
      cut.push(await withTimeout(page.evaluate(answerInPage, { ...c, query: long.slice(0, MAX_READ) }), 60000, `${c.tag} answering 200 characters`));
    }
    const check = await checkSlowdown(page, cdp);
    return { check, short, cut, big, problems };
  } finally {
    await close();
  }
}

export async function measureLongQuery(browser, { origin, pagesDir, rounds }) {
  const url = `${origin}${writePage(pagesDir, 'scale/widgets.html', scalePage('net-widgets'))}`;
  const checks = new SlowdownChecks();
  const out = {};
  for (const c of LONG_QUERY_CASES) {
    const run = await checks.run(() => caseOnce(browser, url, c, rounds));
    if (!run) continue;
    const shortMs = run.short.map((x) => x.painted);
    const bigMs = run.big.map((x) => x.painted);
    const cutMs = run.cut.map((x) => x.painted);
    out[c.tag] = {
      word: c.word,
      longQueryChars: MB,
      shortMs: summarise(shortMs, 1),
      longMs: summarise(bigMs, 1),
      cutMs: summarise(cutMs, 1),
      ratio: round(median(bigMs) / median(shortMs)),
      // Whether the cut holds: the 1 MB query beside its first 200 characters (about 1 when only those are read).
      longOverCut: round(median(bigMs) / median(cutMs)),
      longUpdateMs: summarise(run.big.map((x) => x.updated), 1),
      fieldLengthAfterLong: run.big[0].fieldLength,
      answer: { short: run.short[0].shown ?? `${run.short[0].rowsShown} rows`, long: run.big[0].shown ?? `${run.big[0].rowsShown} rows` },
      problems: run.problems.slice(0, 5),
    };
  }
  return { byWidget: out, slowdown: checks.summary() };
}
