import type { Treatment } from '../content/schema.js';
import { readHostContent, type HostContent, type HostContentMessages, type HostInput } from '../content/host-content.js';
import { validateTreatments, type ValidateOptions } from '../content/validate.js';

export type { HostInput };

export type HostEntries = HostContent<Treatment>;

/**
 * A host's own treatments from the `entries` property and the child JSON script, read by the shared host-content
 * reader: each entry validated on its own, every problem a line with its path. An entry with a bundled treatment's id
 * replaces that treatment.
 */
export function readHostEntries(inputs: readonly HostInput[], messages: HostContentMessages, opts: ValidateOptions = {}): HostEntries {
  return readHostContent(inputs, {
    many: true,
    messages,
    validate: (item) => {
      const result = validateTreatments(item, opts);
      return result.ok ? { ok: true, value: result.value[0]! } : result;
    },
  });
}
