/**
 * Templates of a drug card: they render its view (drug-card.view.ts) and look nothing up. Every word comes from the
 * content or from the labels; content is always rendered as text.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { partName } from '../shared/part.js';
import { slotted, uid } from '../shared/light-dom.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Locale } from '../content/locale-data.js';
import type { Drug } from '../content/schema.js';
import { renderFooter, renderReviewNotice } from '../shared/footer.js';
import { heading } from '../shared/heading.js';
import { format, type CommonLabels } from '../shared/i18n.js';
import { renderNotes } from '../shared/notes.js';
import { hasBody, renderSectionBody } from '../shared/section.js';
import type { Section } from '../content/schema.js';
import type { GapPart } from '../content/question-templates.js';
import { renderQuestionButton, renderQuestionStatus } from '../shared/question-button.js';
import type { SavedQuestion } from '../shared/questions-store.js';
import type { CardView, DrugCardLabels, DrugQuestions, NameUsed, RouteKind, SectionKey, Suggestion } from './drug-card.view.js';

/** What the templates take from the element besides the view: its state and its event callbacks. */
export interface CardState {
  readonly locale: Locale;
  readonly common: CommonLabels;
  /** The main heading's level, and the level of the sections and the footer below it. */
  readonly level: number;
  readonly subLevel: number;
  /** The compact variant, and whether it is opened. */
  readonly compact: boolean;
  readonly expanded: boolean;
  /** Ids of the combination's drugs that the reader has opened. */
  readonly openComponents: ReadonlySet<string>;
  readonly toggleComponent: (id: string) => void;
  readonly toggleExpanded: () => void;
  /** Keys of the questions in the page's list (their buttons show as added). */
  readonly asked: ReadonlySet<string>;
  /** What the card's live region says: the last question added or removed with one of its buttons. */
  readonly said: string;
  /** Adds a question to the page's list, or removes it. */
  readonly onAsk: (question: SavedQuestion) => void;
}

interface SectionContext extends CardState {
  readonly view: CardView;
  readonly labels: DrugCardLabels;
  /** True for the card's own side effects, which hold the host's `contact` slot (there is only one slot). */
  readonly withContact: boolean;
  /** The questions offered about the drug whose sections are rendered (the card's, or a combination's drug's). */
  readonly questions: DrugQuestions | null;
}

/** The whole card, for a view with no problem. */
export function renderDrugCard(view: CardView, state: CardState): TemplateResult {
  const { drug } = view;
  const collapsed = state.compact && !state.expanded;
  const ctx: SectionContext = { ...state, view, labels: view.labels, withContact: true, questions: view.questions };
  return html`<section class="net-part-base base" part=${partName('base')} lang=${state.locale} aria-labelledby=${uid('title')}>
    ${renderHeader(view, state)} ${renderReviewNotice(drug.nextReview, state.common)}
    ${state.compact ? renderCompact(view, state, collapsed) : nothing}
    <div id=${uid('details')} class=${classMap({ details: true, collapsed })}>
      ${view.keys.map((key) => renderSection(key, drug, ctx, state.subLevel))}
    </div>
    ${renderFooter({
      sources: view.sources,
      reviewed: drug.reviewed,
      nextReview: drug.nextReview,
      locale: state.locale,
      labels: state.common,
      hostContent: view.isHost,
      level: state.subLevel,
    })}
    ${view.questions ? renderQuestionStatus(state.said) : nothing}
  </section>`;
}

/** "Add to my questions" for a gap: the question, and the button, under the words that say the sources are silent. */
function renderGap(part: GapPart, ctx: SectionContext): TemplateResult | typeof nothing {
  const question = ctx.questions?.gaps[part];
  if (!question) return nothing;
  return html`<p class="ask-line no-print">
    ${renderQuestionButton(question, ctx.asked.has(question.key), ctx.view.questionLabels, { show: true, onToggle: ctx.onAsk })}
  </p>`;
}

/**
 * A side effects section (common, serious, other): as any section (see `renderSectionBody`), with "Add to my questions"
 * beside each side effect it lists when the card offers questions.
 */
