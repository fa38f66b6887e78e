/**
 * The public design tokens, written once: each `--net-*` custom property, the private `--_*` property the styles use,
 * its default, and what it does. The base styles declare the private properties from this table, the manifest
 * analyzer documents every widget's CSS properties from it, and a test holds the README's theming table to it.
 */
export const TOKENS = {
  '--net-color-text': { private: '--_text', value: '#1f2328', description: 'Text colour.' },
  '--net-color-muted': { private: '--_muted', value: '#4b5563', description: 'Secondary text: the footer, labels, descriptions.' },
  '--net-color-background': { private: '--_bg', value: '#ffffff', description: 'Background.' },
  '--net-color-surface': { private: '--_surface', value: '#f3f5f7', description: 'Background of the search area, answers and labels.' },
  '--net-color-border': { private: '--_border', value: '#8a949e', description: 'Borders and rules.' },
  '--net-color-accent': { private: '--_accent', value: '#005eb8', description: 'Headings, links, buttons and the line under the title.' },
  '--net-color-focus': { private: '--_focus', value: '#ffbf47', description: 'Focus outline.' },
  '--net-color-urgent': { private: '--_urgent', value: '#b3261e', description: 'Border of urgent callouts and problem messages; the advice word.' },
  '--net-color-urgent-background': { private: '--_urgent-bg', value: '#fdecea', description: 'Background of urgent callouts and problem messages.' },
  '--net-color-notice': { private: '--_notice', value: '#7a4d00', description: 'Border of notices (review due, a name used in two ways).' },
  '--net-color-notice-background': { private: '--_notice-bg', value: '#fff4d6', description: 'Background of notices.' },
  '--net-font-family': { private: '--_font', value: 'inherit', description: "Font; inherits the page's font by default." },
  '--net-font-size': {
    private: '--_size',
    value: 'medium',
    description: "Base text size; everything else is in em, so the page's `html { font-size }` does not shrink it.",
  },
  '--net-radius': { private: '--_radius', value: '0.5em', description: 'Corner radius.' },
  '--net-space': { private: '--_space', value: '1em', description: 'Padding of the widget.' },
} as const;

export type TokenName = keyof typeof TOKENS;

/** The `:host` declarations that map every public token onto its private one, with its default. */
export function tokenDeclarations(): string {
  return Object.entries(TOKENS)
    .map(([name, t]) => `${t.private}: var(${name}, ${t.value});`)
    .join('\n');
}
