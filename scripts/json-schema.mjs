#!/usr/bin/env node
// Run by the build (through tsx, as it reads the TypeScript source): writes dist/schema/, the JSON Schemas of the content
// a host may supply, generated from the one definition in src/content/schema.ts with @valibot/to-json-schema, so an
// editor can complete and check a charity's file as it is typed. Only what a widget accepts from a host has one: a drug
// card (<net-drug-card>'s `content` or child JSON script) and a list of treatments (<net-treatment-list>'s `entries`
// or child JSON script). The diet guide takes no host content.
//
// A JSON Schema cannot say everything the widgets check (that a cited source exists, that nextReview comes after
// reviewed, that a combination names two drugs, trimmed text): `npx net-widgets check` does, with the widgets' own
// messages. Those few valibot actions are named below; any other that cannot be converted fails the build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as content from '../src/content/schema.ts';

const OUT = 'dist/schema';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Checks that JSON Schema cannot express; the validator and the CLI make them. */
const NOT_IN_JSON_SCHEMA = ['trim', 'check', 'partial_check'];

/** Every exported schema of schema.ts, by name without "Schema": the shared parts become named $defs. */
const named = Object.fromEntries(
  Object.entries(content)
    .filter(([name, value]) => name.endsWith('Schema') && value?.kind === 'schema')
    .map(([name, value]) => [name.replace(/Schema$/, ''), value]),
);

/** Keeps only the $defs that the schema uses, directly or through other $defs. */
function usedDefs(schema) {
  const used = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const name = key === '$ref' && typeof value === 'string' ? value.match(/^#\/\$defs\/(.+)$/)?.[1] : undefined;
      if (name && !used.has(name)) {
        used.add(name);
        visit(schema.$defs[name]);
      } else if (key !== '$defs') visit(value);
    }
  };
  visit(schema);
  return Object.fromEntries(Object.entries(schema.$defs ?? {}).filter(([name]) => used.has(name)));
}

function generate(file, root, { title, description, acceptsSchemaKey }) {
  // The root itself is not a $def: in draft-07 a root "$ref" would hide the $id, title and description beside it.
  const definitions = Object.fromEntries(Object.entries(named).filter(([, schema]) => schema !== root));
  const schema = toJsonSchema(root, { errorMode: 'throw', ignoreActions: NOT_IN_JSON_SCHEMA, definitions });
  schema.$defs = usedDefs(schema);
  if (acceptsSchemaKey) {
    // A file may name its schema for editors; the widgets' validator leaves this key out (src/content/validate.ts).
    schema.properties = {
      $schema: { type: 'string', description: 'Where this JSON Schema is, for editors. The widgets ignore it.' },
      ...schema.properties,
    };
  }
  const out = {
    $schema: schema.$schema,
    $id: `urn:net-widgets:${version}:schema:${file}`,
    title,
    description,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
  writeFileSync(`${OUT}/${file}`, JSON.stringify(out, null, 2) + '\n');
  return file;
}

mkdirSync(OUT, { recursive: true });
const CHECK = 'Generated from src/content/schema.ts. `npx net-widgets check <file>` also checks what a schema cannot: that every cited source exists, that nextReview comes after reviewed, and that ids are not taken.';
const written = [
  generate('drug-card.schema.json', content.DrugSchema, {
    title: 'net-widgets drug card',
    description: `A host's own drug or combination for <net-drug-card> (its content property, or a child <script type="application/json">), in the format of net-widgets' data/en/drugs.json. ${CHECK}`,
    acceptsSchemaKey: true,
  }),
  generate('treatments.schema.json', content.TreatmentsSchema, {
    title: 'net-widgets treatments',
    description: `A host's own treatment options for <net-treatment-list> (its entries property, or a child <script type="application/json">), in the format of net-widgets' data/en/treatments.json. ${CHECK}`,
    acceptsSchemaKey: false,
  }),
];
console.log(`wrote ${written.map((f) => `${OUT}/${f}`).join(', ')}`);
