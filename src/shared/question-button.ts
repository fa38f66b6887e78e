/**
 * "Add to my questions", as the drug card, the treatment list and the diet guide offer it: a toggle button beside a
 * gap in the sources, a side effect, an option or a food, that adds its question to the page's one list
 * (./questions-store.ts) or takes it out again; its state follows the list, whoever changes it; each add or remove is
 * announced once, politely, by the widget whose button was pressed, and fired as `net-question-add` or
 * `net-question-remove`. The words are `<net-questions>`'s (data/<locale>/ui-questions.json), so that the same button
 * reads the same everywhere. Not on the server, not in print.
 */
import { css, html, isServer, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { QuestionLabels } from '../content/question-templates.js';
import { format } from './i18n.js';
import { MAX_QUESTIONS, questionsOn, type QuestionStore, type SavedQuestion } from './questions-store.js';

/** What a widget does when the reader adds or removes a question: fires the event (see `NetElement.emit`). */
export type QuestionFire = (change: 'add' | 'remove', question: SavedQuestion) => void;

/** How long an announcement stays in the live region: then it is emptied, so the same words can be said again. */
const SAID_FOR_MS = 5000;

/**
 * The page's list, as one widget sees it: the keys of the questions in it (a new set after each change, so templates
 * and guards compare it by identity), a toggle for the widget's buttons, and what its live region says.
 */
export class QuestionsController implements ReactiveController {
  /** Keys of the questions in the page's list. */
  keys: ReadonlySet<string> = new Set();
  /** What the widget's live region says now: the last add or remove made with one of its buttons, for a while. */
  said = '';
  #store: QuestionStore | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fire: QuestionFire,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.#store = questionsOn(this.host.ownerDocument);
    this.#store.addEventListener('change', this.#onChange);
    this.#read();
  }

  hostDisconnected(): void {
    this.#store?.removeEventListener('change', this.#onChange);
    this.#store = null;
    clearTimeout(this.#timer);
    this.said = '';
  }

  /** Adds the question, or removes it when it is in the list; announces and fires what happened. */
  toggle(question: SavedQuestion, labels: QuestionLabels): void {
    const store = this.#store;
    if (!store) return;
    if (store.has(question.key)) {
      if (!store.remove(question.key)) return;
      this.#say(format(labels.announceRemoved, { question: question.text }));
      this.fire('remove', question);
    } else if (store.add(question)) {
      this.#say(format(labels.announceAdded, { question: question.text }));
      this.fire('add', question);
    } else {
      this.#say(format(labels.full, { max: MAX_QUESTIONS }));
    }
  }

  #onChange = (): void => {
    this.#read();
    this.host.requestUpdate();
  };

  #read(): void {
    this.keys = new Set(this.#store?.questions.map((q) => q.key));
  }

  /** Says `words` once: the same words twice in a row differ by a space that is not read, so they are said again. */
  #say(words: string): void {
    clearTimeout(this.#timer);
    this.said = words === this.said.trimEnd() && !this.said.endsWith('\u00a0') ? `${words}\u00a0` : words;
    this.#timer = setTimeout(() => {
      this.said = '';
      this.host.requestUpdate();
    }, SAID_FOR_MS);
    this.host.requestUpdate();
  }
}

/** One "Add to my questions" button, and the question's words before it when `show` (a gap, an option, an answer). */
export function renderQuestionButton(
  question: SavedQuestion,
  added: boolean,
  labels: QuestionLabels,
  options: { show?: boolean; onToggle?: (question: SavedQuestion) => void } = {},
): TemplateResult {
  const onToggle = options.onToggle;
  return html`<span class="ask no-print" data-kind=${question.kind}
    >${options.show ? html`<span class="ask-question">${question.text}</span> ` : nothing}<button
      type="button"
      class="ask-button"
      data-question=${question.key}
      aria-pressed=${added ? 'true' : 'false'}
      @click=${onToggle ? () => onToggle(question) : nothing}
    >
      <span class="ask-icon" aria-hidden="true"></span>${added ? labels.added : labels.add}<span class="hidden-in-line"
        >: ${question.text}</span
      >
    </button></span
  >`;
}

/** The live region that says each add or remove once (politely), for screen readers only. */
export function renderQuestionStatus(said: string): TemplateResult {
  return html`<p class="ask-status visually-hidden" role="status" aria-live="polite" aria-atomic="true">${said}</p>`;
}

/** The buttons' styles, for each widget that has them. */
export const questionButtonStyles = css`
  .ask {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  /* Beside a side effect or a food in a list. */
  li > .ask {
    margin-inline-start: 0.5em;
    vertical-align: middle;
  }
  .ask-line {
    display: flex;
    margin-block: 0.5em;
  }
  .ask-question {
    font-weight: 700;
  }
  .ask-button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.25em;
    margin: 0;
    padding: 0.2em 0.6em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
  }
  .ask-button:hover {
    text-decoration: underline;
  }
  .ask-button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_bg);
  }
  /* A plus that becomes a tick once the question is in the list: it repeats the words, so it is hidden from AT. */
  .ask-icon {
    inline-size: 0.7em;
    block-size: 0.7em;
    flex: none;
    background:
      linear-gradient(currentColor, currentColor) center / 100% 0.15em no-repeat,
      linear-gradient(currentColor, currentColor) center / 0.15em 100% no-repeat;
  }
  [aria-pressed='true'] > .ask-icon {
    inline-size: 0.4em;
    block-size: 0.7em;
    background: none;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: translateY(-0.1em) rotate(45deg);
  }
  @media (forced-colors: active) {
    .ask-button {
      border-color: ButtonText;
      color: ButtonText;
    }
    .ask-button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    .ask-icon {
      forced-color-adjust: none;
      color: inherit;
    }
  }
  @media print {
    .ask {
      display: none !important;
    }
  }
`;
