/**
 * The light-DOM run of the browser suites (web-test-runner.config.mjs, group `light-dom`: the widgets' own suites and
 * the shared ones that read widgets): loaded before the test framework on each test page, it makes every widget render
 * in light DOM (issue 29), so that the same tests check both modes without a copy.
 *
 * - Each widget class, as it is defined, gets a `connectedCallback` that sets `light-dom` before the original runs
 *   (`light-dom` is read when a widget is first connected), unless the widget already rendered or holds a declarative
 *   shadow root (server-rendered shadow HTML stays what it is).
 * - Every top-level suite and test is named "light DOM: …", so that a failure says which run it came from.
 * - A file whose tests put no widget in light DOM fails, so that the run cannot pass by testing shadow DOM twice.
 *
 * Tests read the mode from `lightRun` (tests/browser/helpers.ts).
 */
import { WIDGET_TAGS } from '../../src/shared/widgets.js';

const WIDGETS = new Set<string>(WIDGET_TAGS);
const PREFIX = 'light DOM: ';

// Read by tests/browser/helpers.ts (`lightRun`), which this module must not import: it would be evaluated first.
(globalThis as Record<symbol, unknown>)[Symbol.for('net-widgets.test.light-run')] = true;

/** How many widgets this page put in light DOM. */
let madeLight = 0;
const patched = new WeakSet<CustomElementConstructor>();

function lightWhenConnected(ctor: CustomElementConstructor): void {
  if (patched.has(ctor)) return;
  patched.add(ctor);
  const proto = ctor.prototype as HTMLElement & { connectedCallback?: () => void; hasUpdated?: boolean };
  const original = proto.connectedCallback;
  proto.connectedCallback = function (this: HTMLElement & { hasUpdated?: boolean }) {
    if (!this.hasUpdated && !this.shadowRoot && !this.hasAttribute('light-dom')) {
      this.setAttribute('light-dom', '');
      madeLight++;
    }
    original?.call(this);
  };
}

const registry = window.customElements;
const define = registry.define.bind(registry);
registry.define = (name: string, ctor: CustomElementConstructor, options?: ElementDefinitionOptions): void => {
  if (WIDGETS.has(name)) lightWhenConnected(ctor);
  define(name, ctor, options);
};

interface MochaSuite {
  title: string;
  suites: MochaSuite[];
  tests: { title: string }[];
  afterAll(fn: () => void): void;
}
interface MochaLike {
  suite: MochaSuite;
  run: (...args: unknown[]) => unknown;
}

/** Names the file's top-level suites and tests "light DOM: …" when mocha runs them, and checks the run was light. */
function nameRuns(value: MochaLike | undefined): void {
  const run = value?.run;
  if (!value || typeof run !== 'function' || (run as { light?: boolean }).light) return;
  const named = function (this: unknown, ...args: unknown[]) {
    for (const suite of value.suite.suites) if (!suite.title.startsWith(PREFIX)) suite.title = PREFIX + suite.title;
    for (const test of value.suite.tests) if (!test.title.startsWith(PREFIX)) test.title = PREFIX + test.title;
    value.suite.afterAll(() => {
      if (madeLight === 0) throw new Error('light DOM run: no widget was put in light DOM on this page (tests/browser/light-run.ts)');
    });
    return run.apply(this, args);
  };
  (named as { light?: boolean }).light = true;
  value.run = named;
}

/** Mocha's global, which the test framework defines after this module ran. */
const g = globalThis as { mocha?: MochaLike };
let mocha = g.mocha;
nameRuns(mocha);
Object.defineProperty(globalThis, 'mocha', {
  configurable: true,
  get: () => mocha,
  set(value: MochaLike) {
    mocha = value;
    nameRuns(value);
  },
});
