// Installing one of Debian's packages for the tests, the one way: with apt-get, only when running as root on a
// system that has it (CI, a fresh developer machine), never a download of a tool's own.
import { execSync } from 'node:child_process';

/**
 * Installs Debian's package `name` when running as root with apt-get; says so first (`took`: how long it takes).
 * Returns false when it cannot (not root, no apt-get) or apt-get failed (it says why on stderr).
 */
export function aptInstall(name, took) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
  } catch {
    return false;
  }
  if (!isRoot) return false;
  console.log(`net-widgets: installing Debian's "${name}" package with apt-get (${took})...`);
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${name}`, {
      stdio: ['ignore', 'ignore', 'inherit'],
      shell: '/bin/sh',
    });
    return true;
  } catch {
    return false;
  }
}
