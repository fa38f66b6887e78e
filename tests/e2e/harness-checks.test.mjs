// The checks that the host-page tests rely on, shown to fail when they should: a request off the origin, storage,
// a CSP violation, an uncaught error and an axe violation are all caught; and the demo server serves nothing but
// the demo pages and the built files, to loopback clients only.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { axeViolations, useHarness, storageOf, widgetsReady, withPage } from './harness.mjs';

const h = useHarness();

describe('the page checks catch what they look for', () => {
  test('a request off the page’s origin, a cookie and storage keys', async () => {
    await withPage(h, '/demo/plain.html', {}, async (opened) => {
      await opened.page.evaluate(async () => {
        localStorage.setItem('tracked', '1');
        sessionStorage.setItem('visit', '1');
        document.cookie = 'seen=1';
        await fetch('http://127.0.0.2:9/pixel.gif').catch(() => undefined);
      });
      assert.deepEqual(opened.log.offOrigin, ['http://127.0.0.2:9/pixel.gif']);
      const storage = await storageOf(opened);
      assert.deepEqual(storage.cookies, ['seen']);
      assert.deepEqual(storage.localStorage, ['tracked']);
      assert.deepEqual(storage.sessionStorage, ['visit']);
    });
  });

  test('a CSP violation (an inline style) and an uncaught error on the strict page', async () => {
    await withPage(h, '/demo/strict.html', {}, async (opened) => {
      await widgetsReady(opened.page);
      const uncaught = opened.page.waitForEvent('pageerror');
      await opened.page.evaluate(() => {
        const p = document.createElement('p');
        p.setAttribute('style', 'color: red');
        document.body.append(p);
        setTimeout(() => {
          throw new Error('boom');
        });
      });
      await opened.page.waitForFunction(() => /** @type {any} */ (window).__netViolations.length > 0);
      await uncaught;
      const violations = await opened.violations();
      assert.match(violations.join('\n'), /style-src/);
      assert.match(opened.log.pageErrors.join('\n'), /boom/);
    });
  });

  test('axe reports an image without a text alternative', async () => {
    const violations = await axeViolations(h, '/demo/plain.html', {
      prepare: (page) =>
        page.evaluate(() => {
          const img = document.createElement('img');
          img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
          document.querySelector('main')?.append(img);
        }),
    });
    assert.match(violations.join('\n'), /^image-alt/m);
  });
});

/** A raw request to the demo server, with any Host header and method. */
function raw(path, { method = 'GET', host } = {}) {
  const url = new URL(h.baseURL);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method, headers: host ? { Host: host } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the demo server', () => {
  test('listens on loopback only', () => {
    assert.match(h.baseURL, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('serves the demo pages and the built files', async () => {
    assert.equal(await raw('/'), 200);
    assert.equal(await raw('/demo/plain.html'), 200);
    assert.equal(await raw('/dist/cdn/net-widgets.js'), 200);
    assert.equal(await raw('/dist/cdn/net-widgets.js?copy=2'), 200);
  });

  test('serves nothing else: sources, package files, other packages, escapes', async () => {
    for (const path of ['/package.json', '/src/index.ts', '/node_modules/playwright-core/package.json', '/demo/../package.json', '/demo/%2e%2e/package.json', '/dist/', '/%00']) {
      assert.equal(await raw(path), 404, path);
    }
  });

  test('refuses other methods and other host names (DNS rebinding)', async () => {
    assert.equal(await raw('/demo/plain.html', { method: 'POST' }), 405);
    assert.equal(await raw('/demo/plain.html', { host: 'evil.example:80' }), 403);
  });
});
