#!/usr/bin/env node
// net-widgets <command> [args]: the package's command line. Each command is a module in ./commands/ that exports
// `summary` (one line for this help), `usage` (its own --help) and `run(args, io)`, which returns the exit code:
// 0 done, 1 the input has problems, 2 a usage error or an input that cannot be read. Add a command (a `render` for
// server-side rendering, say) by adding its module and one line to COMMANDS.
import { readFileSync } from 'node:fs';

const COMMANDS = {
  check: () => import('./commands/check.mjs'),
  render: () => import('./commands/render.mjs'),
};

const io = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

async function help() {
  const lines = ['Usage: net-widgets <command> [args]', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${(await load()).summary}`);
  lines.push('', 'Run "net-widgets <command> --help" for a command\'s options.');
  return lines.join('\n');
}

async function main(argv) {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.err : io.out)(await help());
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.err(`net-widgets: unknown command "${command}"\n\n${await help()}`);
    return 2;
  }
  return (await load()).run(args, io);
}

process.exitCode = await main(process.argv.slice(2));
