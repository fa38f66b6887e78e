/**
 * The reader's questions for their care team: one list per page, shared by every widget on it. A widget adds a
 * question ("Add to my questions" beside a gap, a side effect, an option or a food); `<net-questions>` shows, orders,
 * removes and prints them. Nothing here knows about Lit, and nothing leaves the reader's device.
 *
 * - One store per document (a WeakMap keyed by the Document, so two pages, iframes or test fixtures never share one,
 *   and nothing is kept on `window` or in a global outside the page).
 * - In memory by default: the list is gone when the page closes. Only a host that sets `remember` on
 *   `<net-questions>` keeps it: `remember="session"` in sessionStorage (until the tab closes), `remember="device"` in
 *   localStorage (until the reader clears it), always under the one key `net-widgets.questions` (STORAGE_KEY).
 *   Never a cookie, never a network request. When the list is empty, the key is removed, not written empty. On the
 *   device, a change made in another tab of the same site shows in this one (the `storage` event).
 * - A storage that fails (private browsing, a full quota, storage disabled by policy) leaves the list in memory, with
 *   one console warning per page.
 * - Every change dispatches one `change` Event on the store: to the list, or to where it is kept.
 */

/** Where a question comes from. */
export type QuestionKind = 'gap' | 'side-effect' | 'option' | 'food' | 'general' | 'own';

/** Every kind, in the order `<net-questions>` groups them. */
export const QUESTION_KINDS: readonly QuestionKind[] = ['gap', 'side-effect', 'option', 'food', 'general', 'own'];

/**
 * One question in the list.
 *
 * `key` is stable, so a widget can tell whether its question is in the list already: `${kind}:${entryId}:${part ?? ''}`
 * for a question made from an entry (see `questionKey`), `general:<id>` for one from the general list, `own:<random>`
 * for one the reader wrote (see `ownQuestion`).
 */
export interface SavedQuestion {
  readonly key: string;
  readonly kind: QuestionKind;
  /** The entry it came from: a drug id (gap, side-effect), a treatment id (option), a food id (food), a general id. */
  readonly entryId?: string;
  /**
   * For `gap`: the drug card section whose sources are silent (`GAP_PARTS`: 'howGiven', 'serious', ...). For
   * `side-effect`: the side effect's words as the card shows them. For `option` and `food`: left out (the key is
   * `option:prrt:`, `food:cheese:`, as the widgets' buttons make it).
   */
  readonly part?: string;
  /** The locale it was added in ('en', 'fr', 'es'). */
  readonly lang: string;
  /** The words as shown when it was added; for `own`, as the reader wrote them. */
  readonly text: string;
}

/** The list of one page. */
export interface QuestionStore extends EventTarget {
  /** The questions, in the reader's order. A new (frozen) array after each change, so it can be compared by identity. */
  readonly questions: readonly SavedQuestion[];
  has(key: string): boolean;
  /** Adds a question at the end. False when its key is in the list already, the list is full, or it is not a question. */
  add(q: SavedQuestion): boolean;
  /** Removes the question with this key. False when there is none. */
  remove(key: string): boolean;
  /** Moves the question with this key to `index` (clamped to the list). */
  move(key: string, index: number): void;
  /** Removes every question (and what was stored, if anything). */
  clear(): void;
}

/** How long the list is kept: in memory only (''), for the browser tab ('session'), or on this device ('device'). */
export type RememberMode = '' | 'session' | 'device';

export const REMEMBER_MODES: readonly RememberMode[] = ['', 'session', 'device'];

/** The one key the list is stored under, in sessionStorage or localStorage (never both). */
export const STORAGE_KEY = 'net-widgets.questions';

/** The longest question kept: a longer one is cut (a text field also stops there). */
export const MAX_QUESTION_LENGTH = 500;

/** The most questions a list holds: far more than one appointment needs, few enough that nothing gets slow. */
export const MAX_QUESTIONS = 50;

/** The longest key, entry id, part or language kept. */
const MAX_FIELD_LENGTH = 200;

/** The store's extras, used by `<net-questions>`: how long the list is kept. */
export interface RememberingStore extends QuestionStore {
  /** How long the host asked to keep the list. */
  readonly remember: RememberMode;
  /** True while the list is kept in memory only, although the host asked for a storage that failed. */
  readonly storageFailed: boolean;
  /**
   * Keeps the list as `mode` says, from now on. Switching to a storage first reads what it holds (those questions come
   * first, then the ones added on this page); switching away from a storage removes the list from it.
   */
  setRemember(mode: RememberMode): void;
}

