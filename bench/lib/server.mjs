// A tiny static file server for the benchmark's pages: serves the repository's files over http on 127.0.0.1, gzipped
// and cacheable like a CDN would (every measured load still starts with an empty cache: a fresh browser context).
// Only GETs of files under a few folders.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../../scripts/demo-server.mjs';

/** Starts the server on a free port; `stop()` closes it. Paths outside `allow` (folders under root) give 404. */
export async function startServer({ root, allow = ['dist/', 'bench/pages/', 'demo/', 'data/'] }) {
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    const inside = file.startsWith(root + sep) && allow.some((dir) => path.startsWith(dir));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    if (path === 'favicon.ico') return send(res, 204, 'text/plain', '');
    if (!inside || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'text/plain', 'not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers = { 'content-type': type, 'cache-control': 'public, max-age=3600' };
    if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg/.test(type)) {
      const key = `${file}:${body.length}:${statSync(file).mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

function send(res, status, type, text) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(text);
}
