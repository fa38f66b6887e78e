// net-widgets check: validates a host's content files with the widgets' own checks and messages (dist/node/check.js,
// built from src/cli/check.ts).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

export const summary = 'check drug cards and treatment entries written for the widgets';

export const usage = `Usage: net-widgets check [--kind drug|treatments] <file.json>...

Checks each file as the widget that would show it: a drug card (one object, for <net-drug-card>'s content or its
child JSON script) or treatments (a list, or one object with "category", for <net-treatment-list>'s entries or its
child JSON script). Prints each problem with its path, in the words the widget shows.

Options:
  --kind drug|treatments   read every file as this kind instead of telling it from the content
  -h, --help               show this help

Exit codes: 0 every file is valid, 1 a file has problems, 2 a usage error, or a file that cannot be read or is not JSON.`;

export async function run(args, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { kind: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`net-widgets check: ${error.message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const { KINDS, checkContent } = await import('../../dist/node/check.js');
  if (values.kind !== undefined && !(values.kind in KINDS)) {
    io.err(`net-widgets check: --kind must be ${Object.keys(KINDS).join(' or ')}, not "${values.kind}"`);
    return 2;
  }
  if (files.length === 0) {
    io.err(`net-widgets check: name at least one file\n\n${usage}`);
    return 2;
  }
  let code = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      io.err(`${file}: cannot be read (${error.code ?? error.message})`);
      code = 2;
      continue;
    }
    const report = checkContent(text, basename(file), values.kind);
    if (report.status === 'bad-json' || report.status === 'unknown-kind') {
      io.err(report.message);
      code = 2;
    } else if (report.status === 'valid') {
      io.out(`${file}: valid, ${KINDS[report.kind]}: ${report.summary}`);
    } else {
      const count = report.problems.length;
      io.out(`${file}: ${count} problem${count === 1 ? '' : 's'}, ${KINDS[report.kind]}`);
      io.out(`  <${report.kind === 'drug' ? 'net-drug-card' : 'net-treatment-list'}> shows: ${report.message}`);
      for (const problem of report.problems) io.out(`  - ${problem}`);
      code = Math.max(code, 1);
    }
  }
  return code;
}
