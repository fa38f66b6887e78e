import { css } from 'lit';

/** Styles of <net-drug-card>, on top of the shared `baseStyles`. Sizes in em; colours only through the private tokens. */
export const drugCardStyles = css`
  .header {
    border-block-end: 0.2em solid var(--_accent);
    padding-block-end: 0.5em;
    margin-block-end: 0.75em;
  }
  .title {
    color: var(--_text);
  }
  .names {
    margin: 0.25em 0 0.5em;
  }
  .names div,
  .how-given div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .names dt,
  .how-given dt {
    font-weight: 700;
  }
  .names dt::after,
  .how-given dt::after {
    content: ':';
  }
  .names dd,
  .how-given dd {
    margin: 0;
    min-inline-size: 0;
  }
  /* The pill or injection beside a route: the text's colour, so forced colours and print keep it. */
  .route-picture {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin-inline-end: 0.35em;
    vertical-align: -0.4em;
    color: currentColor;
  }
  .name-used {
    color: var(--_muted);
  }
  .host-label {
    display: inline-block;
    margin: 0.25em 0 0.5em;
    padding: 0.125em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.9em;
  }
  .section {
    margin-block-start: 1em;
  }
  .section > .subheading {
    color: var(--_accent);
  }
  .minor-heading {
    font-size: 1em;
    margin-block: 1em 0.25em;
  }
  .urgent-heading {
    margin-block-start: 0;
    font-size: 1.05em;
  }
  .urgent ::slotted(:last-child) {
    margin-block-end: 0;
  }
  ::slotted(*) {
    margin-block: 0.5em 0;
  }
  .what-to-do {
    margin-block: 0.75em 0.25em;
  }
  /* The urgent box's numbered steps: who to call, what to watch for, what to say. */
  .urgent-steps {
    margin: 0.5em 0 0;
    padding-inline-start: 1.5em;
  }
  .urgent-step + .urgent-step {
    margin-block-start: 0.75em;
  }
  .urgent-step > :last-child {
    margin-block-end: 0;
  }
  .step-title {
    margin-block: 0 0.25em;
  }
  .print-only {
    display: none;
  }
  /* Ruled space to write a phone number in, on paper. */
  .write-number {
    display: flex;
    align-items: flex-end;
    gap: 0.5em;
  }
  .write-line {
    flex: 1;
    min-inline-size: 8em;
    block-size: 1.5em;
    border-block-end: 1px solid currentColor;
  }
  .component-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .component {
    border-block-end: 1px solid var(--_border);
  }
  .component + .component {
    margin-block-start: 0;
  }
  .component-heading {
    margin: 0;
    font-size: 1.1em;
  }
  .component-body .subheading {
    font-size: 1.05em;
  }
  .disclosure,
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.5em;
    inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: 0.5em 0.25em;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .disclosure:hover,
  .toggle:hover {
    text-decoration-thickness: 0.15em;
  }
  .component-body {
    padding: 0 0 0.75em 1.25em;
  }
  .component-body > .section:first-child,
  .component-body > .names:first-child {
    margin-block-start: 0;
  }
  .summary p:last-child {
    margin-block-end: 0.5em;
  }
  .collapsed {
    display: none;
  }
  @media (forced-colors: active) {
    .header,
    .urgent,
    .component,
    .host-label {
      border-color: CanvasText;
    }
    .disclosure,
    .toggle {
      color: ButtonText;
    }
  }
  @media print {
    .collapsed {
      display: block;
    }
    .print-only {
      display: block;
    }
    .header,
    .urgent,
    .component,
    .host-label {
      border-color: #000;
    }
    .section > .subheading,
    .footer,
    .title,
    .urgent,
    .host-label,
    .name-used,
    .disclosure {
      color: #000;
      background: #fff;
    }
    .disclosure {
      text-decoration: none;
      padding-inline: 0;
    }
    .urgent {
      break-inside: avoid-page;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid-page;
    }
  }
`;
