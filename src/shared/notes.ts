import { html, type TemplateResult } from 'lit';
import { renderLabelled } from './facts.js';
import type { Note, Source } from '../content/schema.js';
import { findSource } from '../content/cited.js';
import { format, type CommonLabels } from './i18n.js';

/**
 * Where the sources disagree, as every widget shows it: the topic, what each source says (by publisher), and which
 * one the entry follows and why.
 */
export function renderNotes(
  notes: readonly Note[],
  entry: { sourceDetails?: readonly Source[] },
  labels: CommonLabels,
): TemplateResult {
  const sourceName = (id: string) => findSource(id, entry)?.publisher ?? id;
  return html`<ul class="notes">
    ${notes.map(
      (note) => html`<li class="note">
        <p>${renderLabelled(labels.sourcesDifferOn, note.topic)}</p>
        <ul>
          ${note.positions.map(
            (p) => html`<li>${renderLabelled(format(labels.sourceSays, { source: sourceName(p.source) }), p.says)}</li>`,
          )}
        </ul>
        <p>${format(labels.follows, { source: sourceName(note.follows) })} ${note.why}</p>
      </li>`,
    )}
  </ul>`;
}
