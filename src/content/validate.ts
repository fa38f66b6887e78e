/**
 * Checks content against the format in schema.ts, for authors (tests over data/) and for hosts (a charity's own
 * card). Every function here returns a result and never throws: `{ ok: true, value }` or `{ ok: false, errors }`,
 * each error with the path of the field (`sideEffects.common.items[2]`, `[1].category`) and a readable message.
 *
 * Besides the shape, it checks references: every cited source id is one of the bundled sources, one passed in
 * `knownSourceIds`, or one the entry describes in its own `sourceDetails`; every drug id named in `components`,
 * `relatedDrugs` or `drugIds` is among `knownDrugIds` (when given); ids in a list are unique; `nextReview` comes
 * after `reviewed`. Known drug ids are an argument, so a diet-only page never has to load the drug list.
 */
import * as v from 'valibot';
import {
  AddedNamesSchema,
  DietSchema,
  DrugSchema,
  SOURCE_IDS,
  SourceSchema,
  TreatmentSchema,
  type AddedNames,
  type Diet,
  type Drug,
  type Source,
  type Treatment,
} from './schema.js';

/** One problem in a piece of content. `path` is empty when the problem is with the whole input. */
export interface ContentError {
  path: string;
  message: string;
}

export type ContentResult<T> = { ok: true; value: T } | { ok: false; errors: ContentError[] };

export interface ValidateOptions {
  /** Source ids that citations may name besides the five bundled ones. */
  knownSourceIds?: Iterable<string>;
  /**
   * Drug ids that `components`, `relatedDrugs` and `drugIds` may name (for a list of drugs, the list's own ids count
   * too). When left out, those references are not checked.
   */
  knownDrugIds?: Iterable<string>;
}

type AnySchema = v.GenericSchema<unknown, unknown>;

/** Parses JSON text; a syntax error comes back as a readable error instead of an exception. */
export function parseJson(text: unknown): ContentResult<unknown> {
  if (typeof text !== 'string') return fail('', 'must be JSON text');
  if (text.trim() === '') return fail('', 'is empty: expected JSON text');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('', `is not valid JSON (${detail})`);
  }
}

/** Validates one drug or combination (a host's own card, say). A string is read as JSON text first. */
export function validateDrug(input: unknown, opts: ValidateOptions = {}): ContentResult<Drug> {
  return validateWith(DrugSchema, input, opts);
}

/** True when a host's drug content is added names for a bundled drug (`{ "id": ..., "addNames": [...] }`), not a card. */
export function isAddedNames(input: unknown): boolean {
  return isRecord(input) && 'addNames' in input;
}

/** What added names are checked against: the bundled drugs' ids, and which drug already has a name. */
export interface AddedNamesOptions {
  /** Ids of the drugs that names may be added to. */
  knownDrugIds: Iterable<string>;
  /** The id of the drug that already has this name, if any (so that a name cannot lead to two drugs). */
  nameOwner?: (name: string) => string | undefined;
}

/**
 * Validates a host's added names for a bundled drug (`{ "id": "capecitabine", "addNames": ["Xeloda"] }`): the shape
 * (names are text, at most `MAX_ADDED_NAMES`, each at most `MAX_ADDED_NAME_LENGTH` characters), that `id` is a known
 * drug, and that no name is already another drug's. A string is read as JSON text first.
 */
