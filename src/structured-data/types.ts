/** A schema.org node as JSON-LD: `@type` and plain JSON values. */
export interface JsonLdNode {
  '@type': string;
  [key: string]: unknown;
}

/** A top-level JSON-LD document: a node with its `@context`. */
export interface JsonLdDocument extends JsonLdNode {
  '@context': 'https://schema.org';
}
