import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '**/dist/', 'storybook-static/', 'custom-elements.json', 'test-results/', 'bench/results.json', 'bench/pages/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Widgets must run under a strict CSP with Trusted Types: no HTML strings, no inline styles.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Breaks Trusted Types: render content as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Breaks Trusted Types.' },
            { name: 'lit/directives/style-map.js', message: 'Inline styles break style-src CSP: use classes.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Breaks Trusted Types: use Lit templates or textContent.' },
        { property: 'outerHTML', message: 'Breaks Trusted Types.' },
        { property: 'insertAdjacentHTML', message: 'Breaks Trusted Types.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests and scripts may read markup back; they never ship.
    files: ['tests/**', 'src/**/*.test.ts', 'scripts/**', 'bench/**', 'demo/**', 'stories/**'],
    rules: {
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off', // chai: expect(x).to.exist
    },
  },
);
