import { html, literal, type StaticValue } from 'lit/static-html.js';
import { nothing, type TemplateResult } from 'lit';
import { partName } from './part.js';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * A real heading element (`h1`–`h6`) at `level`, so that screen-reader users can jump by heading. Levels past 6 stay
 * at 6, because HTML has no deeper heading.
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; part?: string; className?: string } = {},
): TemplateResult {
  const tag = TAGS[Math.min(Math.max(Math.trunc(level), 1), 6)]!;
  // A static tag from lit/static-html.js, not a binding: the lint rules cannot tell the two apart.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} id=${ifDefined(options.id)} part=${options.part ? partName(options.part) : nothing} class=${ifDefined(options.part ? `net-part-${options.part}${options.className ? ` ${options.className}` : ''}` : options.className)}>${content}</${tag}>`;
}
