#!/usr/bin/env node
// Makes sure Debian's Chromium is there before browser tests: installs it with apt-get when running as root,
// otherwise stops with one line that says how to install it.
import { aptInstall } from './apt-install.mjs';
import { findChromium } from './chromium.mjs';

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (aptInstall('chromium', 'about 30 s')) {
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'net-widgets: Chromium not found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium binary.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Chromium: ${ensureChromium()}`);
}
