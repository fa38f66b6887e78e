// Where the longest tasks go, on the phone profile: three loads of demo/plain.html (their longest tasks added up), and
// one first render of the treatment list with 10,000 host entries, each recorded with a Chromium trace (what the main thread did: script, style, layout,
// parsing, paint, garbage collection) and a CPU profile (which code ran). The page loads net-widgets.js rebuilt by the
// bench from rollup.config.mjs's own CDN configuration with a source map (the same code as dist/cdn/net-widgets.js,
// checked), so that each sample is traced back to its source file: Lit, a folder of src/, a package.
// For the people making it faster; nothing here is a target.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installPageHelpers, whenDefined, withTimeout } from './browser.mjs';
import { SlowdownChecks, checkSlowdown, phonePage } from './phone.mjs';
import { writePage } from './pages.mjs';
import { makeTreatments } from './synthetic.mjs';
import { round } from './stats.mjs';

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink',
  'loading',
  'toplevel',
];

/** net-widgets.js built exactly as rollup.config.mjs builds the CDN file, with a source map. */
async function bundleWithMap(root) {
  const { rollup } = await import('rollup');
  const { CDN_BUNDLE } = await import(pathToFileURL(join(root, 'scripts/widgets.mjs')).href);
  const configs = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default;
  const config = configs.find((c) => c.output?.file === CDN_BUNDLE);
  if (!config) throw new Error(`bench: rollup.config.mjs has no configuration for ${CDN_BUNDLE}`);
  const build = await rollup({ input: config.input, plugins: config.plugins, onwarn: () => {} });
  const { output } = await build.generate({ ...config.output, file: undefined, sourcemap: true });
  await build.close();
  const code = output[0].code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const same = code.trim() === readFileSync(join(root, CDN_BUNDLE), 'utf8').trim();
  return { code, map: output[0].map, sameAsCdn: same };
}

// ---- source maps: just enough of the format to find the source file of a generated position ------------------

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes `mappings` into, per generated line, sorted segments [column, source, line, column, name?]. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let srcLine = 0;
  let srcCol = 0;
  let name = 0;
  for (const lineText of mappings.split(';')) {
    const segments = [];
    let col = 0;
    for (const seg of lineText.split(',')) {
      if (!seg) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64[ch];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0];
      if (values.length >= 4) {
        source += values[1];
        srcLine += values[2];
        srcCol += values[3];
        if (values.length >= 5) name += values[4];
        segments.push([col, source, srcLine, srcCol, values.length >= 5 ? name : -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

function sourceMapLookup(map) {
  const lines = decodeMappings(map.mappings);
  return (line, column) => {
    const segs = lines[line];
    if (!segs?.length) return null;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid][0] <= column) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    const [, src, srcLine, , nameIdx] = segs[found];
    // The name at the function's own start is often its identifier; else the next named segment on the line.
    let fn = nameIdx >= 0 ? map.names[nameIdx] : null;
    for (let i = found + 1; !fn && i < Math.min(segs.length, found + 4); i++) if (segs[i][4] >= 0) fn = map.names[segs[i][4]];
    return { source: map.sources[src], line: srcLine + 1, name: fn };
  };
}

/** Lit, a folder of src/, content, or a package. */
function groupOf(source) {
  const path = source.replace(/^(\.\.\/)+/, '').replace(/^\0/, '');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr-client)$/.test(pkg) ? 'Lit' : pkg;
  if (path.startsWith('data/')) return 'content (data/)';
  const src = path.match(/(?:^|\/)src\/([^/]+)\//)?.[1];
  return src ? `src/${src}` : path;
}

// ---- the trace: the main thread's tasks, and what each spent its time on -------------------------------------

// What each trace event's own time was spent on, by its name; the first match wins.
const KINDS = [
  ['garbage collection', /GC|Sweep|Scavenge|Compact|Marking/],
  ['script: compile', /[Cc]ompile|parseOnBackground|ProduceCache|produceModuleCache/],
  ['style', /[Ss]tyle|UpdateLayoutTree|rebuildLayoutTree|CSS/],
  ['layout', /[Ll]ayout|Shape|InlineNode|TextAutosizer|Font/],
  ['paint and composite', /Paint|Layeriz|Composit|^Commit$|Raster|Decode|Blink\./],
  ['HTML parsing', /ParseHTML|HTMLDocumentParser|Tokenizer|FinishedParsing|CancelParsing/],
  ['script: run', /EvaluateScript|evaluateModule|FunctionCall|^V8\.|^v8\.|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|FireIdleCallback|callFunction/],
  ['navigation and page set-up', /Navigation|mojo|ResourceFetcher|Frame::|Document::Open|Context|InstallConditionalFeatures|Load/],
];
const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other';

/** Complete events ('X', and 'B'/'E' pairs) of one thread, sorted by start. */
function threadEvents(events, pid, tid) {
  const out = [];
  const stack = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') out.push({ name: e.name, ts: e.ts, dur: e.dur });
    else if (e.ph === 'B') stack.push(e);
    else if (e.ph === 'E') {
      const b = stack.pop();
      if (b) out.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The renderer main threads' top-level tasks, longest first. */
function topTasks(events) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = [];
  for (const m of mains) {
    for (const e of events) {
      if (e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && TOP_LEVEL.has(e.name)) tasks.push({ pid: e.pid, tid: e.tid, ts: e.ts, dur: e.dur });
    }
  }
  // Nested RunTask events (a task inside a task) count once, as the outer one.
  tasks.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  for (const t of tasks) {
    const last = outer.at(-1);
    if (last && last.pid === t.pid && last.tid === t.tid && t.ts < last.ts + last.dur) continue;
    outer.push(t);
  }
  return outer.sort((a, b) => b.dur - a.dur);
}

/** Self time of each event inside `task`, by kind (ms and share of the task). */
function taskBreakdown(events, task) {
  const inside = threadEvents(events, task.pid, task.tid).filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && !(e.ts === task.ts && e.dur === task.dur && TOP_LEVEL.has(e.name)));
  const self = new Map();
  const byName = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      const mine = done.dur - done.children;
      self.set(done.kind, (self.get(done.kind) ?? 0) + mine);
      byName.set(done.name, (byName.get(done.name) ?? 0) + mine);
    }
  };
  let covered = 0;
  for (const e of inside) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.children += e.dur;
    else covered += e.dur;
    stack.push({ name: e.name, kind: kindOf(e.name), dur: e.dur, end: e.ts + e.dur, children: 0 });
  }
  close(Infinity);
  self.set('other', (self.get('other') ?? 0) + (task.dur - covered));
  const ms = (us) => round(us / 1000, 1);
  const share = (us) => round(us / task.dur, 3);
  return {
    durationMs: ms(task.dur),
    byKind: [...self.entries()].sort((a, b) => b[1] - a[1]).map(([kind, us]) => ({ kind, ms: ms(us), share: share(us) })),
    topEvents: [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, us]) => ({ name, ms: ms(us), share: share(us) })),
  };
}

