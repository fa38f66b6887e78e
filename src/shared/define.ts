import { VERSION } from './version.js';
import { holdSizes, sizesBeforeDefine } from './first-render.js';

/** A custom element class that says which net-widgets version defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly netVersion?: string;
}

const WARNED = Symbol.for('net-widgets.duplicate-warned');
type Marked = typeof globalThis & { [WARNED]?: boolean };

/**
 * Registers `tag` unless it is already taken. Never throws: a page that loads two copies of the bundle (the CDN
 * file twice, or the CDN file beside an npm build) keeps the first copy and gets one console warning for the page,
 * saying which versions met.
 * @returns true when this call registered the element.
 */
export function defineElement(tag: string, ctor: VersionedElement): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    // The widgets on the page keep the height the page gave them until defined until each renders in its turn.
    const sizes = sizesBeforeDefine(tag);
    registry.define(tag, ctor);
    holdSizes(sizes);
    return true;
  }
  if (existing === ctor) return false;
  const marked = globalThis as Marked;
  if (!marked[WARNED]) {
    marked[WARNED] = true;
    const theirs = existing.netVersion ?? 'an unknown version';
    const how =
      theirs === VERSION
        ? `the same version (${VERSION}) was loaded twice`
        : `version ${theirs} was loaded first, so this copy (${VERSION}) is not used`;
    console.warn(`net-widgets: <${tag}> is already defined: ${how}. Load the widgets once per page.`);
  }
  return false;
}
