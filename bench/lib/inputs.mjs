// What the benchmark reads from the project besides the built files: the treatment categories (from the content
// schema, the one list) and the demo pages with their server, when they exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** TREATMENT_CATEGORIES from src/content/schema.ts (read as text: the benchmark runs plain Node, not TypeScript). */
export function treatmentCategories(root) {
  const schema = readFileSync(join(root, 'src/content/schema.ts'), 'utf8');
  const list = schema.match(/TREATMENT_CATEGORIES\s*=\s*\[([^\]]*)\]/)?.[1];
  const categories = [...(list ?? '').matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]);
  if (categories.length === 0) throw new Error('Could not read TREATMENT_CATEGORIES from src/content/schema.ts');
  return categories;
}

/**
 * The demo pages measured for layout shift and Lighthouse, in order (Lighthouse runs on the first): the plain hospital
 * page (the README snippet as it is), the CMS page (with the README's reserve-space CSS) and the page of
 * server-rendered snippets that the CDN script hydrates (issue 14).
 */
export const DEMO_PAGES = ['demo/plain.html', 'demo/cms.html', 'demo/ssr.html'];

/**
 * Starts scripts/demo-server.mjs (which fills in the pages' integrity hashes and sends their headers) when it and the
 * demo pages exist. Returns { pages: [{ page, url }], close } or undefined.
 */
export async function startDemo(root) {
  const serverFile = join(root, 'scripts/demo-server.mjs');
  const pages = DEMO_PAGES.filter((p) => existsSync(join(root, p)));
  if (!existsSync(serverFile) || pages.length === 0) return undefined;
  const { startDemoServer } = await import(pathToFileURL(serverFile).href);
  const server = await startDemoServer({ port: 0 });
  return { pages: pages.map((page) => ({ page, url: `${server.url}/${page}` })), close: server.close };
}
