import { html, nothing, type TemplateResult } from 'lit';

/**
 * A bold label and the words it introduces, read as "Please note: This information…". The space belongs to the words'
 * own text: a space alone between a template's parts is left out of Chromium's accessibility tree, and a screen reader
 * heard "Please note:This information".
 */
export function renderLabelled(label: string, words: string): TemplateResult {
  return html`<strong>${label}</strong>${` ${words}`}`;
}

/** One term and its value: a label that ends with its colon ("Group:"), and any template. */
export interface Fact {
  readonly term: string;
  readonly value: unknown;
}

/**
 * Terms and their values (`<dl class="facts">`), side by side on screen and read apart by assistive technology. A
 * screen reader that reads the list as one line (a live region's announcement, say) joins its text without the white
 * space between elements (which minified templates drop anyway). So each term ends with its colon and a hidden
 * no-break space, and each term after the first starts with a hidden full stop and no-break space: the reader hears
 * "Advice: Avoid. Group: …", never "AvoidGroup:". The stop opens the next term rather than closing the value, so that a
 * value made of paragraphs keeps its layout. (A no-break space, because a plain space at the end of a line is dropped
 * from the text; hidden in the line, not in a box of its own, so that innerText and browse mode do not give it a line.)
 */
export function renderFacts(facts: readonly Fact[], className: string): TemplateResult {
  return html`<dl class="facts ${className}">
    ${facts.map(
      ({ term, value }, i) =>
        html`<dt>${i > 0 ? html`<span class="hidden-in-line">.\u00a0</span>` : nothing}${term}<span class="hidden-in-line">\u00a0</span></dt>
          <dd>${value}</dd>`,
    )}
  </dl>`;
}
