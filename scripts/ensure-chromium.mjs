#!/usr/bin/env node
// Makes sure Debian's Chromium is there before browser tests: installs it with apt-get when running as root,
// otherwise stops with one line that says how to install it.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (isRoot && hasApt) {
    console.log('net-widgets: no Chromium found; installing Debian\'s "chromium" package with apt-get (about 30 s)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: ['ignore', 'ignore', 'inherit'],
      shell: '/bin/sh',
    });
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
