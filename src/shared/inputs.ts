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

/** `name="value"` for a message, or `name (the number 42)`, `name (a symbol)`, without calling anything on the value (it may throw or trap). */
export function describeSetting(name: string, value: unknown): string {
  const type = typeof value;
  if (type === 'string') return `${name}="${(value as string).slice(0, 40)}"`;
  const what = type === 'symbol' || type === 'function' || type === 'object' ? `a ${type}` : `the ${type} ${String(value)}`;
  return `${name} (${what})`;
}

/** A string attribute that reflects: a wrong-type value is not written back (a Symbol would throw in the update). */
export const textAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => value,
  toAttribute: (value) => (typeof value === 'string' ? value : null),
};

/** A number attribute that reflects (`heading-level`): numbers and text are written back, anything else is not. */
export const numberAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => (value === null ? null : Number(value)),
  toAttribute: (value) => (typeof value === 'number' || typeof value === 'string' ? String(value) : null),
};

/** "a", "b" and "c", for a site-owner message. */
const quoteAll = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

/**
 * A warning for the site owner (console and `net-error`, never shown): `what` is not known, so the widget does `does`;
 * `use` lists what it takes.
 */
const warning = (code: string, what: string, does: string, use: string): Problem => ({
  code,
  message: `${what} is not known here, so the widget ${does}.`,
  details: [`Use ${use}.`],
});

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
  text(name: string, value: unknown, max = MAX_QUERY_LENGTH): string {
    if (typeof value === 'string') return value.slice(0, max);
    if (value !== null && value !== undefined) {
      this.warnings.push({ code: 'wrong-type', message: `${describeSetting(name, value)} is not text, so the widget uses its default.` });
    }
    return '';
  }

  /** One of `choices` (any case, spaces trimmed); empty or missing is `fallback`; anything else is `fallback` with a warning. */
  choice<T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T, code = 'unknown-value'): T {
    const text = this.text(name, value).trim().toLowerCase();
    const found = choices.find((c) => c === text);
    if (found !== undefined || text === '') return found ?? fallback;
    this.warnings.push(warning(code, describeSetting(name, text), 'uses its default', `${quoteAll(choices.filter((c) => c))} or no ${name}`));
    return fallback;
  }

  /** A heading level: a whole number 1 to 6 (or its text); missing is 2; anything else is 2 with a warning. */
  level(name: string, value: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
    if (value === null || value === undefined || value === '') return 2;
    const n = typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) ? Number(value) : 0;
    if (Number.isInteger(n) && n >= 1 && n <= 6) return n as 1 | 2 | 3 | 4 | 5 | 6;
    const shown = describeSetting(name, typeof value === 'number' ? String(value) : value);
    this.warnings.push(warning('unknown-value', shown, 'uses 2', `a whole number from 1 to 6 or no ${name}`));
    return 2;
  }
}

/**
 * The warning for ids in a list attribute (`sections`, `groups`, `categories`) that the widget does not know, or null
 * when all are known. The widget leaves them out, and shows every value when none is known.
 */
export function unknownInList(code: string, name: string, unknown: readonly string[], known: readonly string[]): Problem | null {
  if (unknown.length === 0) return null;
  const shown = unknown.slice(0, 10).map((u) => u.slice(0, 40));
  return warning(code, `${name}: ${quoteAll(shown)}${unknown.length > 10 ? ', …' : ''}`, 'leaves them out', `any of ${quoteAll(known)}`);
}

/** Attributes that pages and frameworks add: data-*, aria-*, event handlers, Angular, Alpine, htmx, Vue, XML. */
const FOREIGN_ATTRIBUTE = /^(data-|aria-|on|_ng|ng-|x-|hx-|v-|:|@|xml)/;

/**
 * Attributes on a widget that it does not have but that are within two letters of one it has ("categoires",
 * "heading-levle"), each with the attribute meant; never data-*, aria-* or what frameworks add. No global HTML
 * attribute is within two letters of a widget's (tests/browser/robustness.test.ts checks each of them).
 */
export function misspeltAttributes(el: Element, known: readonly string[]): { name: string; meant: string }[] {
  const found: { name: string; meant: string }[] = [];
  for (const { name } of el.attributes ?? []) {
    if (known.includes(name) || FOREIGN_ATTRIBUTE.test(name)) continue;
    const meant = known.find((k) => distance(name, k) === 1) ?? known.find((k) => distance(name, k) === 2);
    if (meant) found.push({ name, meant });
  }
  return found;
}
