/**
 * The public design tokens, written once in tokens.json: each `--net-*` custom property, the private `--_*` property
 * the styles use, its default, and what it does. The base styles declare the private properties from this table, the
 * manifest analyzer documents every widget's CSS properties from it (custom-elements-manifest.config.mjs), and a test
 * holds the README's theming table to it.
 */
import tokens from './tokens.json';

export interface Token {
  /** The private custom property the styles use. */
  readonly private: string;
  /** The default value. */
  readonly value: string;
  /** What it does: in tokens.json for the docs, left out of the bundles (scripts/runtime-json.mjs). */
  readonly description?: string;
}

export const TOKENS: Readonly<Record<keyof typeof tokens, Token>> = tokens;

export type TokenName = keyof typeof TOKENS;

/** The `:host` declarations that map every public token onto its private one, with its default. */
export function tokenDeclarations(): string {
  return Object.entries(TOKENS)
    .map(([name, t]) => `${t.private}: var(${name}, ${t.value});`)
    .join('\n');
}
