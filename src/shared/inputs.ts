/**
 * Reading a widget's attributes and properties safely. Frameworks, CMS editors and scripts set them in any order, to
 * any value: an attribute removed (the property becomes `null`), a number where text is expected, a Symbol, an object
 * whose `toString` throws, a Proxy, a megabyte of text. Every value is read here, once per update, into the plain
 * value the widget's view works from: a wrong type or an unknown value gives the default and a warning for the site
 * owner (in English, whatever the page language: the patient never sees it), never an exception.
 */
import type { ComplexAttributeConverter } from 'lit';
import { distance } from 'fastest-levenshtein';
import type { Problem } from './problem.js';

/** The longest text a widget reads from a search or a name: a longer one is cut, so no search costs more than this. */
export const MAX_QUERY_LENGTH = 200;
/** The longest list attribute read (`sections`, `groups`, `categories`): several times the longest valid one. */
export const MAX_LIST_LENGTH = 1000;

/** A value as text, without a warning: a string cut to `max`, anything else empty (for values the widget set itself). */
export function asText(value: unknown, max = MAX_QUERY_LENGTH): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/**
 * An attribute or property and its value, for a message, without calling anything on the value (a `toString` may
 * throw, a Proxy may trap): `variant="tiny"`, `heading-level="9"`, `lang (set to a Symbol)`.
 */
