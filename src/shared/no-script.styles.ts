import { css, isServer } from 'lit';

/**
 * How a server-rendered snippet (src/ssr/) reads before its element is defined: on a page that runs no JavaScript,
 * or before the script arrives. `:host(:not(:defined))` matches only then.
 *
 * Controls that need JavaScript (searches, the print and link buttons, the compact card's toggle, "Add to my
 * questions" with its question) are made
 * invisible, not removed: they keep their space, so nothing moves when the script defines the element and they
 * appear (no layout shift). A search's place says, in words, that it needs JavaScript (`.script-note`, laid over the
 * part it stands for, `.script-needed`, and out of the flow, so it takes no space of its own): the diet guide's whole
 * search, the treatment list's hint (the list shows its search form disabled). Once defined, the note is not rendered
 * at all. The treatment list's options are `<details>` in a snippet, which open without JavaScript: their chevrons stay.
 *
 * Only the server's copy of the styles holds these rules (`isServer`), which is all a snippet needs: Lit's hydration
 * adopts no styles, so a hydrated widget keeps the snippet's own `<style>` (or linked stylesheet, which the build
 * writes from the same server styles); a widget that the browser renders is never shown before it is defined.
 */
export const snippetStyles = isServer
  ? css`
      :host(:not(:defined)) .script-needed {
        position: relative;
      }
      :host(:not(:defined)) .script-needed > :not(.script-note),
      :host(:not(:defined)) .toggle,
      :host(:not(:defined)) .print-choice,
      :host(:not(:defined)) .option-link,
      :host(:not(:defined)) .option-body .hint,
      :host(:not(:defined)) .ask,
      :host(:not(:defined)) button > .chevron {
        visibility: hidden;
      }
      :host(:not(:defined)) .script-note {
        display: flex;
        align-items: center;
        position: absolute;
        inset: 0;
        margin: 0;
        padding: inherit;
        font-weight: 700;
      }
    `
  : [];

/** What every widget that renders a search's note, or the diet guide's medicines, needs in the browser too. */
export const noScriptStyles = [
  css`
    .script-note {
      display: none;
    }
    /* The diet guide hydrates with its medicines as text, then may offer them as buttons: the same height either way. */
    /* A .button's height: its line (1.5em), padding (2 × 0.3em) and border (2 × 2px). */
    .pointer .drug {
      min-block-size: calc(2.1em + 4px);
    }
    .pointer .drug > .drug-button {
      vertical-align: top;
    }
  `,
  snippetStyles,
];
