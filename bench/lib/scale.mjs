// Shared by the scale tests: heap after garbage collection, and whether a cost grows linearly with the items.
import { round } from './stats.mjs';

/** JS heap and Blink's own heap (DOM nodes live there), after a full garbage collection. */
export async function heapUsage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? 0 };
}

export const heapDelta = (before, after, count) => ({
  jsMB: round((after.js - before.js) / 1024 ** 2),
  domMB: round((after.dom - before.dom) / 1024 ** 2),
  jsKBPerItem: round((after.js - before.js) / 1024 / count),
  domKBPerItem: round((after.dom - before.dom) / 1024 / count),
});

/** Whether cost grows linearly: the marginal cost per item between the two largest sizes over that between the two smallest. */
export function growth(points) {
  const [a, b, c] = points; // [{ n, ms }] in increasing n; two points compare per-item cost only
  const perItem = points.map((p) => ({ n: p.n, msPerItem: round(p.ms / p.n, 4) }));
  const last = points.at(-1);
  const overall = round(last.ms / a.ms);
  if (overall < 2) {
    return { perItem, ratio: overall, verdict: 'flat', basis: `cost at ${last.n} / at ${a.n}, for ${last.n / a.n}× the items` };
  }
  if (!c) {
    const ratio = round(b.ms / b.n / (a.ms / a.n));
    return { perItem, ratio, verdict: verdictOf(ratio), basis: `per-item cost at ${b.n} / at ${a.n}` };
  }
  const ratio = round((c.ms - b.ms) / (c.n - b.n) / ((b.ms - a.ms) / (b.n - a.n)));
  return { perItem, ratio, verdict: verdictOf(ratio), basis: `marginal cost per item ${b.n}→${c.n} / ${a.n}→${b.n}` };
}
const verdictOf = (ratio) => (ratio > 1.5 ? 'worse than linear' : ratio < 0.67 ? 'better than linear' : 'linear');
