import { css, isServer } from 'lit';
import { headerStyles } from '../shared/styles.js';

/**
 * The questions widget's own styles, on top of `baseStyles`. Only private `--_*` tokens; sizes in em on screen. The
 * printout (`.sheet`) is shown only in print (or with `print-preview`), sized so that 12 questions with their answer
 * lines, the entries they came from and the disclaimer fit one A4 or US Letter page, in one language or two.
 */
export const questionsStyles = css`
  ${headerStyles}
  .count,
  .kept,
  .hint {
    color: var(--_muted);
  }
  .empty {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin-block-end: 1em;
  }
  .empty > :last-child {
    margin-block-end: 0;
  }
  .group-heading {
    font-size: 1.05em;
    margin-block: 1em 0.5em;
  }
  .questions {
    padding-inline-start: 1.75em;
  }
  .question {
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  .question-text {
    margin-block-end: 0.5em;
  }
  .question-actions,
  .list-actions,
  .confirm-actions,
  .own-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .question-actions .button {
    font-size: 0.9em;
  }
  .button[aria-disabled='true'] {
    cursor: default;
    border-style: dashed;
    color: var(--_muted);
    border-color: var(--_muted);
  }
  .arrow {
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.4em;
    border-block-start: 0.15em solid currentColor;
    border-inline-start: 0.15em solid currentColor;
    vertical-align: 0.05em;
  }
  .arrow-up {
    transform: rotate(45deg);
    vertical-align: -0.05em;
  }
  .arrow-down {
    transform: rotate(-135deg);
    vertical-align: 0.2em;
  }
  /* A printer, drawn in the text colour: the words say what it does. */
  .printer {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.6em;
    margin-inline-end: 0.45em;
    border: 0.13em solid currentColor;
    border-radius: 0.1em;
    box-shadow: inset 0 0.2em 0 -0.05em currentColor;
    vertical-align: 0;
  }
  .list-actions {
    margin-block: 0.75em;
  }
  .confirm {
    margin-block: 0.75em 1em;
    padding: 0.75em 1em;
    border: 2px solid var(--_notice);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_notice-bg);
  }
  .own,
  .general {
    margin-block-start: 1.5em;
  }
  .own label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .own .hint {
    font-size: 0.9em;
    margin-block-end: 0.25em;
  }
  .own-input {
    flex: 1 1 14em;
  }
  .own-error {
    color: var(--_urgent);
    font-weight: 700;
    margin-block: 0.5em 0;
  }
  .general-list {
    list-style: none;
    padding: 0;
  }
  .general-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    padding-block: 0.4em;
    border-block-end: 1px solid var(--_border);
  }
  .general-item + .general-item {
    margin-block-start: 0;
  }
  .general-text {
    flex: 1 1 14em;
  }
  .general-button[data-added='true'] {
    background: var(--_surface);
  }
  .from-heading {
    margin-block-end: 0.25em;
  }
  .from-list {
    margin-block-end: 0.75em;
  }

  /* The printout: only on paper, or on screen with print-preview. */
  .sheet {
    display: none;
    font-size: 10pt;
    line-height: 1.25;
    color: #000;
    background: #fff;
  }
  /* Two languages side by side: a little smaller, so that the longest questions still take two or three lines. */
  .sheet.two-languages {
    font-size: 9pt;
    line-height: 1.2;
  }
  .two-languages .answer-line {
    block-size: 4mm;
  }
  .is-preview .sheet {
    display: block;
    margin-block-start: 1em;
    padding: 1.5em;
    border: 1px dashed var(--_border);
    max-inline-size: 210mm;
  }
  .sheet p,
  .sheet ul,
  .sheet ol {
    margin: 0;
  }
  .sheet-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1.5em;
    border-block-end: 2px solid #000;
    padding-block-end: 0.25em;
    margin-block-end: 0.3em;
  }
  .sheet-title {
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.2;
  }
  .sheet-title.sheet-clinic {
    font-size: 1.1em;
    font-style: italic;
  }
  .sheet-languages,
  .two-languages .sheet-texts {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 0 1em;
  }
  .sheet-languages {
    font-weight: 700;
    padding-inline-start: 1.6em;
  }
  .sheet-questions {
    padding-inline-start: 1.6em;
  }
  .sheet-question {
    break-inside: avoid;
    padding-block: 0.1em 0;
  }
  .sheet-question + .sheet-question {
    margin-block-start: 0;
  }
  .sheet-text {
    font-weight: 700;
  }
  .two-languages .sheet-clinic {
    font-weight: 400;
    font-style: italic;
  }
  .not-translated {
    font-style: normal;
  }
  /* Two ruled lines for the answer, after its label. */
  .answer {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    column-gap: 0.5em;
  }
  .answer-label {
    grid-row: 1;
    align-self: end;
  }
  .answer-line {
    grid-column: 2;
    display: block;
    block-size: 4.6mm;
    border-block-end: 1px solid #000;
  }
  .sheet-footer {
    margin-block-start: 0.4em;
    padding-block-start: 0.25em;
    border-block-start: 1px solid #000;
    font-size: 9pt;
    line-height: 1.2;
  }
  .sheet-from {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .sheet-from .sheet-date {
    margin-inline-end: 1em;
  }
  .sheet-from ul {
    display: contents;
    list-style: none;
  }
  .sheet-from li {
    margin: 0;
  }
  .sheet-from li:not(:last-child)::after {
    content: ';';
  }
  .sheet .disclaimer {
    margin-block-start: 0.2em;
  }

  @media (forced-colors: active) {
    .confirm,
    .empty,
    .question,
    .general-item {
      border-color: CanvasText;
    }
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .is-preview .sheet {
      forced-color-adjust: auto;
      border-color: CanvasText;
    }
  }

  @media print {
    .base {
      border: none;
      padding: 0;
    }
    .sheet {
      display: block;
    }
    .is-preview .sheet {
      padding: 0;
      border: none;
      max-inline-size: none;
    }
  }
`;

/**
 * A server-rendered snippet on a page without JavaScript (see shared/no-script.styles.ts): the controls that need it
 * keep their place but are not shown, and the reader's own question says, in its place, that the list needs
 * JavaScript. Only the server's copy of the styles has these rules.
 */
export const questionsSnippetStyles = isServer
  ? css`
      :host(:not(:defined)) .list-actions,
      :host(:not(:defined)) .general-button {
        visibility: hidden;
      }
    `
  : [];
