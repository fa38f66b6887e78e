import type { Diet, Drug, Source, Treatment } from '../content/schema.js';
import { dietJsonLd } from './diet.js';
import { drugJsonLd } from './drug.js';
import { compact } from './text.js';
import { treatmentJsonLd, type DrugNameOf } from './treatment.js';
import type { JsonLdDocument, JsonLdNode } from './types.js';

export interface MedicalWebPageInput {
  /** When the content was last checked against its sources (YYYY-MM-DD). */
  lastReviewed: string;
  /** What the page is about: the drug, treatments or diet shown. */
  about?: JsonLdNode | readonly JsonLdNode[];
  /** The language the content is shown in (a BCP 47 tag, "en"). */
  inLanguage?: string;
  /** The sources the content comes from. */
  citation?: readonly Source[];
}

const creativeWork = (s: Source): JsonLdNode =>
  compact({ '@type': 'CreativeWork', name: s.title, publisher: { '@type': 'Organization', name: s.publisher }, url: s.url });

/** A schema.org `MedicalWebPage` for patients, with `lastReviewed`, wrapping what a widget shows. */
export function medicalWebPage(input: MedicalWebPageInput): JsonLdDocument {
  const about = input.about === undefined ? undefined : Array.isArray(input.about) ? [...input.about] : input.about;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    audience: 'https://schema.org/Patient',
    inLanguage: input.inLanguage,
    lastReviewed: input.lastReviewed,
    about,
    citation: (input.citation ?? []).map(creativeWork),
  }) as JsonLdDocument;
}

/** The oldest of some review dates (YYYY-MM-DD): a page of several entries is only as fresh as its oldest one. */
export function oldestDate(dates: readonly string[]): string {
  return [...dates].sort()[0] ?? '';
}

export interface PageOptions {
  inLanguage?: string;
  citation?: readonly Source[];
}

/** The JSON-LD a `<net-drug-card structured-data>` adds: a MedicalWebPage about one Drug. */
export function drugPageJsonLd(
  drug: Drug,
  options: PageOptions & { components?: readonly (Drug | undefined)[] } = {},
): JsonLdDocument {
  return medicalWebPage({ ...options, lastReviewed: drug.reviewed, about: drugJsonLd(drug, options.components) });
}

/** The JSON-LD a `<net-treatment-list structured-data>` adds: a MedicalWebPage about the treatments shown. */
export function treatmentsPageJsonLd(
  treatments: readonly Treatment[],
  options: PageOptions & { drugName?: DrugNameOf } = {},
): JsonLdDocument {
  return medicalWebPage({
    ...options,
    lastReviewed: oldestDate(treatments.map((t) => t.reviewed)),
    about: treatments.map((t) => treatmentJsonLd(t, options.drugName)),
  });
}

/** The JSON-LD a `<net-diet-guide structured-data>` adds: a MedicalWebPage about the Diet. */
export function dietPageJsonLd(diet: Diet, options: PageOptions = {}): JsonLdDocument {
  return medicalWebPage({ ...options, lastReviewed: diet.reviewed, about: dietJsonLd(diet) });
}
