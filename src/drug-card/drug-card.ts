import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HostJsonController } from '../shared/host-content.js';
import { MAX_LIST_LENGTH, textAttribute, type InputReader } from '../shared/inputs.js';
import { NetElement } from '../shared/net-element.js';
import { noScriptStyles } from '../shared/no-script.styles.js';
import { baseStyles } from '../shared/styles.js';
import { drugPageJsonLd } from '../structured-data/page.js';
import type { JsonLdDocument } from '../structured-data/types.js';
import type { Problem } from '../shared/problem.js';
import { drugCardStyles } from './drug-card.styles.js';
import { renderDrugCard, renderSuggestions } from './drug-card.templates.js';
import { drugCardLabels, drugCardView, readHostCards, type DrugCardInput, type DrugCardView } from './drug-card.view.js';
import { holdAddedNames } from '../shared/added-names.js';
import { QuestionsController, questionButtonStyles } from '../shared/question-button.js';
import type { SavedQuestion } from '../shared/questions-store.js';
import { questionLabels } from '../content/question-templates.js';

/** The questions in the list as the server renders them: none. */
const NONE_ASKED: ReadonlySet<string> = new Set();

/** The values `variant` takes. */
const VARIANTS = ['full', 'compact'] as const;

interface DrugCardInputs extends DrugCardInput {
  variant: (typeof VARIANTS)[number];
}

/**
 * One drug or drug combination for patients: its names, what kind of medicine it is, how it is given, what it is used
 * for in NETs, its side effects (serious ones in a "contact your care team" callout), tips, the drugs in a combination,
 * and where the sources disagree, with the sources, review dates and disclaimer in the footer.
 *
 * A host can supply its own card, in the content format, as the `.content` property or as a child
 * `<script type="application/json">` (which needs no JavaScript and passes a strict CSP), or both: they merge, and the
 * property's card wins over the script's for the same id (the rule every widget follows). It is validated; a valid card
 * replaces the bundled entry with its id or is added beside them, and is labelled as added by the website. Instead of a
 * card, a host can add its own names to a bundled drug (`{ "id": "capecitabine", "addNames": ["Xeloda"] }`): `drug`
 * then finds the drug by them, and the card shows them as names used by the website.
 *
 * An unknown name offers close names ("Did you mean Everolimus?"), each a button that opens that card (it sets `drug`
 * to the drug's id) and moves focus to the card's heading.
 *
 * **Add to my questions:** wherever the card says its sources are silent, it shows a question for that gap ("How will
 * CAPTEM be given to me, and how often?") with an "Add to my questions" button, and each side effect it lists has one
 * too. The button is a toggle (`aria-pressed`) that adds the question to the page's one list, which `<net-questions>`
 * shows and prints, or takes it out; it follows the list when the question is removed elsewhere, is announced once
 * (politely) and is not printed. Each question carries the drug's id and the card's language, and states no medical
 * fact. `no-questions` hides the buttons.
 *
 * @summary A patient-friendly card about one NET drug or combination, from sourced and reviewed content.
 * @tagname net-drug-card
 *
 * @fires {CustomEvent<QuestionDetail>} net-question-add - The reader added a question with one of the card's buttons
 * (`detail.question`: its key, kind `gap` or `side-effect`, the drug's id, the part, the language and the words). Bubbles
 * and is composed.
 * @fires {CustomEvent<QuestionDetail>} net-question-remove - The reader took a question out of their list with one of
 * the card's buttons (`detail.question`). Bubbles and is composed.
 * @fires {CustomEvent<Problem>} net-error - The input is bad. Bubbles and is composed; `detail` is the problem: `code`,
 * `message` and `details`. A missing or unknown drug, invalid host content or malformed JSON (`missing-drug`,
 * `unknown-drug`, `invalid-content`, `invalid-json`, `internal-error`) is shown visibly instead of the card. An unknown
 * section key (`unknown-section`: left out), an unknown `variant` (`unknown-variant`) or heading level
 * (`unknown-value`), or a value of the wrong type (`wrong-type`) gives the default, for the site owner only. Each
 * logs one console warning.
 *
 * The serious side effects callout is three numbered steps: who to call, what to watch for (the card's serious side
 * effects, or any side effect that worries you) and to contact the care team now, and what to say (the medicine's name
 * and what you noticed).
 *
 * @slot contact - The host's own contact text ("Call our 24-hour chemotherapy line on ..."), shown as the first step of
 * the serious side effects callout ("Who to call") in place of its generic line ("Call the phone number your care team
 * gave you ...") and of the lines that a printout leaves to write the daytime and out-of-hours numbers in. Empty by
 * default.
 *
 * @csspart base - The card's frame (a named region).
 * @csspart header - The title block: the drug's name, its other names and any note on the name used.
 * @csspart heading - The main heading (the drug's name).
 * @csspart section - Each section (what it is, how it is given, side effects, ...).
 * @csspart callout - The serious side effects callout ("Urgent advice").
 * @csspart footer - Sources, review dates and the disclaimer.
 * @csspart error - The visible problem message shown instead of the card when the input is bad.
 */
