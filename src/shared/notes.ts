import { html, type TemplateResult } from 'lit';
import { renderLabelled } from './facts.js';
import type { NamedNote } from '../content/cited.js';
import { format, type CommonLabels } from './i18n.js';

/**
 * Where the sources disagree, as every widget shows it: the topic, what each source says (by publisher), and which
 * one the entry follows and why. The view names the sources (`namedNotes`); this only renders.
 */
export function renderNotes(notes: readonly NamedNote[], labels: CommonLabels): TemplateResult {
  return html`<ul class="notes">
    ${notes.map(
      (note) => html`<li class="note">
        <p>${renderLabelled(labels.sourcesDifferOn, note.topic)}</p>
        <ul>
          ${note.positions.map((p) => html`<li>${renderLabelled(format(labels.sourceSays, { source: p.publisher }), p.says)}</li>`)}
        </ul>
        <p>${format(labels.follows, { source: note.follows })} ${note.why}</p>
      </li>`,
    )}
  </ul>`;
}
