/// <reference types="vite/client" />
// The top of each widget's Docs page: its description from custom-elements.json (the class's JSDoc), then snippets
// to copy for the CDN file (with its integrity hash, when `npm run build` has run) and for npm.
import manifest from '../custom-elements.json';
import pkg from '../package.json';

interface Declaration {
  tagName?: string;
  description?: string;
}

const integrity = Object.values(
  import.meta.glob<{ files: Record<string, string> }>('../dist/cdn/integrity.json', { eager: true, import: 'default' }),
)[0]?.files;

function describe(tag: string): string {
  const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []) as Declaration[]);
  return declarations.find((d) => d.tagName === tag)?.description ?? '';
}

/**
 * The CDN script tag with the real integrity hash of net-widgets.js, read from dist/cdn/integrity.json when Storybook
 * is built (npm test builds it after `npm run build`). Before any build there is no hash to show, so the tag has no
 * `integrity` attribute and a comment says how to get one: never a placeholder that a reader could copy.
 */
export function cdnSnippet(example: string): string {
  const hash = integrity?.['net-widgets.js'];
  const src = `https://YOUR-CDN/net-widgets@${pkg.version}/dist/cdn/net-widgets.js`;
  const tag = hash
    ? `<script type="module" src="${src}"\n        integrity="${hash}" crossorigin="anonymous"></script>`
    : `<!-- Run npm run build to see the integrity hash of this version here. -->\n<script type="module" src="${src}"></script>`;
  return `${tag}\n\n${example}`;
}

/** Markdown for `parameters.docs.description.component`; `more` (the values it accepts, say) goes last. */
export function componentDocs(tag: string, example: string, more = ''): string {
  return `${describe(tag)}

### Embed it

One script tag (every widget, self-contained; or \`dist/cdn/${tag}.js\` for this one only):

\`\`\`html
${cdnSnippet(example)}
\`\`\`

From npm (not on the registry yet: **Guides/Embedding** says how to install it from a tarball):

\`\`\`js
import 'net-widgets/${tag}';
\`\`\`

${more}`;
}
