#!/usr/bin/env node
// npm run demo: serves the demo host pages (demo/) and the built files (dist/) on localhost, and nothing else.
// The e2e tests start it too. Loopback only, GET and HEAD only, a fixed list of folders, no directory listings.
// Pages listed in PAGE_HEADERS get their Content-Security-Policy as a real HTTP header, as a hospital's server would
// send it. A page may write %INTEGRITY(name.js)% where a CDN file's integrity hash belongs: it is filled in from
// dist/cdn/integrity.json, so the demo snippets are the real ones and a stale hash fails to load, as it would live.
// A page may also write %SSR(net-drug-card drug=everolimus)% where a server-rendered snippet belongs (see
// scripts/ssr-includes.mjs): it is rendered on request by dist/node/ssr.js, as a hospital's server would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillSsrIncludes } from './ssr-includes.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The strict policy of issue 8: what a careful hospital sends. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html net-widgets 'allow-duplicates'",
].join('; ');

/** Extra response headers per page path. */
export const PAGE_HEADERS = {
  '/demo/strict.html': { 'Content-Security-Policy': STRICT_CSP },
  '/demo/react/dist/index.html': { 'Content-Security-Policy': STRICT_CSP },
  '/demo/ssr-strict.html': { 'Content-Security-Policy': STRICT_CSP },
  // Light-DOM snippets (issue 29): their styles are the linked net-widgets.light.css, which this policy allows.
  '/demo/ssr-light.html': { 'Content-Security-Policy': STRICT_CSP },
  '/demo/ssr-light-fr.html': { 'Content-Security-Policy': STRICT_CSP },
};

/** URL prefixes that are served, each from the folder of the same name in the repository. Nothing else is. */
const SERVED = [
  '/demo/',
  '/dist/',
  // For the page that loads the npm build through an import map: Lit and the two small dependencies, nothing more.
  '/node_modules/lit/',
  '/node_modules/lit-html/',
  '/node_modules/lit-element/',
  '/node_modules/@lit/reactive-element/',
  '/node_modules/valibot/dist/',
  '/node_modules/fastest-levenshtein/esm/',
  // Lit's hydration support, for the page that hydrates server-rendered widgets with the npm build and Lit's dev build.
  '/node_modules/@lit-labs/ssr-client/',
  // The built Storybook (npm run build-storybook), for the tests of its docs pages.
  '/storybook-static/',
];

/** Content types by file extension (the benchmark's server uses them too). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const MAX_URL = 2048;

async function readIntegrity() {
  try {
    return JSON.parse(await readFile(join(ROOT, 'dist/cdn/integrity.json'), 'utf8')).files ?? {};
  } catch {
    return {};
  }
}

/** Fills %INTEGRITY(file)% placeholders; an unknown file leaves a hash that can never match, so the script fails. */
async function fillIntegrity(html) {
  if (!html.includes('%INTEGRITY(')) return html;
  const files = await readIntegrity();
  return html.replace(/%INTEGRITY\(([\w.-]+)\)%/g, (_, name) => files[name] ?? 'sha384-missing-run-npm-run-build');
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** Maps a URL path to a file inside one of the served folders, or null. */
function fileFor(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path === '/') path = '/demo/index.html';
  if (path.endsWith('/')) path += 'index.html';
  const clean = normalize(path).split(sep).join('/');
  if (!SERVED.some((prefix) => clean.startsWith(prefix))) return null;
  const file = resolve(ROOT, '.' + clean);
  return file.startsWith(ROOT + sep) ? { file, path: clean } : null;
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  // Refuse other host names, so a web page cannot reach this server through DNS rebinding.
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (!LOOPBACK.has(host)) return send(res, 403, 'Forbidden');
  if ((req.url ?? '').length > MAX_URL) return send(res, 414, 'URI too long');
  const url = new URL(req.url ?? '/', 'http://localhost');
  const target = fileFor(url.pathname);
  if (!target) return send(res, 404, 'Not found');
  let info;
  try {
    info = await stat(target.file);
  } catch {
    return send(res, 404, 'Not found');
  }
  if (!info.isFile()) return send(res, 404, 'Not found');
  const type = TYPES[extname(target.file)] ?? 'application/octet-stream';
  let body = await readFile(target.file);
  if (type.startsWith('text/html')) body = Buffer.from(await fillSsrIncludes(await fillIntegrity(body.toString('utf8'))));
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(PAGE_HEADERS[target.path] ?? {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the server on a loopback address. `port: 0` picks a free port.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  if (!LOOPBACK.has(host)) throw new Error(`demo server: refusing to listen on ${host}; loopback only`);
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, 'Server error');
      else res.destroy();
      console.error('demo server:', error);
    });
  });
  server.maxConnections = 64;
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 1_000;
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolvePromise({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await startDemoServer({ port });
  console.log(`net-widgets demo pages on ${url}/ (built files from dist/; run \`npm run build\` first). Ctrl+C stops.`);
}
