/**
 * The one reader of a host's own content, for every widget: the widget's property (an object, an array, or JSON text)
 * and its child `<script type="application/json">` (text). Each entry is validated on its own, so that one bad entry
 * does not hide the good ones, and every problem is one line that starts with where it is: `entries[2].category: must
 * be one of ...`, `script: is not valid JSON (...)`.
 *
 * One rule for host content, on every widget: the property and the child script are both read, and merge. A host
 * entry whose id is a bundled entry's replaces that entry (a charity's own version of it); where the property and the
 * script hold an entry with the same id, the property's wins (a script can start a page and a script that sets the
 * property later update it); two entries with the same id in one of them are an error on the second (ids are link
 * targets and lookup keys).
 */
import type { ContentError, ContentResult } from './validate.js';
import { parseJson } from './validate.js';

/** One place a host supplied content from. */
export interface HostInput {
  /** Where it came from, as error lines start: "entries", "content", "script". */
  label: string;
  /** An object, an array of objects, or JSON text of either; null or undefined: nothing supplied. */
  input: unknown;
}

/** Words for the checks made here (the validator words its own). `{where}` is filled in. */
export interface HostContentMessages {
  /** A list where one entry was expected. */
  notAnEntry: string;
  /** An id that an earlier host entry already uses. */
  idTakenByHost: string;
}

export interface HostContentRules<T> {
  /** Validates one entry. */
  validate: (item: unknown) => ContentResult<T>;
  /** True when an input may hold a list of entries; false when it holds exactly one. */
  many: boolean;
  messages: HostContentMessages;
}

export interface HostContent<T> {
  /** The valid entries, in the order given. */
  entries: T[];
  /** One line per problem, each starting with where it is. */
  errors: string[];
  /** True when an input was JSON text that does not parse. */
  malformed: boolean;
  /** The entries still to read, one a step (see `readOn`); null once all are read. */
  rest: Iterator<unknown> | null;
}

/** One problem as a line: where it is (`entries[2]`) and the validator's path (`.about.sources[1]`), then the message. */
export function errorLine(where: string, error: ContentError): string {
  const path = error.path === '' ? '' : error.path.startsWith('[') || where === '' ? error.path : `.${error.path}`;
  return `${where}${path}: ${error.message}`;
}

/**
 * Reads every input, the first `first` entries at once and the rest as `readOn` asks (so that a list of thousands is
 * validated a part at a time, in order: what is read so far is always what reading them all gives, so far).
 */
export function readHostContent<T extends { id: string }>(inputs: readonly HostInput[], rules: HostContentRules<T>, first = Infinity): HostContent<T> {
  const read: HostContent<T> = { entries: [], errors: [], malformed: false, rest: null };
  read.rest = steps(inputs, rules, read);
  readOn(read, () => first-- >= 0);
  return read;
}

/** Reads on while `go()` allows (by default, to the end); true once every entry is read. */
export function readOn(read: HostContent<unknown>, go = () => true): boolean {
  while (read.rest && go()) if (read.rest.next().done) read.rest = null;
  return !read.rest;
}

/** Reads the inputs into `read`, one entry a step. */
function* steps<T extends { id: string }>(inputs: readonly HostInput[], rules: HostContentRules<T>, read: HostContent<T>): Generator {
  const { entries, errors } = read;
  /** Where each id was first given, and in which input (an earlier input, the property, wins over a later one). */
  const seen = new Map<string, { where: string; input: number }>();
  for (const [index, { label, input }] of inputs.entries()) {
    if (input === null || input === undefined) continue;
    const parsed = typeof input === 'string' ? parseJson(input) : { ok: true as const, value: input };
    if (!parsed.ok) {
      read.malformed = true;
      errors.push(...parsed.errors.map((e) => errorLine(label, e)));
      continue;
    }
    const list = rules.many && Array.isArray(parsed.value);
    for (const [i, item] of (list ? (parsed.value as unknown[]) : [parsed.value]).entries()) {
      yield;
      const where = list ? `${label}[${i}]` : label;
      if (Array.isArray(item)) {
        errors.push(`${where}: ${rules.messages.notAnEntry}`);
        continue;
      }
      const result = rules.validate(item);
      if (!result.ok) {
        errors.push(...result.errors.map((e) => errorLine(where, e)));
        continue;
      }
      const earlier = seen.get(result.value.id);
      if (!earlier) {
        seen.set(result.value.id, { where, input: index });
        entries.push(result.value);
      } else if (earlier.input === index) {
        errors.push(`${where}.id: ${rules.messages.idTakenByHost.replace('{where}', earlier.where).replace('{id}', result.value.id)}`);
      }
      // else: the property gave an entry with this id; it wins over the script's.
    }
  }
}