export class NetDrugCard extends NetElement<DrugCardView, DrugCardInputs> {
  static override styles = [baseStyles, noScriptStyles, questionButtonStyles, drugCardStyles];

  /**
   * The drug or combination to show, by any name the content knows (generic name, brand name, other spelling or id),
   * in any case: "everolimus", "Afinitor", "captem". May be left out when the host supplies its own card.
   */
  @property({ reflect: true, converter: textAttribute })
  drug = '';

  /**
   * Which sections to show and in what order: comma-separated keys from `key-points` (two or three key points in
   * plain words, where the entry has them), `about` (what it is and its drug class),
   * `how-given`, `uses`, `side-effects`, `tips`, `components` (the drugs in a combination), `combinations` (the
   * combinations that include this drug) and `notes` (where the sources differ). Unset, all of them, in that order.
   * Sections with nothing to show for this drug are left out. An unknown key is left out, with a console warning.
   */
  @property()
  sections = '';

  /** `compact` shows the name, drug class and a short summary with a button that opens the full card. */
  @property({ reflect: true, converter: textAttribute })
  variant: 'full' | 'compact' = 'full';

  /**
   * A host's own card: an object in the content format (see data/en/drugs.json), or its JSON text. It replaces the
   * bundled entry with the same id, or is added beside the bundled ones; left without a `drug` attribute, the card
   * shows it. Or names to add to a bundled drug, `{ id: 'capecitabine', addNames: ['Xeloda'] }`, shown as the
   * website's. Merges with a child `<script type="application/json">`, which is read the same way: the property's card
   * wins for the same id, and `drug` can pick either.
   */
  @property({ attribute: false })
  content: unknown = undefined;

  /**
   * The compact variant starts opened (its full card shown, with the button that closes it). Server-rendered
   * snippets of a compact card carry it, so that a page without JavaScript shows the whole card.
   */
  @property({ type: Boolean, reflect: true })
  expanded = false;

  /** Hides the "Add to my questions" buttons (beside the gaps in the sources and beside each side effect). */
  @property({ type: Boolean, reflect: true, attribute: 'no-questions' })
  noQuestions = false;

  @state() private openComponents: ReadonlySet<string> = new Set();

  private readonly hostJson = new HostJsonController(this);
  /** The page's list of questions, as this card's buttons show it. */
  private readonly questions = new QuestionsController(this, (change, question) =>
    this.emit(change === 'add' ? 'net-question-add' : 'net-question-remove', { question }),
  );