/** The key of a question made from an entry: `${kind}:${entryId}:${part ?? ''}`. */
export function questionKey(kind: Exclude<QuestionKind, 'general' | 'own'>, entryId: string, part?: string): string {
  return `${kind}:${entryId}:${part ?? ''}`;
}

/** A question the reader wrote: a random key, the text as written (spaces tidied, cut to MAX_QUESTION_LENGTH). */
export function ownQuestion(text: string, lang: string): SavedQuestion {
  return { key: `own:${randomId()}`, kind: 'own', lang, text: tidyText(text) };
}

function randomId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The text with runs of white space made one space, trimmed, and cut to MAX_QUESTION_LENGTH. */
export function tidyText(text: string): string {
  // Only ordinary white space: the no-break spaces that French puts before « ? » and « : » stay where they are.
  return text.slice(0, MAX_QUESTION_LENGTH * 4).replace(/[ \t\r\n\f\v]+/g, ' ').trim().slice(0, MAX_QUESTION_LENGTH).trimEnd();
}

const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_FIELD_LENGTH;

/**
 * A clean copy of anything that claims to be a question (from a widget, a host script or storage that someone edited),
 * or null: never throws, whatever it is given.
 */
export function cleanQuestion(value: unknown): SavedQuestion | null {
  try {
    if (value === null || typeof value !== 'object') return null;
    const q = value as Record<string, unknown>;
    const { key, kind, entryId, part, lang, text } = q;
    if (!isShortText(key) || typeof kind !== 'string' || !QUESTION_KINDS.includes(kind as QuestionKind)) return null;
    if (typeof text !== 'string') return null;
    const words = tidyText(text);
    if (!words) return null;
    if (entryId !== undefined && !isShortText(entryId)) return null;
    if (part !== undefined && (typeof part !== 'string' || part.length > MAX_QUESTION_LENGTH)) return null;
    const clean: SavedQuestion = {
      key,
      kind: kind as QuestionKind,
      ...(entryId !== undefined ? { entryId } : {}),
      ...(part !== undefined ? { part } : {}),
      lang: isShortText(lang) ? lang : 'en',
      text: words,
    };
    return Object.freeze(clean);
  } catch {
    // A Proxy or a getter that throws is not a question.
    return null;
  }
}

/** The storage a mode uses, or null for memory; throws where the browser forbids storage. */
function storageFor(doc: Document, mode: RememberMode): Storage | null {
  if (mode === '') return null;
  const view = doc.defaultView;
  if (!view) throw new Error('the document has no window');
  const storage = mode === 'session' ? view.sessionStorage : view.localStorage;
  if (!storage) throw new Error('no storage');
  return storage;
}

/** What is stored: a version and the questions. */
interface Stored {
  v: 1;
  questions: readonly SavedQuestion[];
}

class Store extends EventTarget implements RememberingStore {
  #questions: readonly SavedQuestion[] = Object.freeze([]);
  #remember: RememberMode = '';
  #storageFailed = false;
  #warned = false;

  constructor(private readonly doc: Document) {
    super();
  }

  get questions(): readonly SavedQuestion[] {
    return this.#questions;
  }

  get remember(): RememberMode {
    return this.#remember;
  }

  get storageFailed(): boolean {
    return this.#storageFailed;
  }

  has(key: string): boolean {
    return this.#questions.some((q) => q.key === key);
  }

