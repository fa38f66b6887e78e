/**
 * When each widget first renders, so that a page with several widgets never blocks a phone in one long task: each
 * widget's first render is a task of its own, the widgets nearest the top of the page first, and a widget far below
 * the screen while the page loads waits until the reader comes near it (one screen ahead), the page prints, or the
 * reader reaches it by keyboard. Widgets added after the page has loaded (an app, a test) render in their own task at
 * once. A server-rendered widget (`defer-hydration`, see src/ssr/) hydrates lazily in the same way, whenever it is
 * added: once the reader comes within a screen of it, presses, focuses or types in it, or the page prints. Measured
 * with `npm run bench` (the phone profile): the longest task while demo/plain.html loads.
 */

import { WIDGET_SELECTOR } from './widgets.js';

/** How far ahead of the screen a deferred widget starts to render: one screen height. */
const AHEAD = '100% 0px';
/** What the reader does to a deferred widget that makes it render (or hydrate) at once: press, focus or type in it. */
const REACH = ['pointerdown', 'focusin', 'keydown'];

interface Waiting {
  readonly el: Element;
  readonly go: () => void;
}

/** Widgets whose turn has come, rendered one per task in document order. */
const ready: Waiting[] = [];
/** Widgets far below the screen, until the reader comes near. */
const deferred = new Map<Element, () => void>();
/**
 * Until its first render, a widget keeps the height it had before it was defined (the host page's `:not(:defined)`
 * rule, the space its fallback link took) or, far below the screen, at least a screen's height, through the CSSOM
 * (which a strict CSP allows). So a widget that waits for its turn never collapses and pulls what follows it up, and a
 * deferred one renders one screen ahead of the reader with only what lies below it, still off screen, moving: layout
 * shift stays 0. The host's own inline value is put back once it has rendered.
 */
const RESERVE = '100vh';
const hostMinSize = new Map<Element, string>();

function reserve(el: Element, size = RESERVE): void {
  const style = (el as HTMLElement).style;
  if (!style) return;
  if (!hostMinSize.has(el)) hostMinSize.set(el, style.minBlockSize);
  style.minBlockSize = size;
}

/**
 * Where every widget on the page is, read once before the first tag is defined, and kept until the next task. A file
 * defines its widgets one after the other, and each definition upgrades that tag's elements (a shadow root, its
 * styles): reading a size between two definitions made the browser lay the whole page out again each time, four
 * layouts in the script's own task on a page with the four widgets (the bench's profile: about 12 ms on the phone).
 * Sizes and places before any definition are what the widgets hold until they render (see `holdSizes`).
 */
let boxesBefore: Map<Element, DOMRect> | null = null;
/**
 * The screen's height, read with those places. Reading `innerHeight` lays the page out too (it depends on whether a
 * scroll bar shows): read after the definitions, it laid the page out again with every widget's new shadow root.
 */
let screenBefore = 0;

function boxesBeforeDefine(): Map<Element, DOMRect> {
  if (!boxesBefore) {
    boxesBefore = new Map([...document.querySelectorAll(WIDGET_SELECTOR)].map((el) => [el, el.getBoundingClientRect()]));
    screenBefore = window.innerHeight;
    nextTask(() => (boxesBefore = null));
  }
  return boxesBefore;
}

/** The heights of the widgets with this tag already on the page, read just before the tag is defined. */
export function sizesBeforeDefine(tag: string): [Element, number][] {
  if (typeof document === 'undefined' || !pageLoading()) return [];
  const boxes = boxesBeforeDefine();
  return [...document.querySelectorAll(tag)].map((el) => [el, (boxes.get(el) ?? el.getBoundingClientRect()).height]);
}

/** Holds those heights until each widget's first render. */
export function holdSizes(sizes: readonly [Element, number][]): void {
  for (const [el, height] of sizes) if (height > 0 && !(el as { hasUpdated?: boolean }).hasUpdated) reserve(el, `${height}px`);
}

function unreserve(el: Element): void {
  const style = (el as HTMLElement).style;
  if (!style || !hostMinSize.has(el)) return;
  style.minBlockSize = hostMinSize.get(el)!;
  hostMinSize.delete(el);
}
let taskQueued = false;
let observer: IntersectionObserver | undefined;
let printWatched = false;

function nextTask(run: () => void): void {
  // A message is a task of its own without the 4 ms clamp of nested timeouts.
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
  } else {
    setTimeout(run, 0);
  }
}

/**
 * Runs `run` in a task after the browser has painted what the last task rendered, so that the widget at the top of the
 * page is on screen before the next one starts: after the next animation frame, or at once in a hidden page (which
 * paints no frames), or after 100 ms at most.
 */
function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return nextTask(run);
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    nextTask(run);
  };
  requestAnimationFrame(once);
  setTimeout(once, 100);
}