export function validateAddedNames(input: unknown, opts: AddedNamesOptions): ContentResult<AddedNames> {
  const parsed = readInput(input);
  if (!parsed.ok) return parsed;
  const value = withoutSchemaKey(parsed.value);
  if (!isRecord(value)) return validateWith(AddedNamesSchema, value);
  const errors: ContentError[] = [];
  for (const key of Object.keys(value).filter((k) => k !== 'id' && k !== 'addNames')) {
    errors.push({
      path: key,
      message: 'is not a field of added names, which hold only "id" and "addNames" (to add a drug of your own, write a whole card without "addNames")',
    });
  }
  const shape = validateWith(AddedNamesSchema, Object.fromEntries(Object.entries(value).filter(([k]) => k === 'id' || k === 'addNames')));
  if (!shape.ok) errors.push(...shape.errors);
  const { id, addNames } = value;
  const known = new Set(opts.knownDrugIds);
  const badId = !shape.ok && shape.errors.some((e) => e.path === 'id');
  if (typeof id === 'string' && !badId && !known.has(id)) {
    errors.push({
      path: 'id',
      message: `"${id}" is not a drug in net-widgets: "addNames" adds names to a bundled drug, named by its id (like "capecitabine"); for a medicine of your own, write a whole card`,
    });
  }
  if (typeof id === 'string' && known.has(id) && Array.isArray(addNames)) {
    addNames.forEach((name, i) => {
      const owner = typeof name === 'string' && name.trim() !== '' ? opts.nameOwner?.(name) : undefined;
      if (owner !== undefined && owner !== id) {
        errors.push({ path: formatPath(['addNames', i]), message: `"${name}" is already a name of "${owner}", so it cannot also name "${id}"` });
      }
    });
  }
  if (errors.length > 0 || !shape.ok) return { ok: false, errors: dedupe(errors) };
  return shape;
}

/** Validates a list of drugs; their own ids count as known for `components`. A string is read as JSON text first. */
export function validateDrugs(input: unknown, opts: ValidateOptions = {}): ContentResult<Drug[]> {
  const parsed = readInput(input);
  if (!parsed.ok) return parsed;
  const ownIds = Array.isArray(parsed.value) ? parsed.value.map((d: unknown) => (isRecord(d) ? d.id : undefined)) : [];
  const knownDrugIds = opts.knownDrugIds
    ? [...opts.knownDrugIds, ...ownIds.filter((id): id is string => typeof id === 'string')]
    : undefined;
  return validateWith(v.array(DrugSchema, 'must be a list of drugs'), parsed.value, { ...opts, knownDrugIds });
}

/**
 * Validates treatment options: a list, or a single option (which comes back as a list of one, with error paths
 * relative to that option). A string is read as JSON text first.
 */
export function validateTreatments(input: unknown, opts: ValidateOptions = {}): ContentResult<Treatment[]> {
  const parsed = readInput(input);
  if (!parsed.ok) return parsed;
  if (Array.isArray(parsed.value)) {
    return validateWith(v.array(TreatmentSchema, 'must be a list of treatments'), parsed.value, opts);
  }
  const one = validateWith(TreatmentSchema, parsed.value, opts);
  return one.ok ? { ok: true, value: [one.value] } : one;
}

/** Validates a diet guide. A string is read as JSON text first. */
export function validateDiet(input: unknown, opts: ValidateOptions = {}): ContentResult<Diet> {
  return validateWith(DietSchema, input, opts);
}

/** Validates a list of sources. A string is read as JSON text first. */
export function validateSources(input: unknown): ContentResult<Source[]> {
  return validateWith(v.array(SourceSchema, 'must be a list of sources'), input, {});
}

/**
 * The generic helper: checks `input` against any schema from schema.ts, then checks its references. A string is read
 * as JSON text first.
 */
