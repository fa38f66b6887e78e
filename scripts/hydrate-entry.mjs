// The CDN files hydrate server-rendered widgets (see src/ssr/): Lit's hydration support must run before any
// element class is defined, so each CDN file starts from a virtual entry that imports it first, then the widget
// entry. The npm build leaves this to the app (README "Server-rendered HTML").
import { resolve } from 'node:path';

export const HYDRATE_SUPPORT = '@lit-labs/ssr-client/lit-element-hydrate-support.js';
const PREFIX = '\0net-widgets-hydrating:';

/** The CDN input for `entry` (a widget entry such as src/net-drug-card.ts), with hydration support first. */
export const hydrating = (entry) => `${PREFIX}${resolve(entry)}`;

/** Rollup plugin that builds the virtual entries made by `hydrating`. */
export function hydrateEntry() {
  return {
    name: 'net-widgets-hydrate-entry',
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const entry = JSON.stringify(id.slice(PREFIX.length));
      return `import ${JSON.stringify(HYDRATE_SUPPORT)};\nexport * from ${entry};\n`;
    },
  };
}
