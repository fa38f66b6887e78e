import { css } from 'lit';
import { headerStyles } from '../shared/styles.js';

/** The diet guide's own styles, on top of `baseStyles`. Only private `--_*` tokens; sizes in em. */
export const dietGuideStyles = css`
  ${headerStyles}

  /* "Can I eat …?" */
  .search {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75em 1em 1em;
    margin-block: 1em 1.5em;
  }
  .search .subheading {
    margin-block-start: 0;
  }
  .search label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  input[type='search'] {
    flex: 1 1 12em;
  }
  .answer-body {
    margin-block-start: 0.75em;
    background: var(--_bg);
    border-inline-start: 0.3em solid var(--_accent);
    padding: 0.5em 0.75em;
  }
  .answer-lead {
    margin-block-end: 0.5em;
  }
  .answer-hit + .answer-hit {
    margin-block-start: 1em;
  }
  .answer-facts dd p:last-child {
    margin-block-end: 0;
  }
  .candidates,
  .go-to,
  .answer-drugs {
    list-style: none;
    padding: 0;
  }
  .answer-subject {
    color: var(--_muted);
  }
  .answer-cards .drug-card net-drug-card {
    margin-block-start: 0.75em;
  }

  /* The advice word, with an icon that only repeats it. */
  .advice {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.85em;
    font-weight: 700;
    line-height: 1.2;
    vertical-align: middle;
    padding: 0.15em 0.6em;
    border: 2px solid currentColor;
    border-radius: 1em;
    color: var(--_urgent);
    background: var(--_urgent-bg);
  }
  .advice-limit {
    color: var(--_notice);
    background: var(--_notice-bg);
  }
  .advice-icon {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    border: 0.15em solid currentColor;
    border-radius: 50%;
    flex: none;
  }
  .advice-avoid .advice-icon {
    background: linear-gradient(45deg, transparent 43%, currentColor 43% 57%, transparent 57%);
  }
  .advice-limit .advice-icon {
    background: linear-gradient(to top, currentColor 50%, transparent 50%);
  }

  /* Food groups */
  .group {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.25em;
    margin-block-end: 1em;
  }
  .group-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    font-size: 1.05em;
    margin-block: 0.75em 0.5em;
  }
  .list-label {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .foods {
    columns: 12em auto;
    column-gap: 2em;
  }
  .foods li {
    break-inside: avoid;
  }
  .foods li + li {
    margin-block-start: 0;
  }
  /* Each food with its "Add to my questions": wider columns, the button beside the name or under it. */
  .foods.with-questions {
    columns: 22em auto;
  }
  .with-questions .food {
    margin-block-end: 0.25em;
  }

  /* Symptom control */
  .pointers,
  .drugs {
    list-style: none;
    padding: 0;
  }
  .pointer {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .pointer + .pointer {
    margin-block-start: 0.75em;
  }
  .pointer p {
    margin-block-end: 0.5em;
  }
  .talk {
    border-inline-start: 0.3em solid var(--_notice);
    padding-inline-start: 0.5em;
  }
  .drug + .drug {
    margin-block-start: 0.5em;
  }
  .medicine-label {
    font-weight: 700;
  }
  .drug-button .chevron {
    margin-inline-end: 0.5em;
    vertical-align: 0.1em;
  }
  .drug-card net-drug-card {
    display: block;
    margin-block-start: 0.5em;
  }

  .dietitian {
    margin-block-start: 1em;
  }

  /* Checklist */
  .checklist-intro {
    color: var(--_muted);
  }
  .check-group {
    border: none;
    border-block-start: 1px solid var(--_border);
    margin: 0 0 0.75em;
    padding: 0.25em 0 0;
    min-inline-size: 0;
  }
  .check-group legend {
    padding: 0;
    float: inline-start;
    inline-size: 100%;
  }
  .check-group legend + * {
    clear: both;
  }
  .check-list {
    list-style: none;
    padding: 0;
    columns: 12em auto;
    column-gap: 2em;
  }
  .check-item {
    display: flex;
    align-items: center;
    gap: 0.5em;
    break-inside: avoid;
  }
  .check-list li + li {
    margin-block-start: 0;
  }
  .check-item input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .notes-label {
    font-size: 0.9em;
    font-weight: 700;
    margin-block-end: 0;
  }
  .note-line {
    display: block;
    block-size: 1.75em;
    border-block-end: 1px solid var(--_border);
  }

  @media (forced-colors: active) {
    .advice {
      border-color: CanvasText;
    }
    .note-line {
      border-color: CanvasText;
    }
    .answer-body,
    .talk {
      border-inline-start-color: CanvasText;
    }
    /* Forced colours drop background gradients, which draw the icons' marks: keep them, in the text colour. */
    .advice-icon {
      forced-color-adjust: none;
      color: CanvasText;
    }
  }

  .print-choice {
    margin-block: 1em 0;
  }
  @media print {
    .foods.with-questions {
      columns: 12em auto;
    }
    .with-questions .food {
      margin-block-end: 0;
    }
    .advice,
    .advice-limit {
      color: #000;
      background: none;
      border-color: #000;
    }
    .subheading,
    .checklist-intro {
      color: #000;
    }
    .drug-button {
      color: #000;
      border: none;
      padding: 0;
    }
    .group,
    .pointer,
    .check-group {
      break-inside: avoid;
    }
    /* The checklist fits one A4 or Letter page. */
    .is-checklist {
      border: none;
      padding: 0;
      line-height: 1.35;
    }
    .is-checklist .header {
      margin-block-end: 0.5em;
    }
    .is-checklist .check-group {
      margin-block-end: 0.5em;
    }
    .is-checklist .group-heading {
      margin-block: 0.4em 0.25em;
    }
    .is-checklist .check-list {
      margin-block-end: 0.25em;
    }
    .is-checklist .footer {
      margin-block-start: 0.5em;
      padding-block-start: 0.5em;
    }
    .is-checklist .footer p,
    .is-checklist .footer .footer-heading,
    .is-checklist .footer ul,
    .is-checklist .footer dl {
      margin-block-end: 0.35em;
    }
    .note-line {
      border-color: #000;
      block-size: 1.6em;
    }
  }
`;
