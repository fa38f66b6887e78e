import type { NetErrorDetail } from './problem.js';

/**
 * The `detail` of `net-drug-select`, fired by the treatment list and the diet guide when the reader asks for a drug's
 * card. Cancelable: a host that calls `preventDefault()` shows the drug itself; otherwise the widget opens
 * `<net-drug-card>` in place.
 */
export interface DrugSelectDetail {
  /** Id of the medicine the reader chose (an id in data/en/drugs.json). */
  drugId: string;
}

declare global {
  interface HTMLElementEventMap {
    'net-drug-select': CustomEvent<DrugSelectDetail>;
    'net-error': CustomEvent<NetErrorDetail>;
  }
}
