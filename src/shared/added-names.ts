/**
 * The names a website added to bundled medicines on a page (a drug card's host content, `{ "id": "capecitabine",
 * "addNames": ["Xeloda"] }`), so that every search on that page finds them: the treatment list's and the diet guide's,
 * not only the card's own `drug` lookup. Each drug card says which names it holds while it is on the page; one page's
 * names never reach another page (a registry per document, no global outside it).
 */
const pages = new WeakMap<Document, Map<Element, ReadonlyMap<string, readonly string[]>>>();
const merged = new WeakMap<Document, ReadonlyMap<string, readonly string[]>>();
const EMPTY: ReadonlyMap<string, readonly string[]> = new Map();

/** What `card` adds (id → names), or nothing once it leaves the page (`names` null or empty). */
export function holdAddedNames(card: Element, names: ReadonlyMap<string, readonly string[]> | null): void {
  const doc = card.ownerDocument as Document | undefined;
  // (The server renderer's elements have no document: nothing to share there.)
  if (!doc) return;
  let page = pages.get(doc);
  if (!page) pages.set(doc, (page = new Map()));
  const had = page.get(card);
  if (!names?.size) {
    if (!had) return;
    page.delete(card);
  } else {
    if (had && sameNames(had, names)) return;
    page.set(card, names);
  }
  merged.delete(doc);
}

/** The names added on `doc`'s page, by medicine id: one map object until they change (a view can key on it). */
export function addedNamesOn(doc: Document | undefined): ReadonlyMap<string, readonly string[]> {
  if (!doc) return EMPTY;
  let all = merged.get(doc);
  if (all) return all;
  const byId = new Map<string, string[]>();
  for (const names of pages.get(doc)?.values() ?? []) {
    for (const [id, list] of names) byId.set(id, [...new Set([...(byId.get(id) ?? []), ...list])]);
  }
  all = byId.size ? byId : EMPTY;
  merged.set(doc, all);
  return all;
}

function sameNames(a: ReadonlyMap<string, readonly string[]>, b: ReadonlyMap<string, readonly string[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, list] of a) if (b.get(id)?.join('\n') !== list.join('\n')) return false;
  return true;
}
