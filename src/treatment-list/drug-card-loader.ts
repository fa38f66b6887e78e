let loading: Promise<void> | undefined;

/**
 * Makes sure `<net-drug-card>` is defined before the list shows one. Loaded on first use, so a page that never opens a
 * medicine does not pay for the drug card (the single-file CDN build inlines it anyway). Never throws: a failure is
 * one console warning, and the list stays usable.
 */
export function ensureDrugCard(): Promise<void> {
  if (customElements.get('net-drug-card')) return Promise.resolve();
  loading ??= import('../net-drug-card.js').then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      console.warn(`net-widgets <net-treatment-list>: could not load <net-drug-card> (${String(error)})`);
    },
  );
  return loading;
}
