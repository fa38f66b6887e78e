/**
 * Today's date, as the review dates compare it (YYYY-MM-DD, UTC). A server-rendered snippet was rendered on some
 * day and says which (`rendered-on`); while a widget hydrates that snippet it renders as on that day, so that its
 * first render matches the HTML it adopts (the "due for review" notice depends on the date), and then renders again
 * as today if the day differs.
 */
let pinned: string | null = null;

/** Today's date (YYYY-MM-DD), or the date pinned by `renderingOn`. */
export function today(): string {
  return pinned ?? new Date().toISOString().slice(0, 10);
}

/** Runs `fn` as if today were `date` (YYYY-MM-DD); null runs it on the real date. Synchronous only. */
export function renderingOn<T>(date: string | null, fn: () => T): T {
  const before = pinned;
  pinned = date;
  try {
    return fn();
  } finally {
    pinned = before;
  }
}

/** True for a calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string | null): text is string {
  return text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text);
}
