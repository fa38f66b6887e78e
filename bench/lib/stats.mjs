// Small statistics over repeated measurements: the benchmark reports medians and percentiles, never one run.

/** The value below which `p` (0–1) of the samples fall, by linear interpolation between closest ranks. */
export function quantile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export const median = (samples) => quantile(samples, 0.5);
export const p95 = (samples) => quantile(samples, 0.95);

/** Rounds to `digits` decimals (for results.json: figures, not noise). */
export const round = (x, digits = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

/** Median, p95, min, max and count of a list of samples, rounded. */
export function summarise(samples, digits = 2) {
  return {
    median: round(median(samples), digits),
    p95: round(p95(samples), digits),
    min: round(Math.min(...samples), digits),
    max: round(Math.max(...samples), digits),
    runs: samples.length,
  };
}
