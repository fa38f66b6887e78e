// Where and on what the benchmark ran: results from different machines are not comparable, so every result says.
import { execSync } from 'node:child_process';
import os from 'node:os';

function git(args) {
  try {
    return execSync(`git ${args}`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

/** OS, CPU, cores, memory, Node and Chromium versions, and the commit measured (with a flag for local changes). */
export function describeMachine(chromiumVersion) {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    chromium: chromiumVersion,
    commit: git('rev-parse --short HEAD'),
    uncommittedChanges: (git('status --porcelain') ?? '') !== '',
    // Which files differ from the commit (the build itself writes the CDN hashes into README.md, say).
    changedFiles: (git('status --porcelain') ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^.{1,2}\s+/, ''))
      .slice(0, 10),
  };
}