  protected override readInputs(read: InputReader): DrugCardInputs {
    return {
      drug: read.text('drug', this.drug),
      sections: read.text('sections', this.sections, MAX_LIST_LENGTH),
      variant: read.choice('variant', this.variant, VARIANTS, 'full', 'unknown-variant'),
      content: this.content,
      hostJson: this.hostJson.value,
      // Rendered on the server too, where they are invisible until the script defines the card (no layout shift).
      questions: !this.noQuestions,
    };
  }

  /** Hydrated as served (with no question in the list, as on the server), the card shows the page's list. */
  protected override hydrated(): void {
    this.requestUpdate();
  }

  private onAsk = (question: SavedQuestion): void => {
    this.questions.toggle(question, this.view && !this.view.problem ? this.view.questionLabels : questionLabels(this.locale));
  };

  protected override computeView(inputs: DrugCardInputs): DrugCardView {
    return drugCardView(inputs, this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('drug') || changed.has('content')) this.openComponents = new Set();
    this.holdNames();
    super.willUpdate(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before its first render (which may wait until the reader comes near): the list's and the guide's searches on
    // this page find the names it adds at once.
    this.holdNames();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    holdAddedNames(this, null);
    this.#namesFrom = null;
  }

  /** The host content whose added names the page holds: they are read again only when it changes. */
  #namesFrom: readonly unknown[] | null = null;

  /** Tells the page which names this card's host content adds to bundled medicines (see shared/added-names.ts). */
  private holdNames(): void {
    const from = [this.content, this.hostJson.value, this.locale];
    if (this.#namesFrom?.every((x, i) => x === from[i])) return;
    this.#namesFrom = from;
    if (this.content == null && this.hostJson.value == null) return holdAddedNames(this, null);
    const { added } = readHostCards(
      [
        { label: 'content', input: this.content },
        { label: 'script', input: this.hostJson.value },
      ],
      drugCardLabels(this.locale),
    );
    holdAddedNames(this, new Map(added.map((a) => [a.id, a.addNames])));
  }

  protected override structuredDataFor(view: DrugCardView): JsonLdDocument | null {
    if (view.problem) return null;
    return drugPageJsonLd(view.drug, { inLanguage: this.locale, components: view.components.map((c) => c.drug) });
  }

  private toggleComponent = (id: string): void => {
    const next = new Set(this.openComponents);
    if (!next.delete(id)) next.add(id);
    this.openComponents = next;
  };

  private toggleExpanded = (): void => {
    this.expanded = !this.expanded;
  };

  /** True when the next update should move focus to the card's heading (after a "Did you mean" button). */
  #focusHeading = false;

  /** A "Did you mean" button: opens that drug's card, with focus on its heading, since the button is gone. */
  private openSuggestion = (id: string): void => {
    this.drug = id;
    this.#focusHeading = true;
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#focusHeading) return;
    this.#focusHeading = false;
    // By its class: in light DOM the heading has no part attribute.
    const title = this.ownQuery('.net-part-heading');
    if (!title) return;
    // Focusable from script only, so that it is not an extra tab stop.
    title.tabIndex = -1;
    title.focus();
  }

  protected override renderProblemDetails(problem: Problem): unknown {
    const view = this.view;
    if (!view?.problem || view.problem !== problem || !('suggestions' in view) || view.suggestions.length === 0) return undefined;
    return renderSuggestions(view.suggestions, drugCardLabels(this.locale), this.openSuggestion);
  }

  protected override renderView(view: DrugCardView): unknown {
    if (view.problem) return nothing;
    return renderDrugCard(view, {
      locale: this.locale,
      common: this.commonLabels,
      level: this.level,
      subLevel: this.subLevel,
      compact: this.inputs?.variant === 'compact',
      expanded: this.expanded,
      openComponents: this.openComponents,
      toggleComponent: this.toggleComponent,
      toggleExpanded: this.toggleExpanded,
      asked: this.hydrating ? NONE_ASKED : this.questions.keys,
      said: this.questions.said,
      onAsk: this.onAsk,
    });
  }
}