/** The CPU profile's samples inside `task`, by source group and by function (self time). */
function jsBreakdown(profile, task, lookup, bundleUrl) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byGroup = new Map();
  const byFunction = new Map();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < task.ts || t > task.ts + task.dur) continue;
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i];
    const frame = nodes.get(profile.samples[i])?.callFrame;
    if (!frame) continue;
    let group;
    let fn;
    if (frame.url === bundleUrl) {
      const at = lookup(frame.lineNumber, frame.columnNumber);
      group = at ? groupOf(at.source) : 'net-widgets.js (unmapped)';
      fn = at ? `${at.name ?? frame.functionName ?? '(anonymous)'} (${at.source.replace(/^(\.\.\/)+/, '')}:${at.line})` : frame.functionName;
    } else if (frame.url) {
      group = 'other scripts';
      fn = `${frame.functionName || '(anonymous)'} (${frame.url.replace(/^.*\//, '')})`;
    } else if (/^\((program|idle|garbage collector|root)\)$/.test(frame.functionName)) {
      group = frame.functionName;
      fn = frame.functionName;
    } else {
      group = 'browser built-ins (DOM, V8)';
      fn = `${frame.functionName || '(native)'} (built-in)`;
    }
    byGroup.set(group, (byGroup.get(group) ?? 0) + dt);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    total += dt;
  }
  const ms = (us) => round(us / 1000, 1);
  return {
    sampledMs: ms(total),
    byGroup: [...byGroup.entries()].sort((a, b) => b[1] - a[1]).map(([group, us]) => ({ group, ms: ms(us), share: round(us / total, 3) })),
    topFunctions: [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([fn, us]) => ({ fn, ms: ms(us), share: round(us / total, 3) })),
  };
}

/** Records a trace and a CPU profile around `act(page)`; returns both and the slowdown check. */
async function recorded(browser, url, act) {
  const { page, cdp, close } = await phonePage(browser);
  try {
    await page.addInitScript(installPageHelpers);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const before = act.before ? await act.before(page, url) : null;
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await cdp.send('Profiler.start');
    const detail = await act.run(page, url, before);
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const check = await checkSlowdown(page, cdp);
    return { trace: trace.traceEvents ?? trace, profile, check, detail };
  } finally {
    await close();
  }
}

/** Waits in the page until no long task has ended for a second (at most `maxMs`). */
async function quietInPage(maxMs) {
  const ends = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => ends.push(e.startTime + e.duration)));
  observer.observe({ type: 'longtask', buffered: true });
  const t0 = performance.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (performance.now() - Math.max(t0, ...ends) >= 1000 || performance.now() - t0 > maxMs) break;
  }
  observer.disconnect();
}