function renderSideEffectBody(section: Section | undefined, ctx: SectionContext): TemplateResult | typeof nothing {
  const questions = ctx.questions;
  if (!section || !questions?.sideEffects.size || !section.items?.length) return renderSectionBody(section, ctx.common);
  const labels = ctx.view.questionLabels;
  return html`${section.text ? html`<p>${section.text}</p>` : nothing}
    <ul class="side-effect-list">
      ${section.items.map((item) => {
        const question = questions.sideEffects.get(item);
        return html`<li>
          ${item}${question ? html` ${renderQuestionButton(question, ctx.asked.has(question.key), labels, { onToggle: ctx.onAsk })}` : nothing}
        </li>`;
      })}
    </ul>
    ${section.silent ? html`<p class="silent">${ctx.common.silentPartly}</p>` : nothing}`;
}

/** What the card says about the name the reader used, by the kind of name. */
const USED_LABEL: Record<Exclude<NameUsed['kind'], 'ambiguous'>, 'usedBrandName' | 'usedOtherName' | 'usedAddedName'> = {
  brand: 'usedBrandName',
  other: 'usedOtherName',
  added: 'usedAddedName',
};

function renderHeader(view: CardView, state: CardState): TemplateResult {
  const { drug, nameUsed, labels } = view;
  const used = nameUsed && nameUsed.kind !== 'ambiguous' ? format(labels[USED_LABEL[nameUsed.kind]], { used: nameUsed.name, name: drug.name }) : '';
  return html`<div class="net-part-header header net-content" part=${partName('header')}>
    ${heading(state.level, html`<span translate="no">${drug.name}</span>`, { id: uid('title'), part: 'heading', className: 'title' })}
    ${renderNames(drug, labels, view.addedNames)}
    ${used ? html`<p class="name-used">${used}</p>` : nothing}
    ${nameUsed?.kind === 'ambiguous'
      ? html`<div class="notice name-note">
          <p><strong>${format(labels.ambiguousNameLabel, { used: nameUsed.name })}</strong></p>
          <p>${nameUsed.note.text}</p>
        </div>`
      : nothing}
    ${view.isHost ? html`<p class="host-label">${state.common.hostContent}</p>` : nothing}
  </div>`;
}

function renderCompact(view: CardView, state: CardState, collapsed: boolean): TemplateResult {
  const { drug, labels, summary } = view;
  return html`${collapsed
      ? html`<div class="summary no-print">
          ${summary.drugClass ? html`<p class="drug-class">${summary.drugClass}</p>` : nothing}
          ${summary.text ? html`<p>${summary.text}</p>` : nothing}
        </div>`
      : nothing}
    <button
      type="button"
      class="toggle no-print expand-button"
      aria-expanded=${collapsed ? 'false' : 'true'}
      aria-controls=${uid('details')}
      @click=${state.toggleExpanded}
    >
      <span class="chevron" aria-hidden="true"></span>${format(collapsed ? labels.showMore : labels.showLess, { name: drug.name })}
    </button>`;
}

const HEADING_LABEL: Record<Exclude<SectionKey, 'components' | 'combinations' | 'notes'>, keyof DrugCardLabels> = {
  'key-points': 'sectionKeyPoints',
  about: 'sectionAbout',
  'how-given': 'sectionHowGiven',
  uses: 'sectionUses',
  'side-effects': 'sectionSideEffects',
  tips: 'sectionTips',
};

function sectionHeading(key: SectionKey, drug: Drug, ctx: SectionContext): string {
  const { labels } = ctx;
  if (key === 'components') return format(labels.sectionComponents, { name: drug.name });
  if (key === 'combinations') return format(labels.sectionCombinations, { name: drug.name });
  if (key === 'notes') return ctx.common.sectionNotes;
  return labels[HEADING_LABEL[key]];
}

/**
 * Brand names and other names, as a small description list; nothing when there are none. Names the website added
 * (`added`) come last, under a label that says they are the website's, not our sources'.
 */
function renderNames(drug: Drug, labels: DrugCardLabels, added: readonly string[] = []): TemplateResult | typeof nothing {
  const rows = (
    [
      [labels.brandNames, drug.brandNames, ''],
      [labels.otherNames, drug.otherNames, ''],
      [labels.addedNames, added, 'added-names'],
    ] as const
  ).filter(([, names]) => names.length > 0);
  if (rows.length === 0) return nothing;
  return html`<dl class="names other-names">
    ${rows.map(([label, names, className]) => html`<div class=${className || nothing}><dt>${label}</dt><dd translate="no">${names.join(', ')}</dd></div>`)}
  </dl>`;
}

