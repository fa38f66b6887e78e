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

/** Markdown for `parameters.docs.description.component`. */
export function componentDocs(tag: string, example: string): string {
  const hash = integrity?.['net-widgets.js'] ?? 'sha384-… (run npm run build: dist/cdn/integrity.json)';
  return `${describe(tag)}

### Embed it

One script tag (every widget, self-contained; or \`dist/cdn/${tag}.js\` for this one only):

\`\`\`html
<script type="module" src="https://YOUR-CDN/net-widgets@${pkg.version}/dist/cdn/net-widgets.js"
        integrity="${hash}" crossorigin="anonymous"></script>

${example}
\`\`\`

From npm:

\`\`\`js
import 'net-widgets/${tag}';
\`\`\`
`;
}
