#!/usr/bin/env node
// Makes sure there is a Java for the W3C Nu HTML Checker (npm vnu-jar, run as `java -jar`) before the build-output
// tests: installs Debian's default-jre-headless with apt-get when running as root, otherwise returns null, so that
// the check is skipped with one line (JAVA_MISSING) that says how to install it. Never downloads a Java of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall } from './apt-install.mjs';
import { join } from 'node:path';

/** The one line a skipped check prints. */
export const JAVA_MISSING =
  'Java not found, so the W3C Nu HTML Checker is skipped. Install it (Debian/Ubuntu: sudo apt-get install default-jre-headless) or set JAVA_HOME.';

/** Path of the `java` to use: $JAVA_HOME/bin/java, else the first `java` on PATH, else undefined. */
export function findJava() {
  const home = process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java');
  if (home && existsSync(home)) return home;
  try {
    return execSync('command -v java', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], shell: '/bin/sh' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Path of a `java`, installed with apt-get if need be (root on Debian/Ubuntu), or null when there is none. */
export function ensureJava() {
  const found = findJava();
  if (found) return found;
  // apt-get says why on stderr when it fails; the check is skipped then.
  if (aptInstall('default-jre-headless', 'about a minute')) {
    const installed = findJava();
    if (installed) return installed;
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const java = ensureJava();
  console.log(java ? `Java: ${java}` : `net-widgets: ${JAVA_MISSING}`);
}
