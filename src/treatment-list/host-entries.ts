import type { Treatment } from '../content/schema.js';
import { format } from '../shared/i18n.js';
import { parseJson, validateTreatments, type ContentError, type ValidateOptions } from '../content/validate.js';

/** One place a host supplied treatments from: the `entries` property or a child JSON script. */
export interface HostInput {
  /** How error paths start, e.g. "entries" gives "entries[2].category". */
  label: string;
  /** An array of treatments (or one treatment), or JSON text of one. null or undefined: nothing supplied. */
  input: unknown;
}

/** Messages for the checks made here (the content module words its own). `{id}` and `{where}` are filled in. */
export interface HostEntryMessages {
  notAnEntry: string;
  idTakenByBundled: string;
  idTakenByHost: string;
}

export interface HostEntries {
  /** The valid entries, in the order given. */
  entries: Treatment[];
  /** One line per problem, each starting with its path ("entries[2].category: must be one of ..."). */
  errors: string[];
}

function line(label: string, at: string, error: ContentError): string {
  const rest = error.path === '' ? '' : error.path.startsWith('[') ? error.path : `.${error.path}`;
  return `${label}${at}${rest}: ${error.message}`;
}

/**
 * Validates a host's own treatments, one entry at a time, so that one bad entry does not hide the good ones. An id
 * that a bundled treatment or an earlier host entry already uses is an error too (ids are the options' link targets).
 */
export function readHostEntries(
  inputs: readonly HostInput[],
  takenIds: ReadonlySet<string>,
  messages: HostEntryMessages,
  opts: ValidateOptions = {},
): HostEntries {
  const entries: Treatment[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const { label, input } of inputs) {
    if (input === null || input === undefined) continue;
    const parsed = typeof input === 'string' ? parseJson(input) : { ok: true as const, value: input };
    if (!parsed.ok) {
      errors.push(...parsed.errors.map((e) => line(label, '', e)));
      continue;
    }
    const items = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    const at = (i: number) => (Array.isArray(parsed.value) ? `[${i}]` : '');
    items.forEach((item, i) => {
      const where = `${label}${at(i)}`;
      if (Array.isArray(item)) {
        errors.push(`${where}: ${messages.notAnEntry}`);
        return;
      }
      const result = validateTreatments(item, opts);
      if (!result.ok) {
        errors.push(...result.errors.map((e) => line(label, at(i), e)));
        return;
      }
      for (const entry of result.value) {
        if (takenIds.has(entry.id)) {
          errors.push(`${where}.id: ${format(messages.idTakenByBundled, { id: entry.id })}`);
        } else if (seen.has(entry.id)) {
          errors.push(`${where}.id: ${format(messages.idTakenByHost, { id: entry.id, where: seen.get(entry.id)! })}`);
        } else {
          seen.set(entry.id, where);
          entries.push(entry);
        }
      }
    });
  }
  return { entries, errors };
}
