#!/usr/bin/env node
// Run by the build after `tsc -p tsconfig.build.json`. The label types are `typeof` a JSON file (data/en/ui-*.json),
// so tsc's declarations keep `import labels from '../../data/en/ui-common.json'`: in an installed package that path
// does not exist, and an app's `tsc` (without skipLibCheck, or with module NodeNext, or without resolveJsonModule)
// fails on it. This replaces each such import with `declare const labels: <the type TypeScript infers for the file>`,
// written by TypeScript's own checker, so the shipped .d.ts files need no JSON and no compiler option.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const TYPES_DIR = 'dist/types';
const JSON_IMPORT = /^import (\w+) from '(\.{1,2}\/[^']+\.json)';$/gm;

/** The type TypeScript gives `import x from 'file.json'` (widened: strings are `string`), as one line of text. */
function jsonType(file) {
  const program = ts.createProgram([file], { resolveJsonModule: true, allowJs: true, noEmit: true, strict: true });
  const checker = program.getTypeChecker();
  const statement = program.getSourceFile(file)?.statements[0];
  if (!statement || !ts.isExpressionStatement(statement)) throw new Error(`${file}: not a JSON document`);
  const type = checker.getWidenedType(checker.getTypeAtLocation(statement.expression));
  return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
}

const declarations = readdirSync(TYPES_DIR, { recursive: true })
  .map((f) => join(TYPES_DIR, String(f)))
  .filter((f) => f.endsWith('.d.ts'));

const types = new Map();
let replaced = 0;
for (const file of declarations) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(JSON_IMPORT, (_line, name, specifier) => {
    // dist/types/src/... mirrors src/..., so the JSON file sits at the same relative path from the repository root.
    const source = relative(resolve(TYPES_DIR), resolve(dirname(file), specifier));
    if (!types.has(source)) types.set(source, jsonType(source));
    replaced++;
    return `declare const ${name}: ${types.get(source)};`;
  });
  if (next !== text) writeFileSync(file, next);
}
const left = declarations.filter((f) => /from '[^']+\.json'/.test(readFileSync(f, 'utf8')));
if (left.length) throw new Error(`JSON imports left in ${left.join(', ')}: write them as "import x from './file.json';"`);
console.log(`inlined ${replaced} JSON type import(s) in ${TYPES_DIR} (${[...types.keys()].join(', ')})`);
