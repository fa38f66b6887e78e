import { css } from 'lit';

/**
 * The public design tokens. Each `--net-*` custom property maps onto a private `--_*` one with a fallback, so a host
 * sets only what it wants to change. A test fails when a widget uses a token that is not declared here.
 */
export const TOKENS = {
  '--net-color-text': '#1f2328',
  '--net-color-muted': '#4b5563',
  '--net-color-background': '#ffffff',
  '--net-color-surface': '#f3f5f7',
  '--net-color-border': '#8a949e',
  '--net-color-accent': '#005eb8',
  '--net-color-focus': '#ffbf47',
  '--net-color-urgent': '#b3261e',
  '--net-color-urgent-background': '#fdecea',
  '--net-color-notice': '#7a4d00',
  '--net-color-notice-background': '#fff4d6',
  '--net-font-family': 'inherit',
  '--net-font-size': 'medium',
  '--net-radius': '0.5em',
  '--net-space': '1em',
} as const;

export type TokenName = keyof typeof TOKENS;

/**
 * Styles every widget starts from: private tokens, a reset of everything a hostile host page could make us inherit,
 * sizes in `em` from our own base (so `html { font-size: 62.5% }` changes nothing), focus, print, forced colours and
 * reduced motion.
 */
export const baseStyles = css`
  :host {
    --_text: var(--net-color-text, #1f2328);
    --_muted: var(--net-color-muted, #4b5563);
    --_bg: var(--net-color-background, #ffffff);
    --_surface: var(--net-color-surface, #f3f5f7);
    --_border: var(--net-color-border, #8a949e);
    --_accent: var(--net-color-accent, #005eb8);
    --_focus: var(--net-color-focus, #ffbf47);
    --_urgent: var(--net-color-urgent, #b3261e);
    --_urgent-bg: var(--net-color-urgent-background, #fdecea);
    --_notice: var(--net-color-notice, #7a4d00);
    --_notice-bg: var(--net-color-notice-background, #fff4d6);
    --_font: var(--net-font-family, inherit);
    --_size: var(--net-font-size, medium);
    --_radius: var(--net-radius, 0.5em);
    --_space: var(--net-space, 1em);
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
  .problem {
    border: 2px solid var(--_urgent);
    border-inline-start-width: 0.5em;
    background: var(--_urgent-bg);
    color: var(--_text);
    padding: 0.75em 1em;
    border-radius: var(--_radius);
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
  .footer dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
  }
  .footer dt {
    font-weight: 700;
  }
  .footer dd {
    margin: 0;
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
    .notice {
      border-color: CanvasText;
      forced-color-adjust: auto;
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
