/**
 * Opt-in schema.org JSON-LD for search engines (`structured-data` attribute): builders that turn content entries into
 * Drug, MedicalTherapy, Diet and MedicalWebPage nodes, and `syncStructuredData`, which keeps a
 * `<script type="application/ld+json">` child of the widget up to date under Trusted Types.
 */
export type { JsonLdDocument, JsonLdNode } from './types.js';
export { drugJsonLd } from './drug.js';
export { treatmentJsonLd, type DrugNameOf } from './treatment.js';
export { dietJsonLd } from './diet.js';
export {
  medicalWebPage,
  oldestDate,
  drugPageJsonLd,
  treatmentsPageJsonLd,
  dietPageJsonLd,
  type MedicalWebPageInput,
  type PageOptions,
} from './page.js';
export { syncStructuredData, findJsonLdScript, serialiseJsonLd, MARKER } from './script-element.js';
export { POLICY_NAME } from './trusted-script.js';
