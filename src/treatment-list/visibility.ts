import type { FilterResult } from './filter.js';
import { optionDomId, type ListModel } from './model.js';

interface Run {
  /** The list element of one chunk of rows. */
  el: HTMLElement | null;
  /** Its rows' positions in the model: [from, to). */
  from: number;
  to: number;
}

/**
 * Shows and hides the rendered rows after a search or a filter change, by setting `hidden` on the rows whose state
 * changed, instead of re-rendering them: rows are rendered once per model (and again only when one opens or closes),
 * and a keystroke costs one comparison per row plus one attribute change per row that appears or disappears.
 *
 * Containers are never hidden with `display: none`: with thousands of options, changing a container's display makes
 * the browser catch up on all the style work it had skipped for rows far off screen (measured: 40–150 ms a keystroke,
 * against a few ms). So a category with no match only loses its heading and description (the `no-match` class; its rows
 * are hidden already), and a run of rows (`ListGroup.chunks`) with no match gets `aria-hidden`, so that screen readers
 * meet no empty list.
 */
export class RowVisibility {
  private model: ListModel | undefined;
  private rows: (HTMLElement | null)[] = [];
  private groups: { el: HTMLElement | null; runs: Run[] }[] = [];
  private applied: Uint8Array | undefined;

  /** Call after every render that showed `model`, with the current filter result. */
  sync(root: ShadowRoot, model: ListModel, result: FilterResult): void {
    if (model !== this.model) this.collect(root, model);
    if (result.shown === this.applied) return;
    const { shown } = result;
    const before = this.applied;
    for (const group of this.groups) {
      let groupShown = 0;
      for (const run of group.runs) {
        let runShown = 0;
        for (let i = run.from; i < run.to; i++) {
          runShown += shown[i]!;
          if (before && before[i] === shown[i]) continue;
          const row = this.rows[i];
          if (row) row.hidden = shown[i] !== 1;
        }
        const empty = runShown === 0;
        if (run.el && run.el.hasAttribute('aria-hidden') !== empty) {
          if (empty) run.el.setAttribute('aria-hidden', 'true');
          else run.el.removeAttribute('aria-hidden');
        }
        groupShown += runShown;
      }
      group.el?.classList.toggle('no-match', groupShown === 0);
    }
    this.applied = shown;
  }

  private collect(root: ShadowRoot, model: ListModel): void {
    this.model = model;
    this.applied = undefined;
    this.rows = model.entries.map((e) => root.getElementById(optionDomId(e.treatment.id)));
    this.groups = model.groups.map((g) => ({
      el: root.querySelector<HTMLElement>(`.group[data-category="${g.category}"]`),
      runs: g.chunks.map((entries) => {
        const from = entries[0]!.index;
        return { el: this.rows[from]?.parentElement ?? null, from, to: from + entries.length };
      }),
    }));
  }
}
