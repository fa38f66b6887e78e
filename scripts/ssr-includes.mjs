// Server-side includes for the demo pages: %SSR(tag name=value ...)% becomes the widget's server-rendered snippet
// (styles inline), %SSR-LINKED(tag ...)% the same with its styles linked from /dist/cdn/ (for the strict-CSP page).
// Values are single words or "quoted"; a bare name sets a boolean attribute. Rendered by the built dist/node/ssr.js.
// A bare light-dom renders a light-DOM snippet (issue 29: the widget's content as its own children, no styles of its
// own, so the page links dist/cdn/net-widgets.light.css in its <head>, as demo/ssr-light.html does); with
// %SSR-LINKED(...)% it carries a link to /dist/cdn/<tag>.light.css instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SSR = fileURLToPath(new URL('../dist/node/ssr.js', import.meta.url));
const INCLUDE = /%SSR(-LINKED)?\(([^)]*)\)%/g;

/** `net-drug-card drug=everolimus variant="compact"` → ['net-drug-card', { drug: 'everolimus', variant: 'compact' }] */
export function parseInclude(text) {
  const words = [...text.matchAll(/([\w-]+)(?:=(?:"([^"]*)"|(\S+)))?/g)];
  const [tag, ...attrs] = words;
  return [tag?.[1] ?? '', Object.fromEntries(attrs.map((m) => [m[1], m[2] ?? m[3] ?? true]))];
}

export async function fillSsrIncludes(html) {
  if (!html.includes('%SSR')) return html;
  if (!existsSync(SSR)) return html.replace(INCLUDE, '<p>dist/node/ssr.js is missing: run npm run build</p>');
  const { renderWidget } = await import(SSR);
  return html.replace(INCLUDE, (_, linked, inner) => {
    const [tag, attrs] = parseInclude(inner);
    return renderWidget(tag, attrs, linked ? { stylesheets: '/dist/cdn/' } : {});
  });
}
