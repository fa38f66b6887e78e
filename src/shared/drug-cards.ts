/**
 * The one rule for opening a medicine's card, for every widget that names medicines (the treatment list and the diet
 * guide):
 * - a medicine is a button when `<net-drug-card>` is defined on the page, or when a file on the page can load it
 *   (`registerDrugCardLoader`: the treatment list's files hold the card; the diet guide's own CDN file does not, so
 *   that it stays small, and names medicines as plain text unless the page has the card);
 * - pressing it fires `net-drug-select` (cancelable); unless a host cancels it, the card opens in place, under the
 *   button, loaded first if need be, and the button (now "Close") closes it.
 * A failed load is one console warning; the widget stays usable.
 */
const TAG = 'net-drug-card';

let loader: (() => Promise<unknown>) | undefined;
let loading: Promise<boolean> | undefined;

/** Lets widgets on the page load `<net-drug-card>` when a reader first opens a medicine. The first loader stays. */
export function registerDrugCardLoader(load: () => Promise<unknown>): void {
  loader ??= load;
}

/** True when a widget may offer a medicine's card: the card is defined, or can be loaded. */
export function drugCardAvailable(): boolean {
  return !!globalThis.customElements?.get(TAG) || !!loader;
}

/** Calls `then` once the card becomes available (at once if it is), for widgets that rendered before it was. */
export function whenDrugCardAvailable(then: () => void): void {
  if (drugCardAvailable()) then();
  else void globalThis.customElements?.whenDefined(TAG).then(then);
}

/** Makes sure `<net-drug-card>` is defined; resolves false (with one console warning) when it cannot be loaded. */
export function loadDrugCard(): Promise<boolean> {
  if (globalThis.customElements?.get(TAG)) return Promise.resolve(true);
  if (!loader) return Promise.resolve(false);
  loading ??= loader().then(
    () => true,
    (error: unknown) => {
      loading = undefined;
      console.warn(`net-widgets: could not load <net-drug-card> (${String(error)})`);
      return false;
    },
  );
  return loading;
}
