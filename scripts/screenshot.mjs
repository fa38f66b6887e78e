#!/usr/bin/env node
// Makes docs/screenshot.png for the README: the three widgets side by side, rendered from dist/cdn/net-widgets.js
// in Debian's Chromium. Run after `npm run build`.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { WIDGETS } from './widgets.mjs';

const bundle = readFileSync('dist/cdn/net-widgets.js', 'utf8');
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>net-widgets</title>
<style>body{margin:0;padding:24px;font-family:Arial,sans-serif;background:#eef1f4;display:grid;grid-template-columns:repeat(3,1fr);gap:24px;align-items:start}</style>
</head><body>
<net-drug-card drug="everolimus" sections="about,how-given,side-effects"></net-drug-card>
<net-treatment-list categories="hormone-growth-medicines,radionuclide,targeted"></net-treatment-list>
<net-diet-guide query="bananas" groups="high-serotonin"></net-diet-guide>
</body></html>`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const tab = await browser.newPage({ viewport: { width: 1500, height: 1100 } });
  await tab.route('http://screenshot.local/', (route) => route.fulfill({ contentType: 'text/html', body: page }));
  await tab.route('http://screenshot.local/net-widgets.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: bundle }),
  );
  await tab.goto('http://screenshot.local/');
  await tab.addScriptTag({ url: 'http://screenshot.local/net-widgets.js', type: 'module' });
  await tab.waitForFunction((tags) => tags.every((t) => customElements.get(t)), WIDGETS.map((w) => w.tag));
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: 'docs/screenshot.png', clip: { x: 0, y: 0, width: 1500, height: 1100 } });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
}
