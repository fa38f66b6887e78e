import { css } from 'lit';

/**
 * How a widget reads before it is defined: a server-rendered snippet (src/ssr/) on a page that runs no JavaScript,
 * or before the script arrives. `:host(:not(:defined))` matches only then.
 *
 * Controls that need JavaScript (searches, the print and link buttons, the compact card's toggle) are made
 * invisible, not removed: they keep their space, so nothing moves when the script defines the element and they
 * appear (no layout shift). A search's place says, in words, that it needs JavaScript (`.script-note`, laid over it
 * and out of the flow, so it takes no space of its own). Once defined, the note is not rendered at all.
 */
export const noScriptStyles = css`
  .script-note {
    display: none;
  }
  :host(:not(:defined)) .search {
    position: relative;
  }
  :host(:not(:defined)) .search > :not(.script-note),
  :host(:not(:defined)) .toggle,
  :host(:not(:defined)) .print-choice,
  :host(:not(:defined)) .option-link,
  :host(:not(:defined)) .option-body .hint,
  :host(:not(:defined)) .chevron {
    visibility: hidden;
  }
  :host(:not(:defined)) .script-note {
    display: flex;
    align-items: center;
    position: absolute;
    inset: 0;
    margin: 0;
    padding: 0.5em 1em;
    font-weight: 700;
  }
  /* The diet guide hydrates with its medicines as text, then may offer them as buttons: the same height either way. */
  /* A .button's height: its line (1.5em), padding (2 × 0.3em) and border (2 × 2px). */
  .pointer .drug {
    min-block-size: calc(2.1em + 4px);
  }
  .pointer .drug > .drug-button {
    vertical-align: top;
  }
`;