function runNext(): void {
  taskQueued = false;
  ready.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  ready.shift()?.go();
  if (ready.length) {
    taskQueued = true;
    afterPaint(runNext);
  }
}

function queueTask(): void {
  if (taskQueued) return;
  taskQueued = true;
  nextTask(runNext);
}

function enqueue(el: Element, go: () => void): void {
  ready.push({ el, go: () => (go(), afterUpdate(() => continuing.has(el) || unreserve(el))) });
  queueTask();
}

/** Runs `run` once the update that the last `go()` let through has run (its promise reaction comes first). */
const afterUpdate = (run: () => void): void => queueMicrotask(run);

/** Widgets whose first render goes on in a later turn (see `continueFirstRender`): they keep their held height. */
const continuing = new Set<Element>();

/**
 * For a widget whose first render showed only the top of it, the part on the reader's first screen (the treatment
 * list's title, search and count): `run` renders the rest in a task of its own, after the browser has painted that
 * top, before the widgets below it take their turn. The widget keeps the height it held until then, so that nothing
 * below it moves between the two. Resolves once `run` has run.
 */
export function continueFirstRender(el: Element, run: () => void): Promise<void> {
  continuing.add(el);
  return new Promise((done) => {
    ready.push({ el, go: () => (continuing.delete(el), run(), done(), afterUpdate(() => unreserve(el))) });
    if (taskQueued) return;
    taskQueued = true;
    afterPaint(runNext);
  });
}

/** Lets a deferred widget render now (in its turn). */
function release(el: Element): void {
  const go = deferred.get(el);
  if (!go) return;
  deferred.delete(el);
  observer?.unobserve(el);
  for (const type of REACH) el.removeEventListener(type, onReach, true);
  enqueue(el, go);
}

function onReach(this: Element): void {
  release(this);
}

/** Before printing, every deferred widget renders, at once (the print layout needs it now, not in a later task). */
function releaseAllNow(): void {
  const all = [...deferred.entries()];
  deferred.clear();
  for (const [el, go] of all) {
    observer?.unobserve(el);
    go();
    unreserve(el);
  }
}

function watchPrint(): void {
  if (printWatched || typeof window === 'undefined') return;
  printWatched = true;
  window.addEventListener('beforeprint', releaseAllNow);
  window.matchMedia?.('print').addEventListener?.('change', (event) => {
    if (event.matches) releaseAllNow();
  });
}

/**
 * True while the page itself is still loading: only then may a widget far below the screen wait, and a long widget
 * render its first screen before the rest.
 */
export function pageLoading(): boolean {
  return typeof document !== 'undefined' && document.readyState !== 'complete';
}

/** True when the element starts more than a screen below the bottom of the screen. */
function farBelow(el: Element): boolean {
  if (typeof IntersectionObserver !== 'function') return false;
  // In the task that defined it, where it was just before (its size is held): no second layout of the page.
  const before = boxesBefore?.get(el);
  return before ? before.top > screenBefore * 2 : el.getBoundingClientRect().top > window.innerHeight * 2;
}

/**
 * Resolves when `el` may render for the first time: in a task of its own, in document order; for a widget far below
 * the screen while the page loads, once the reader comes near it (or prints, or tabs into it). `onDefer` runs when it
 * is deferred (a widget may do work that must not wait, such as structured data, there).
 */
export function firstRenderTurn(el: Element, onDefer?: () => void): Promise<void> {
  return new Promise((go) => {
    if (!pageLoading() || !farBelow(el)) {
      enqueue(el, go);
      return;
    }
    if (!hostMinSize.has(el)) reserve(el);
    defer(el, go);
    onDefer?.();
  });
}

/** `go` runs in the widget's turn once the reader comes within a screen of it, reaches it or prints. */
function defer(el: Element, go: () => void): void {
  if (typeof IntersectionObserver !== 'function') return enqueue(el, go);
  deferred.set(el, go);
  watchPrint();
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) release(entry.target);
    },
    { rootMargin: AHEAD },
  );
  observer.observe(el);
  for (const type of REACH) el.addEventListener(type, onReach, true);
}

/**
 * Hydrates a server-rendered widget lazily: Lit's hydration support leaves an element that carries `defer-hydration`
 * alone until the attribute goes, which happens in the widget's turn (a task of its own, top of the page first) once
 * the reader comes within a screen of it, presses, focuses or types in it, or the page prints. Until then the
 * server's HTML, which reads in full and holds its own place, is what the reader sees.
 */
export function hydrateWhenReached(el: Element): void {
  defer(el, () => el.removeAttribute('defer-hydration'));
}

/** Lets a deferred widget render now (it was disconnected and connected again, say). */
export function renderSoon(el: Element): void {
  release(el);
}
