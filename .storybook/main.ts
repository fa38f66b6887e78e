import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown in the MDX guides: MDX 3 alone shows their tables as raw text.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    // One copy of Lit in dev mode, or Lit warns "Multiple versions of Lit loaded".
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js', 'lit/static-html.js'],
    };
    return config;
  },
};
export default config;
