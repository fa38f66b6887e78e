import { css, unsafeCSS } from 'lit';
import { tokenDeclarations } from './tokens.js';

export { TOKENS, type TokenName } from './tokens.js';

/**
 * Styles every widget starts from: private tokens, a reset of everything a hostile host page could make us inherit,
 * sizes in `em` from our own base (so `html { font-size: 62.5% }` changes nothing), focus, print, forced colours and
 * reduced motion.
 */
export const baseStyles = css`
  :host {
    ${unsafeCSS(tokenDeclarations())}
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-inline-size: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: inherit;
    font-weight: 700;
    line-height: 1.25;
    margin: 1.25em 0 0.5em;
    color: inherit;
  }
  .title {
    font-size: 1.5em;
    margin-block-start: 0;
  }
  .subheading {
    font-size: 1.15em;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    color: inherit;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  /*
   * Words for assistive technology only, inside a line of text: they take no room, and, unlike .visually-hidden (an
   * absolutely positioned box, so a block), they do not break the line for tools that read innerText or that show each
   * block on a line of its own (a screen reader's browse mode).
   */
  .hidden-in-line {
    display: inline-block;
    inline-size: 1px;
    block-size: 1px;
    margin-inline-end: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Shared components, so that the three widgets look the same. */
  /* A button: outlined in the accent colour, or filled (.button-primary). */
  .button {
    min-block-size: 2.25em;
    padding: 0.3em 0.85em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
  }
  .button-primary {
    background: var(--_accent);
    color: var(--_bg);
  }
  /* A text field. */
  .field {
    min-inline-size: 0;
    min-block-size: 2.5em;
    padding: 0.4em 0.5em;
    border: 2px solid var(--_text);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  /* A callout: urgent (serious side effects, problems) or a notice; what it is is always said in words too. */
  .callout,
  .problem {
    margin-block: 1em;
    padding: 0.75em 1em;
    border: 2px solid var(--_urgent);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_urgent-bg);
    color: var(--_text);
  }
  .callout > :last-child {
    margin-block-end: 0;
  }
  /* Facts: label and value pairs, side by side. */
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 0.75em;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  .problem-title {
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .problem-fix {
    font-size: 0.9em;
    margin-block-end: 0;
  }
  .notice {
    border-inline-start: 0.5em solid var(--_notice);
    background: var(--_notice-bg);
    padding: 0.5em 0.75em;
    margin: 0 0 1em;
  }
  .footer {
    margin-block-start: 1.5em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* "Sources": a real heading that looks like the bold line it replaced. */
  .footer-heading {
    font-size: 1em;
    line-height: inherit;
    margin: 0 0 0.75em;
  }
  .disclaimer {
    color: var(--_text);
    margin-block-end: 0;
  }
  .silent {
    font-style: italic;
  }
  .notes {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .note {
    margin-block-end: 1em;
  }
  /*
   * The one disclosure marker, in every widget: a chevron (a <span class="chevron" aria-hidden="true"> in the button)
   * that points along the line while closed and turns down once its button is open (aria-expanded). The treatment
   * list's accordion turns it the other way (down, then up). Not printed: on paper nothing opens.
   */
  .chevron {
    display: inline-block;
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(45deg);
  }
  @media print {
    .chevron {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .base,
    .problem,
    .callout,
    .notice,
    .field {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
    .button {
      border-color: ButtonText;
      color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible,
    input:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .base {
      color: #000;
      background: #fff;
      border-color: #000;
    }
    .no-print {
      display: none !important;
    }
    a {
      color: #000;
    }
  }
`;

/** A widget's header (its title over an accent rule) and accent sub-headings: the diet guide's and the questions'. */
export const headerStyles = css`
  .header {
    border-block-end: 0.2em solid var(--_accent);
    margin-block-end: 1em;
  }
  .header .title {
    margin-block-end: 0.5em;
  }
  .subheading {
    color: var(--_accent);
  }
`;
