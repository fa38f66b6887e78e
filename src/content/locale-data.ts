/**
 * Where each locale's content and labels live once loaded: English is always there (each content module provides its
 * own file, so a page with only a drug card carries only the drug data); French and Spanish are provided by
 * src/locales/fr.ts and es.ts when a page loads them, all files of a locale at once. Nothing here knows about Lit.
 */

/**
 * The locales whose content is written (data/en, data/fr, data/es). English is the one every other is made from. The
 * one list of them: scripts/widgets.mjs reads it as JSON (the CDN files, the story projects), so it is written so.
 */
export const LOCALES = ["en", "fr", "es"] as const;
export type Locale = (typeof LOCALES)[number];

/** One file of a locale's content or labels (data/<locale>/<kind>.json). */
export type ContentKind =
  | 'drugs'
  | 'treatments'
  | 'diet'
  | 'sources'
  | 'ui-common'
  | 'ui-drug-card'
  | 'ui-treatment-list'
  | 'ui-diet-guide'
  | 'ui-questions'
  | 'naming';

const provided = new Map<string, unknown>();
const loaders = new Map<Locale, () => Promise<unknown>>();
const loading = new Map<Locale, Promise<boolean>>();

/** Makes one file of a locale's content available. */
export function provide(locale: Locale, kind: ContentKind, value: unknown): void {
  provided.set(`${locale}/${kind}`, value);
}

/** One file of a locale's content, or undefined when that locale is not loaded (then use English). */
export function dataFor<T>(locale: Locale, kind: ContentKind): T | undefined {
  return provided.get(`${locale}/${kind}`) as T | undefined;
}

/** True when the widgets can show `locale` now: English always; another locale once its files are provided. */
export function isLocaleReady(locale: Locale): boolean {
  return locale === 'en' || provided.has(`${locale}/ui-common`);
}

/** How to load a locale's files on demand (the npm build: a dynamic import, so a page loads only what it uses). */
export function registerLocaleLoader(locale: Locale, load: () => Promise<unknown>): void {
  loaders.set(locale, load);
}

/**
 * Loads `locale` if a loader is registered. Resolves true when the locale is ready, false when it cannot be had here
 * (no loader: a CDN file without that language; or the load failed). Never rejects.
 */
export function loadLocale(locale: Locale): Promise<boolean> {
  if (isLocaleReady(locale)) return Promise.resolve(true);
  const load = loaders.get(locale);
  if (!load) return Promise.resolve(false);
  let pending = loading.get(locale);
  if (!pending) {
    pending = load().then(
      () => isLocaleReady(locale),
      (error: unknown) => {
        loading.delete(locale);
        loaders.delete(locale);
        console.warn(`net-widgets: could not load the ${locale} content (${String(error)}); showing English`);
        return false;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** True when `locale` has a loader, or is ready already. */
export function canLoadLocale(locale: Locale): boolean {
  return isLocaleReady(locale) || loaders.has(locale);
}
