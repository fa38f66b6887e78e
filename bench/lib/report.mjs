// The targets of issue 9, and the one table the benchmark prints: figure, value, target, pass or miss.

export const TARGETS = {
  bundleGzipKB: 25, // net-widgets.js with all three widgets and the English content
  drugCardGzipKB: 15, // "well below" the bundle's 25 KB: taken as at most 60% of it
  renderOverStatic: 1.5,
  renderOverIframe: 1, // faster than the iframe: ratio under 1
  ssrOverStatic: 1.1, // issue 14: server-rendered snippets within 1.1x of the static floor
  keystroke10kMedianMs: 16,
  cls: 0,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100 },
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const verdict = (ok) => (ok ? 'pass' : '**miss**');

/** Rows of [figure, value, target, result] from the results object. */
export function tableRows(r) {
  const rows = [];
  const add = (figure, value, target = '', result = '') => rows.push([figure, value, target, result]);
  if (r.size) {
    const { floors, files } = r.size;
    const three = (s) => `${kb(s.min)} min · ${kb(s.gzip)} gz · ${kb(s.brotli)} br`;
    add('Lit alone (floor)', three(floors.lit));
    add('English content alone (data/en, minified)', three(floors.content));
    add('Lit + content (floor for the bundle)', three(floors.litPlusContent));
    for (const f of files) {
      const name = f.file.replace('dist/cdn/', '');
      const ratio = ` (${f.gzipOverLit}× Lit; ${f.gzipOverFloor}× its floor, Lit + its content: ${kb(f.floor.gzip)} gz)`;
      if (name === 'net-widgets.js') {
        add(name, three(f) + ratio, `≤ ${TARGETS.bundleGzipKB} KB gz`, verdict(f.gzip <= TARGETS.bundleGzipKB * 1024));
      } else if (name === 'net-drug-card.js') {
        add(name, three(f) + ratio, `≤ ${TARGETS.drugCardGzipKB} KB gz`, verdict(f.gzip <= TARGETS.drugCardGzipKB * 1024));
      } else {
        add(name, three(f) + ratio);
      }
    }
  }
  if (r.render) {
    const { ms: t } = r.render;
    add('Render, 3 widgets: content on screen (median)', `${ms(t.widgets.median)} (p95 ${ms(t.widgets.p95)}, ${t.widgets.runs} runs)`);
    add('Render, same DOM as static HTML (floor)', `${ms(t.static.median)} (p95 ${ms(t.static.p95)})`);
    add('Render, static HTML in a cross-site iframe', `${ms(t.iframe.median)} (p95 ${ms(t.iframe.p95)})`);
    const ratio = (x) => `${x.median}× (middle half of rounds: ${x.p25}–${x.p75}×)`;
    const { widgetsOverStatic: s, widgetsOverIframe: i } = r.render;
    add('Render: widgets ÷ static floor (median of per-round ratios)', ratio(s), `≤ ${TARGETS.renderOverStatic}×`, verdict(s.median <= TARGETS.renderOverStatic));
    add('Render: widgets ÷ iframe (median of per-round ratios)', ratio(i), '< 1× (faster)', verdict(i.median < TARGETS.renderOverIframe));
    if (t.ssr && r.render.ssrOverStatic) {
      const x = r.render.ssrOverStatic;
      add('Render, server-rendered snippets, hydrated by the CDN script', `${ms(t.ssr.median)} (p95 ${ms(t.ssr.p95)})`);
      add('Render: server-rendered ÷ static floor (median of per-round ratios)', ratio(x), `≤ ${TARGETS.ssrOverStatic}×`, verdict(x.median <= TARGETS.ssrOverStatic));
    }
  }
  if (r.renderBreakdown) {
    const { script, widgets } = r.renderBreakdown;
    add('net-widgets.js alone: parse, compile and run (median)', ms(script.evaluateMs.median));
    for (const [tag, w] of Object.entries(widgets)) {
      add(`<${tag}> alone: render, to painted (median)`, `${ms(w.paintedMs.median)} (update ${ms(w.updateMs.median)}, ${w.elements.toLocaleString('en-GB')} elements)`);
    }
  }
  if (r.treatmentList) {
    for (const s of r.treatmentList.bySize) {
      const n = s.entries.toLocaleString('en-GB');
      add(`Treatment list, ${n} entries: first render (median)`, `${ms(s.firstRenderMs.median)} (${s.elements.toLocaleString('en-GB')} elements, +${s.heap.jsMB} MB JS, +${s.heap.domMB} MB DOM heap)`);
      const k = s.keystroke;
      const target = s.entries === 10000;
      add(
        `Treatment list, ${n} entries: filter keystroke, update / to next frame / painted`,
        `median ${ms(k.toUpdated.median)} / ${ms(k.toFrame.median)} / ${ms(k.toPaint.median)}, p95 ${ms(k.toUpdated.p95)} / ${ms(k.toFrame.p95)} / ${ms(k.toPaint.p95)} (${k.keystrokes} keys)`,
        target ? `median < ${TARGETS.keystroke10kMedianMs} ms` : '',
        target ? verdict(k.toFrame.median < TARGETS.keystroke10kMedianMs) : '',
      );
    }
    const g = r.treatmentList.firstRenderGrowth;
    add('Treatment list: growth of first render', `${g.verdict} (${g.basis}: ${g.ratio})`);
    const kg = r.treatmentList.keystrokeGrowth;
    add('Treatment list: growth of a keystroke', `${kg.verdict} (${kg.basis}: ${kg.ratio})`);
  }
  if (r.drugCards) {
    for (const c of r.drugCards.byCount) {
      add(`${c.cards} drug cards: render (median)`, `${ms(c.renderMs.median)} (${c.elements.toLocaleString('en-GB')} elements, +${c.heap.jsMB} MB JS, +${c.heap.domMB} MB DOM heap; ${c.heap.jsKBPerItem} KB JS per card)`);
    }
    const g = r.drugCards.growth;
    add('Drug cards: growth of render', `${g.verdict} (${g.basis}: ${g.ratio})`);
  }
  if (r.cls) {
    for (const result of r.cls) {
      const c = result.byCase;
      const value = `desktop ${c.desktop.cls}, mobile ${c.mobile.cls}; script 800 ms late: ${c['desktop-script-delayed-800ms'].cls}, ${c['mobile-script-delayed-800ms'].cls}`;
      add(`CLS while widgets upgrade, ${result.page}`, value, '0', verdict(result.worstCls === TARGETS.cls));
    }
  }
  if (r.lighthouse) {
    for (const [category, min] of Object.entries(TARGETS.lighthouse)) {
      const score = r.lighthouse.scores[category];
      const figure = `Lighthouse ${category}, ${r.lighthouse.page} (${r.lighthouse.formFactor}, median of ${r.lighthouse.runs})`;
      add(figure, String(score), min === 100 ? '100' : `≥ ${min}`, verdict(score >= min));
    }
  }
  return rows;
}

/** A Markdown table (pastes into the README as it is). */
export function markdownTable(rows) {
  const header = ['figure', 'value', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