function analyse({ trace, profile }, lookup, bundleUrl, count) {
  return topTasks(trace)
    .slice(0, count)
    .map((task) => ({ ...taskBreakdown(trace, task), js: jsBreakdown(profile, task, lookup, bundleUrl) }));
}

/** The same task in several loads as one: times added up, shares of the sum, and each load's duration. */
function merged(tasks) {
  // Shares are of the whole: the tasks' durations for trace events, the samples' time for the profile.
  const sum = (lists, key, all) => {
    const totals = new Map();
    for (const list of lists) for (const x of list) totals.set(x[key], (totals.get(x[key]) ?? 0) + x.ms);
    return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ [key]: name, ms: round(ms, 1), share: round(ms / all, 3) }));
  };
  const durations = tasks.map((t) => t.durationMs).sort((a, b) => a - b);
  const taskMs = durations.reduce((a, b) => a + b, 0);
  const sampledMs = tasks.reduce((a, t) => a + t.js.sampledMs, 0);
  return {
    durationMs: durations[Math.floor(durations.length / 2)],
    loads: durations,
    byKind: sum(tasks.map((t) => t.byKind), 'kind', taskMs),
    topEvents: sum(tasks.map((t) => t.topEvents), 'name', taskMs).slice(0, 12),
    js: {
      sampledMs: round(sampledMs, 1),
      byGroup: sum(tasks.map((t) => t.js.byGroup), 'group', sampledMs),
      topFunctions: sum(tasks.map((t) => t.js.topFunctions), 'fn', sampledMs).slice(0, 15),
    },
  };
}

export async function measureProfile(browser, { root, origin, pagesDir, plainSource, synth, plainLoads = 3 }) {
  const bundle = await bundleWithMap(root);
  const bundlePath = writePage(pagesDir, 'profile/net-widgets.js', `${bundle.code}\n//# sourceMappingURL=net-widgets.js.map\n`);
  writeFileSync(join(pagesDir, 'profile/net-widgets.js.map'), JSON.stringify(bundle.map));
  const bundleUrl = `${origin}${bundlePath}`;
  const lookup = sourceMapLookup(bundle.map);
  const out = { sameCodeAsCdn: bundle.sameAsCdn };
  const checks = new SlowdownChecks();

  // demo/plain.html, with the rebuilt script in place of the CDN file's (no integrity: it carries a source map line).
  const plain = plainSource.replace(/<script\s+type="module"[\s\S]*?<\/script>/, `<script type="module" src="${bundlePath}"></script>`);
  const plainUrl = `${origin}${writePage(pagesDir, 'profile/plain.html', plain)}`;
  // Three loads: one trace says little on a shared machine. Their longest tasks are added up.
  const loads = [];
  for (let i = 0; i < plainLoads; i++) {
    const load = await checks.run(() =>
      recorded(browser, plainUrl, {
        run: async (page, url) => {
          await page.goto(url, { waitUntil: 'load', timeout: 60000 });
          await withTimeout(page.evaluate(() => window.__bench.settled()), 60000, 'the widgets to render');
          await page.evaluate(quietInPage, 10000);
        },
      }),
    );
    if (load) loads.push(analyse(load, lookup, bundleUrl, 2));
  }
  if (!loads.length) throw new Error('bench: the CPU slowdown did not hold in any traced load of demo/plain.html');
  out.plainLoad = { loads: loads.length, longestTasks: [0, 1].map((i) => merged(loads.map((l) => l[i]).filter(Boolean))) };

  // The treatment list with 10,000 host entries, added to a page that has loaded the script.
  const listUrl = `${origin}${writePage(pagesDir, 'profile/list.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Profile: 10,000 entries</title><script type="module" src="${bundlePath}"></script></head><body></body></html>\n`)}`;
  const list = await checks.run(() => recorded(browser, listUrl, {
    before: async (page, url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 60000 });
      await whenDefined(page, 'net-treatment-list', 60000);
      await page.evaluate(`window.__entries = (${makeTreatments.toString()})(${JSON.stringify({ ...synth, count: 10000 })}); 0`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    },
    run: async (page) => {
      await page.evaluate(() => {
        const el = document.createElement('net-treatment-list');
        el.entries = window.__entries;
        document.body.append(el);
      });
      await withTimeout(page.evaluate(() => window.__bench.settled()), 120000, 'the 10,000-entry list to render');
      await page.evaluate(quietInPage, 30000);
    },
  }));
  if (!list) throw new Error('bench: the CPU slowdown did not hold in three traced renders of 10,000 entries');
  out.list10k = { longestTasks: analyse(list, lookup, bundleUrl, 3) };
  out.slowdown = checks.summary();
  return out;
}