function renderHowGiven(drug: Drug, ctx: SectionContext): TemplateResult {
  const hg = drug.howGiven;
  const kind = drug === ctx.view.drug ? ctx.view.route : (ctx.view.components.find((c) => c.drug === drug)?.route ?? null);
  const route = hg.route === undefined ? undefined : html`${kind ? routePicture(kind) : nothing}${hg.route}`;
  const rows = (
    [
      [ctx.labels.route, route],
      [ctx.labels.schedule, hg.schedule],
      [ctx.labels.where, hg.where],
    ] as const
  ).filter(([, value]) => value !== undefined);
  return html`${rows.length
      ? html`<dl class="how-given">
          ${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
        </dl>`
      : nothing}
    ${renderSectionBody(hg, ctx.common)} ${renderGap('howGiven', ctx)}`;
}

/**
 * A small picture of a pill or an injection beside the route, where the sourced route names one (`routeKind`): drawn
 * in the text's colour (so it follows forced colours and prints), hidden from assistive technology, since the words
 * beside it say the same.
 */
function routePicture(kind: RouteKind): TemplateResult {
  // Closing tags, not "/>": the HTML minifier drops the slash, and a served snippet must parse as the browser does.
  return html`<svg class="route-picture" data-route=${kind} aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
    ${kind === 'pill'
      ? svg`<g fill="none" stroke="currentColor" stroke-width="1.8"><rect x="3" y="8.5" width="18" height="7" rx="3.5" transform="rotate(-35 12 12)"></rect><path d="M9.4 8.3l5 7.4"></path></g>`
      : svg`<g fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"><path d="M14 4l6 6M17 7l-9.5 9.5-3 .5.5-3L14.5 4.5M4 20l2.5-2.5M10 10l2 2M8 12l2 2"></path></g>`}
  </svg>`;
}

/**
 * The serious side effects as numbered steps a patient can follow, in a callout whose urgency is said in words, not by
 * colour alone: (1) who to call: the host's `contact` slot (their own number); without one, the screen says to use the
 * number the care team gave, and the print leaves lines to write the daytime and out-of-hours numbers; (2) what to
 * watch for: the card's own serious side effects (or, when the sources list none, that this does not mean there are
 * none and to ask), what the content says to do, and to contact the care team now; (3) what to say: the medicine's
 * name and what you noticed. It never says "our sources do not cover this". A combination's drugs have no slot (there
 * is only one), nor the lines to write in (the combination's own callout has them).
 */
function renderUrgent(drug: Drug, ctx: SectionContext, level: number): TemplateResult {
  const { serious, whatToDo } = drug.sideEffects;
  const { labels } = ctx;
  const listed = hasBody(serious);
  const title = html`<span class="visually-hidden">${labels.urgentPrefix} </span>${labels.urgentHeading}`;
  const step = (name: string, title: string, body: unknown) =>
    html`<li class="urgent-step step-${name}"><p class="step-title"><strong>${title}</strong></p>${body}</li>`;
  const callDefault = html`<p class="contact-default">${labels.urgentCallDefault}</p>`;
  const writeIn = html`<div class="write-numbers print-only">
    <p class="write-intro">${labels.urgentWriteNumbers}</p>
    <p class="write-number">${labels.urgentDaytime} <span class="write-line" aria-hidden="true"></span></p>
    <p class="write-number">${labels.urgentOutOfHours} <span class="write-line" aria-hidden="true"></span></p>
  </div>`;
  return html`<div class="net-part-callout urgent callout" part=${partName('callout')}>
    ${heading(level, title, { className: 'urgent-heading' })}
    <ol class="urgent-steps">
      ${step('call', labels.urgentStepCall, ctx.withContact ? slotted('contact', html`${callDefault}${writeIn}`) : callDefault)}
      ${step(
        'watch',
        labels.urgentStepWatch,
        html`${listed ? renderSideEffectBody(serious, ctx) : html`<p class="serious-silent">${format(labels.seriousSilent, { name: drug.name })}</p>`}
          ${renderGap('serious', ctx)}
          ${hasBody(whatToDo)
            ? html`<p class="what-to-do"><strong>${labels.whatToDo}</strong></p>
                ${renderSectionBody(whatToDo, ctx.common)} ${renderGap('whatToDo', ctx)}`
            : nothing}
          <p class="contact-now">${listed ? labels.urgentCallNow : labels.contactNow}</p>`,
      )}
      ${step('say', labels.urgentStepSay, html`<p class="urgent-say">${format(labels.urgentSay, { name: drug.name })}</p>`)}
    </ol>
  </div>`;
}

/**
 * The side effects. A silence is never read as "none": when the sources list no common side effects, the card says so,
 * says that this does not mean there are none, and sends the reader to their care team (as the callout does for
 * serious ones).
 */
function renderSideEffects(drug: Drug, ctx: SectionContext, level: number): TemplateResult {
  const se = drug.sideEffects;
  const sub = level + 1;
  return html`${heading(sub, ctx.labels.commonSideEffects, { className: 'minor-heading subsection-heading' })}
    ${se.common.silent && !hasBody(se.common)
      ? html`<p class="silent common-silent">${format(ctx.labels.commonSilent, { name: drug.name })}</p>`
      : renderSideEffectBody(se.common, ctx)}
    ${renderGap('common', ctx)}
    ${se.other
      ? html`${heading(sub, ctx.labels.otherSideEffects, { className: 'minor-heading subsection-heading' })}
        ${renderSideEffectBody(se.other, ctx)} ${renderGap('other', ctx)}`
      : nothing}
    ${renderUrgent(drug, ctx, sub)}`;
}

function renderComponents(ctx: SectionContext, level: number): TemplateResult {
  return html`<ul class="component-list">
    ${ctx.view.components.map(({ drug: c, keys, addedNames, questions }) => {
      const inner: SectionContext = { ...ctx, withContact: false, questions };
      const open = ctx.openComponents.has(c.id);
      const bodyId = uid(`component-${c.id}`);
      const button = html`<button
        type="button"
        class="disclosure component-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${bodyId}
        @click=${() => ctx.toggleComponent(c.id)}
      ><span class="chevron" aria-hidden="true"></span><span translate="no">${c.name}</span></button>`;
      return html`<li class="component">
        ${heading(level + 1, button, { className: 'component-heading' })}
        <div id=${bodyId} class=${classMap({ 'component-body': true, collapsed: !open })}>
          ${renderNames(c, ctx.labels, addedNames)}
          ${keys.map((key) => renderSection(key, c, inner, level + 2))}
        </div>
      </li>`;
    })}
  </ul>`;
}

function renderBody(key: SectionKey, drug: Drug, ctx: SectionContext, level: number): unknown {
  switch (key) {
    case 'key-points':
      return renderSectionBody(drug.keyPoints, ctx.common);
    case 'about':
      return html`${renderSectionBody(drug.drugClass, ctx.common)} ${renderGap('drugClass', ctx)} ${renderSectionBody(drug.about, ctx.common)}
      ${renderGap('about', ctx)}`;
    case 'how-given':
      return renderHowGiven(drug, ctx);
    case 'uses':
      return html`${renderSectionBody(drug.uses, ctx.common)} ${renderGap('uses', ctx)}`;
    case 'side-effects':
      return renderSideEffects(drug, ctx, level);
    case 'tips':
      return html`${renderSectionBody(drug.tips, ctx.common)} ${renderGap('tips', ctx)}`;
    case 'components':
      return renderComponents(ctx, level);
    case 'combinations':
      return html`<ul>
        ${ctx.view.combinations.map((name) => html`<li>${name}</li>`)}
      </ul>`;
    case 'notes':
      return renderNotes(ctx.view.notes, ctx.common);
  }
}

/** One section: its heading at `level` and its body. */
function renderSection(key: SectionKey, drug: Drug, ctx: SectionContext, level: number): TemplateResult {
  return html`<div class="net-part-section section" part=${partName('section')} data-section=${key}>
    ${heading(level, sectionHeading(key, drug, ctx), { className: 'subheading section-heading' })}
    ${renderBody(key, drug, ctx, level)}
  </div>`;
}

/**
 * "Did you mean Octreotide, Lanreotide or Everolimus?" for an unknown name, each name a button that opens its card
 * (`open(id)`), in the words and list style of the card's language.
 */
export function renderSuggestions(suggestions: readonly Suggestion[], labels: DrugCardLabels, open: (id: string) => void): TemplateResult {
  const [before = '', after = ''] = labels.didYouMean.split('{names}');
  const parts = new Intl.ListFormat(labels.listLocale, { type: 'disjunction' }).formatToParts(suggestions.map((s) => s.name));
  let next = 0;
  const list = parts.map((part) => {
    if (part.type !== 'element') return part.value;
    const { id, name } = suggestions[next++]!;
    return html`<button type="button" class="button suggestion" data-drug=${id} @click=${() => open(id)}>${name}</button>`;
  });
  return html`<p class="problem-details did-you-mean">${before}${list}${after}</p>`;
}
