import { css, isServer } from 'lit';

/** The treatment list's own styles, on top of `baseStyles`. Private tokens only (`var(--_accent)`), sizes in em. */
const listStyles = css`
  .intro {
    color: var(--_muted);
  }
  .search {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .search-label,
  .filters legend {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25em;
    padding: 0;
  }
  .hint {
    color: var(--_muted);
    margin-block-end: 0.5em;
  }
  .search-input {
    inline-size: 100%;
    max-inline-size: 30em;
  }
  .filters {
    border: 0;
    margin: var(--_space) 0 0;
    padding: 0;
    min-inline-size: 0;
  }
  .filter-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .filter-list li + li {
    margin: 0;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.25em;
    padding: 0.2em 0.75em 0.2em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .filter input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .filter input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .count {
    color: var(--_muted);
    font-weight: 700;
  }
  .empty {
    border-inline-start: 0.5em solid var(--_accent);
    background: var(--_surface);
    padding: 0.75em 1em;
    margin-block-end: var(--_space);
  }
  /* What the drug cards say about a symptom the reader named, and where food advice is: before the count. */
  .answer {
    margin-block: var(--_space);
    padding-inline-start: 0.75em;
    border-inline-start: 0.5em solid var(--_accent);
  }
  .answer-heading {
    font-size: 1.1em;
    margin-block: 0 0.5em;
  }
  .answer-lines {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .answer-lines > li {
    margin-block: 0 0.75em;
  }
  .answer-lines > .callout {
    margin-block: 0.75em;
  }
  .answer-lead {
    margin-block-end: 0.25em;
  }
  .answer-quote {
    margin: 0 0 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_border);
  }
  .answer-quote > p {
    margin: 0;
  }
  /* A medicine's name in an answer's sentence: a button that reads as a link, and opens the medicine's card. */
  .answer-drug {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .answer-drug[aria-expanded='true'] {
    text-decoration-thickness: 0.2em;
  }
  .answer-drug-name {
    font-weight: 700;
  }
  .answer-hedge {
    font-weight: 700;
    margin-block-end: 0;
  }
  .food > :last-child {
    margin-block-end: 0;
  }
  /* A category none of whose options match: its heading goes, its (hidden) rows stay laid out where they are. */
  .group.no-match > .group-heading,
  .group.no-match > .group-description {
    display: none;
  }
  .group.no-match > .options {
    border: 0;
    margin: 0;
  }
  .group-heading {
    margin-block-end: 0.25em;
  }
  .group-description {
    color: var(--_muted);
  }
  .options {
    margin: 0 0 var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .chunk {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /*
   * A full run of options (only lists with hundreds of options have one): the browser skips its style, layout and
   * paint while it is far off screen, so a keystroke that hides thousands of rows stays cheap. 500em is about 100
   * closed options.
   */
  .chunk.full {
    content-visibility: auto;
    contain-intrinsic-size: auto 500em;
  }
  .option {
    /* Not list-item: Chromium keeps list-item numbering up to date, which makes hiding thousands of rows quadratic. */
    display: block;
    border-block-end: 1px solid var(--_border);
    padding-block: 0.25em 0.5em;
  }
  .chunk > li + li {
    margin: 0;
  }
  .option-heading {
    font-size: 1.1em;
    margin: 0;
  }
  .option-toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.25em 0.25em 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
  }
  .option-toggle:hover .option-name {
    text-decoration: underline;
  }
  /* The accordion's chevron (the shared one, src/shared/styles.ts) sits at the end: down while closed, up when open. */
  .option-toggle .chevron {
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: 0.3em;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .option-toggle[aria-expanded='true'] .chevron {
    transform: translateY(0.15em) rotate(-135deg);
  }
  .option-summary {
    margin-block-end: 0.5em;
  }
  .host-mark {
    display: inline-block;
    font-size: 0.875em;
    border: 1px solid var(--_notice);
    background: var(--_notice-bg);
    color: var(--_text);
    padding: 0 0.5em;
    border-radius: var(--_radius);
  }
  .option-body {
    display: none;
    padding-block: 0.25em 0.5em;
  }
  .option-body.open {
    display: block;
  }
  .section-heading {
    font-size: 1em;
    margin-block-start: 1em;
  }
  .drugs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    padding: 0;
  }
  .drugs li + li {
    margin: 0;
  }
  .drug-button[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_bg);
  }
  .drug-panel {
    margin-block: 0.75em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
  }
  .drug-panel net-drug-card {
    margin-block-start: 0.5em;
  }
  .option-footer {
    font-size: 0.9em;
    color: var(--_muted);
    margin-block-start: 1em;
  }
  .option-link {
    font-size: 0.9em;
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .drug-button[aria-expanded='true'] {
      text-decoration: underline;
      border-style: double;
      border-width: 0.25em;
    }
    .host-mark,
    .empty {
      border-color: CanvasText;
    }
  }
  .print-only {
    display: none;
  }
  @media print {
    .chunk.full {
      content-visibility: visible;
    }
    .print-only {
      display: block;
    }
    .print-all .option-body {
      display: block !important;
    }
    .option-toggle {
      color: #000;
    }
    .hint {
      display: none;
    }
    .drug-button,
    .answer-drug,
    .host-mark {
      color: #000;
      background: #fff;
      border-color: #000;
    }
  }
`;

/**
 * The markup a server renders (the templates' `served`), which only a snippet shows, so only the server's styles hold
 * these rules (see src/shared/no-script.styles.ts): each option a `<details>` whose summary's boxes are those of the
 * button's option, so that the list takes over without a shift; the search shown disabled.
 */
const servedStyles = isServer
  ? css`
      summary {
        display: block;
        cursor: pointer;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      summary > span {
        display: block;
        margin-block-end: 0.75em;
      }
      /* What a <details> holds inherits from its own slots, which the base styles' box-sizing rule does not reach. */
      details > * {
        box-sizing: border-box;
      }
      [open] > summary .chevron {
        transform: translateY(0.15em) rotate(-135deg);
      }
      :disabled {
        opacity: 0.6;
      }
      @media print {
        .print-all ::details-content {
          content-visibility: visible;
        }
      }
    `
  : [];

export const treatmentListStyles = [listStyles, servedStyles];