  add(q: SavedQuestion): boolean {
    const clean = cleanQuestion(q);
    if (!clean || this.has(clean.key) || this.#questions.length >= MAX_QUESTIONS) return false;
    this.#set([...this.#questions, clean]);
    return true;
  }

  remove(key: string): boolean {
    if (!this.has(key)) return false;
    this.#set(this.#questions.filter((q) => q.key !== key));
    return true;
  }

  move(key: string, index: number): void {
    const from = this.#questions.findIndex((q) => q.key === key);
    if (from < 0 || typeof index !== 'number' || Number.isNaN(index)) return;
    const to = Math.max(0, Math.min(this.#questions.length - 1, Math.trunc(index)));
    if (to === from) return;
    const next = [...this.#questions];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    this.#set(next);
  }

  clear(): void {
    if (this.#questions.length === 0) return;
    this.#set([]);
  }

  setRemember(mode: RememberMode): void {
    const wanted: RememberMode = REMEMBER_MODES.includes(mode) ? mode : '';
    if (wanted === this.#remember) return;
    const before = this.#remember;
    this.#remember = wanted;
    this.#storageFailed = false;
    // On the device, another tab of the same site may change the list: follow it.
    const view = this.doc.defaultView;
    if (wanted === 'device') view?.addEventListener?.('storage', this.#onStorage);
    else view?.removeEventListener?.('storage', this.#onStorage);
    // Nothing stays where the host no longer asks to keep the list.
    this.#tryStorage(before, (storage) => storage.removeItem(STORAGE_KEY));
    const stored = wanted === '' ? [] : this.#read();
    const keys = new Set(stored.map((q) => q.key));
    const merged = [...stored, ...this.#questions.filter((q) => !keys.has(q.key))].slice(0, MAX_QUESTIONS);
    const same = merged.length === this.#questions.length && merged.every((q, i) => q === this.#questions[i]);
    // Where the list is kept is part of what changed: one change event either way.
    if (!same) return this.#set(merged);
    this.#write();
    this.dispatchEvent(new Event('change'));
  }

  /** Another tab changed the stored list (localStorage fires `storage` in the other tabs only): take it as it is. */
  #onStorage = (event: StorageEvent): void => {
    if (this.#remember !== 'device' || (event.key !== null && event.key !== STORAGE_KEY)) return;
    try {
      if (event.storageArea && event.storageArea !== storageFor(this.doc, 'device')) return;
    } catch {
      return;
    }
    this.#questions = Object.freeze(this.#read());
    this.dispatchEvent(new Event('change'));
  };

  #set(questions: readonly SavedQuestion[]): void {
    this.#questions = Object.freeze([...questions]);
    this.#write();
    this.dispatchEvent(new Event('change'));
  }

  /** The questions the current storage holds (none when it holds nothing valid or cannot be read). */
  #read(): SavedQuestion[] {
    let text: string | null = null;
    this.#tryStorage(this.#remember, (storage) => {
      text = storage.getItem(STORAGE_KEY);
    });
    if (text === null) return [];
    try {
      const data = JSON.parse(text) as Partial<Stored> | null;
      const list = Array.isArray(data?.questions) ? data.questions : [];
      const seen = new Set<string>();
      const out: SavedQuestion[] = [];
      for (const item of list.slice(0, MAX_QUESTIONS)) {
        const q = cleanQuestion(item);
        if (q && !seen.has(q.key)) {
          seen.add(q.key);
          out.push(q);
        }
      }
      return out;
    } catch {
      return [];
    }
  }

  #write(): void {
    if (this.#remember === '' || this.#storageFailed) return;
    const questions = this.#questions;
    this.#tryStorage(this.#remember, (storage) => {
      if (questions.length === 0) return storage.removeItem(STORAGE_KEY);
      try {
        storage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, questions } satisfies Stored));
      } catch (error) {
        // A full quota: leave no out-of-date copy behind.
        storage.removeItem(STORAGE_KEY);
        throw error;
      }
    });
  }

  /** Runs `use` on the storage of `mode`; a failure keeps the list in memory, with one warning per page. */
  #tryStorage(mode: RememberMode, use: (storage: Storage) => void): void {
    if (mode === '') return;
    try {
      const storage = storageFor(this.doc, mode);
      if (storage) use(storage);
    } catch (error) {
      if (mode !== this.#remember) return;
      this.#storageFailed = true;
      if (this.#warned) return;
      this.#warned = true;
      const where = mode === 'session' ? 'sessionStorage' : 'localStorage';
      console.warn(
        `net-widgets <net-questions>: remember="${mode}" could not use ${where} (${error instanceof Error ? error.name : String(error)}), so the questions are kept in memory only and are gone when the page closes.`,
      );
    }
  }
}

const stores = new WeakMap<Document, Store>();

/** The list of questions of this document (one per document, made on first use, in memory until a host opts in). */
export function questionsOn(doc: Document): QuestionStore {
  return rememberingStoreOn(doc);
}

/** The same store, with its `remember` setting (for `<net-questions>`). */
export function rememberingStoreOn(doc: Document): RememberingStore {
  let store = stores.get(doc);
  if (!store) {
    store = new Store(doc);
    stores.set(doc, store);
  }
  return store;
}