export function validateWith<TSchema extends AnySchema>(
  schema: TSchema,
  input: unknown,
  opts: ValidateOptions = {},
): ContentResult<v.InferOutput<TSchema>> {
  try {
    const parsed = readInput(input);
    if (!parsed.ok) return parsed;
    const value = withoutSchemaKey(parsed.value);
    const result = v.safeParse(schema, value);
    const errors = result.success ? [] : result.issues.map(toContentError);
    errors.push(...checkReferences(value, opts));
    if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
    return { ok: true, value: result.output as v.InferOutput<TSchema> };
  } catch (error) {
    // Not expected; a validator must still never throw at a host page.
    return fail('', `could not be checked (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Turns a list of errors into short lines, e.g. for a console warning: "sideEffects.common: must not be empty". */
export function formatErrors(errors: readonly ContentError[]): string[] {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
}

// ---------------------------------------------------------------------------------------------------------------

function readInput(input: unknown): ContentResult<unknown> {
  return typeof input === 'string' ? parseJson(input) : { ok: true, value: input };
}

/**
 * A JSON file may name its JSON Schema for editors (`"$schema": "./node_modules/net-widgets/dist/schema/..."`): that
 * key, at the top of an entry, is not content and is left out before the checks.
 */
function withoutSchemaKey(value: unknown): unknown {
  if (!isRecord(value) || !('$schema' in value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '$schema'));
}

function fail(path: string, message: string): { ok: false; errors: ContentError[] } {
  return { ok: false, errors: [{ path, message }] };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `['sideEffects', 'common', 'items', 2]` -> `sideEffects.common.items[2]`; `[1, 'category']` -> `[1].category`. */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const EXPECTED_WORDS: Record<string, string> = {
  Object: 'an object ({ ... })',
  Array: 'a list ([ ... ])',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  true: 'true',
};

function toContentError(issue: v.BaseIssue<unknown>): ContentError {
  const path = formatPath((issue.path ?? []).map((item) => item.key));
  const generic = issue.message.startsWith('Invalid ');
  let message = issue.message;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    message = 'is not a field of this format (check the spelling, or remove it)';
  } else if (generic && issue.received === 'undefined') {
    message = 'is required';
  } else if (generic && issue.expected) {
    const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
    message = `must be ${expected}, not ${issue.received}`;
  }
  return { path, message };
}

function dedupe(errors: ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const DRUG_REF_KEYS = new Set(['components', 'relatedDrugs', 'drugIds']);

/**
 * Reference checks over the raw input, so they run (and report) even when the shape has other errors. An entry is any
 * object with `sources` somewhere inside; its own `sourceDetails` add to the known source ids for everything in it.
 */
function checkReferences(input: unknown, opts: ValidateOptions): ContentError[] {
  const errors: ContentError[] = [];
  const baseSources = new Set<string>([...SOURCE_IDS, ...(opts.knownSourceIds ?? [])]);
  const drugIds = opts.knownDrugIds ? new Set(opts.knownDrugIds) : undefined;

  const checkSource = (id: unknown, keys: unknown[], known: ReadonlySet<string>) => {
    if (typeof id === 'string' && id.trim() !== '' && !known.has(id)) {
      errors.push({
        path: formatPath(keys),
        message: `names an unknown source "${id}": use one of ${[...known].join(', ')}, or describe it in "sourceDetails"`,
      });
    }
  };

  const seen = new WeakSet<object>();
  const walk = (node: unknown, keys: unknown[], known: ReadonlySet<string>): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...keys, i], known));
      return;
    }
    if (!isRecord(node)) return;
    let here = known;
    if (Array.isArray(node.sourceDetails)) {
      const own = node.sourceDetails.map((s) => (isRecord(s) ? s.id : undefined)).filter((id) => typeof id === 'string');
      if (own.length > 0) here = new Set([...known, ...(own as string[])]);
    }
    checkDates(node, keys, errors);
    for (const [key, value] of Object.entries(node)) {
      const at = [...keys, key];
      if (key === 'sourceDetails') continue;
      if (key === 'sources' && Array.isArray(value)) value.forEach((id, i) => checkSource(id, [...at, i], here));
      else if ((key === 'source' || key === 'follows') && typeof value === 'string') checkSource(value, at, here);
      else if (DRUG_REF_KEYS.has(key) && Array.isArray(value) && drugIds) {
        value.forEach((id, i) => {
          if (typeof id === 'string' && !drugIds.has(id)) {
            errors.push({ path: formatPath([...at, i]), message: `names an unknown drug id "${id}"` });
          }
        });
      } else walk(value, at, here);
    }
  };

  walk(input, [], baseSources);
  if (Array.isArray(input)) checkUniqueIds(input, errors);
  return errors;
}

function checkDates(node: Record<string, unknown>, keys: unknown[], errors: ContentError[]): void {
  const { reviewed, nextReview } = node;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (typeof reviewed === 'string' && typeof nextReview === 'string' && iso.test(reviewed) && iso.test(nextReview)) {
    if (nextReview <= reviewed) {
      errors.push({ path: formatPath([...keys, 'nextReview']), message: `must come after "reviewed" (${reviewed})` });
    }
  }
}

function checkUniqueIds(list: unknown[], errors: ContentError[]): void {
  const firstAt = new Map<string, number>();
  list.forEach((item, i) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, i);
    else errors.push({ path: formatPath([i, 'id']), message: `"${item.id}" is already used by [${first}]` });
  });
}