export function describeSetting(name: string, value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint': {
      const text = String(value);
      return `${name}="${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
    }
    case 'symbol':
      return `${name} (set to a Symbol)`;
    case 'function':
      return `${name} (set to a function)`;
    default:
      return `${name} (set to ${value === null ? 'null' : value === undefined ? 'undefined' : 'an object'})`;
  }
}

/** What kind of value it is, for a message: "the number 42", "a Symbol", "an object". */
function kindOf(value: unknown): string {
  const type = typeof value;
  if (type === 'number' || type === 'boolean' || type === 'bigint') return `the ${type} ${String(value)}`;
  if (type === 'symbol') return 'a Symbol';
  if (type === 'function') return 'a function';
  try {
    return Array.isArray(value) ? 'an array' : 'an object';
  } catch {
    return 'an object'; // a revoked Proxy
  }
}

/**
 * A string attribute that reflects: a wrong-type value is not written back to the attribute (writing a Symbol, or an
 * object whose `toString` throws, would throw inside the update).
 */
export const textAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => value,
  toAttribute: (value) => (typeof value === 'string' ? value : null),
};

/** A number attribute that reflects (`heading-level`): numbers and text are written back, anything else is not. */
export const numberAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => (value === null ? null : Number(value)),
  toAttribute: (value) => (typeof value === 'number' || typeof value === 'string' ? String(value) : null),
};

/** A warning for the site owner about one attribute or property: shown in the console and fired as `net-error`. */
export function inputWarning(code: string, message: string, details?: readonly string[]): Problem {
  return { code, message, ...(details?.length ? { details } : {}) };
}

/** Quotes names for a site-owner message: "a", "b" and "c". */
export function quoteAll(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * Reads one update's inputs. Each method takes the attribute's name (as a site owner writes it) and the property's
 * value, and gives the value to use; what was wrong is collected in `warnings`.
 */
export class InputReader {
  readonly warnings: Problem[] = [];

  /**
   * Text: a string as it is (cut to `max` characters); `null` or `undefined` (an attribute removed, a property
   * cleared) is the default, silently; any other type is the default with a warning.
   */
  text(name: string, value: unknown, max = MAX_QUERY_LENGTH, fallback = ''): string {
    if (typeof value === 'string') return value.length > max ? value.slice(0, max) : value;
    if (value !== null && value !== undefined) this.wrongType(name, value, 'text');
    return fallback;
  }

  /** One of `choices` (any case, spaces trimmed); empty or missing is `fallback`; anything else is `fallback` with a warning. */
  choice<T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T, code = 'unknown-value'): T {
    const text = this.text(name, value, MAX_QUERY_LENGTH).trim().toLowerCase();
    if (text === '') return fallback;
    const found = choices.find((c) => c === text);
    if (found !== undefined) return found;
    const valid = choices.filter((c) => c !== '');
    this.warnings.push(
      inputWarning(code, `${describeSetting(name, text)} is not a value this widget knows, so it uses its default.`, [
        `Use ${valid.length > 1 ? 'one of ' : ''}${quoteAll(valid)}, or leave ${name} out.`,
      ]),
    );
    return fallback;
  }

  /** A heading level: a whole number 1 to 6 (or its text); missing is 2; anything else is 2 with a warning. */
  level(name: string, value: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
    if (value === null || value === undefined || value === '') return 2;
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= 6) return n as 1 | 2 | 3 | 4 | 5 | 6;
    this.warnings.push(
      inputWarning('unknown-value', `${describeSetting(name, value)} is not a heading level, so the widget uses 2.`, [
        `Use a whole number from 1 to 6, or leave ${name} out.`,
      ]),
    );
    return 2;
  }

  private wrongType(name: string, value: unknown, expected: string): void {
    this.warnings.push(
      inputWarning('wrong-type', `${name} was set to ${kindOf(value)}, not ${expected}, so the widget uses its default.`),
    );
  }
}

/**
 * The warning for values of a list attribute (`sections`, `groups`, `categories`) that the widget does not know: the
 * known ones are used (all of them when none is known), and the site owner is told which to fix. Null when all are known.
 */
export function unknownInList(
  code: string,
  name: string,
  unknown: readonly string[],
  known: readonly string[],
  usedAll: boolean,
): Problem | null {
  if (unknown.length === 0) return null;
  const shown = unknown.slice(0, 10).map((u) => (u.length > 40 ? `${u.slice(0, 40)}…` : u));
  const more = unknown.length > shown.length ? ` (and ${unknown.length - shown.length} more)` : '';
  const shows = usedAll ? 'so the widget shows all of them' : 'so the widget leaves them out';
  return inputWarning(code, `${name} names ${quoteAll(shown)}${more}, which this widget does not have, ${shows}.`, [
    `Use any of ${quoteAll(known)}, separated by commas.`,
  ]);
}

/** Global HTML attributes: never taken for a misspelt widget attribute, however close. */
const GLOBAL_ATTRIBUTES = new Set(
  (
    'accesskey anchor autocapitalize autocorrect autofocus class contenteditable dir draggable enterkeyhint exportparts ' +
    'hidden id inert inputmode is itemid itemprop itemref itemscope itemtype lang nonce part popover role slot ' +
    'spellcheck style tabindex title translate virtualkeyboardpolicy writingsuggestions ' +
    // Set by this project's own server renderer and by Lit's hydration.
    'defer-hydration rendered-on'
  ).split(' '),
);
/** Attributes that pages and frameworks add: data-*, aria-*, event handlers, Angular, Alpine, htmx, Vue, XML. */
const FOREIGN_ATTRIBUTE = /^(data-|aria-|on|_ng|ng-|x-|hx-|v-|:|@|xml)/;

/**
 * Attributes on a widget that it does not have but that are within two letters of one it has ("categoires",
 * "heading-levle"), each with the attribute meant. Global HTML attributes and what frameworks add are never reported.
 */
export function misspeltAttributes(el: Element, known: readonly string[]): { name: string; meant: string }[] {
  const found: { name: string; meant: string }[] = [];
  for (const { name } of el.attributes ?? []) {
    if (known.includes(name) || GLOBAL_ATTRIBUTES.has(name) || FOREIGN_ATTRIBUTE.test(name)) continue;
    let best: { meant: string; d: number } | null = null;
    for (const candidate of known) {
      const d = distance(name, candidate);
      if (d <= 2 && (!best || d < best.d)) best = { meant: candidate, d };
    }
    if (best) found.push({ name, meant: best.meant });
  }
  return found;
}
