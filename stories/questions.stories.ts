import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/net-questions.js';
import { ownQuestion, questionKey, questionsOn, type SavedQuestion } from '../src/shared/questions-store.js';
import { componentDocs } from './embed.js';
import { clickInWidget, expectLightDom, inNarrowColumn, widgetIn } from './helpers.js';

interface Args {
  remember: '' | 'session' | 'device';
  'clinic-lang': '' | 'en' | 'fr' | 'es';
  'print-preview': boolean;
  'heading-level': number;
  lang: string;
}

const render = (args: Args) =>
  html`<net-questions
    remember=${ifDefined(args.remember || undefined)}
    clinic-lang=${ifDefined(args['clinic-lang'] || undefined)}
    ?print-preview=${args['print-preview']}
    heading-level=${args['heading-level']}
    lang=${ifDefined(args.lang || undefined)}
  ></net-questions>`;

/**
 * Questions as the other widgets add them ("Add to my questions"): a gap on a drug card, a side effect, a treatment
 * option, a food, and one the reader wrote. Each keeps the words it was added with; the widget says it in the page's
 * language from the content.
 */
const FROM_EACH_WIDGET: SavedQuestion[] = [
  { key: questionKey('gap', 'captem', 'howGiven'), kind: 'gap', entryId: 'captem', part: 'howGiven', lang: 'en', text: 'How will CAPTEM be given to me, and how often?' },
  { key: questionKey('side-effect', 'everolimus', 'Mouth sores'), kind: 'side-effect', entryId: 'everolimus', part: 'Mouth sores', lang: 'en', text: 'Mouth sores: what should I do if this happens to me?' },
  { key: questionKey('option', 'prrt'), kind: 'option', entryId: 'prrt', lang: 'en', text: 'Could peptide receptor radionuclide therapy (PRRT) be an option for me?' },
  { key: questionKey('food', 'cheese'), kind: 'food', entryId: 'cheese', lang: 'en', text: 'Is it OK for me to have cheese?' },
  { key: questionKey('gap', 'captem', 'serious'), kind: 'gap', entryId: 'captem', part: 'serious', lang: 'en', text: 'Which side effects of CAPTEM should I watch for, and what should I do if I get one?' },
  { ...ownQuestion('Can I still drive after my treatment?', 'en'), key: 'own:story' },
];

/**
 * The page's one list, set for a story: every story on a page shares it, as every widget on one page does, so each
 * story starts from its own list (the play function runs after the first render).
 */
function withList(questions: readonly SavedQuestion[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const list = questionsOn(document);
    list.clear();
    for (const q of questions) list.add(q);
    await widgetIn(canvasElement).updateComplete;
  };
}

const meta: Meta<Args> = {
  title: 'Widgets/Questions',
  component: 'net-questions',
  parameters: {
    docs: {
      description: {
        component: componentDocs(
          'net-questions',
          '<net-questions></net-questions>',
          'Every widget on a page shares one list: the stories on this page do too. The guide **Questions and privacy** says what is kept, where and for how long.',
        ),
      },
    },
  },
  tags: ['autodocs'],
  render,
  args: { remember: '', 'clinic-lang': '', 'print-preview': false, 'heading-level': 2, lang: '' },
  argTypes: {
    remember: {
      control: 'inline-radio',
      options: ['', 'session', 'device'],
      description: 'How long the list is kept: in memory (empty), sessionStorage (session) or localStorage (device).',
    },
    'clinic-lang': {
      control: 'inline-radio',
      options: ['', 'en', 'fr', 'es'],
      description: 'The clinic’s language: the printout shows each question in the reader’s language and in this one.',
    },
    'print-preview': { control: 'boolean', description: 'Shows the printout on screen.' },
    'heading-level': { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
    lang: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The empty list: how to add questions, a field for the reader's own, and the general list. */
export const Default: Story = { play: withList([]) };

/** Questions added from the general list ("What are my treatment options?", "What happens if I wait?"). */
export const GeneralList: Story = {
  play: async (context) => {
    await withList([])(context);
    await clickInWidget(context.canvasElement, '.general-item[data-id="options"] .general-button', '.general-item[data-id="wait"] .general-button');
  },
};

/** Questions from each widget (a drug card's gap and side effect, an option, a food) and one the reader wrote, grouped. */
export const FromEachWidget: Story = { play: withList(FROM_EACH_WIDGET) };

/** "Clear my questions" asks first; focus is on "No, keep my list". */
export const ClearConfirmation: Story = {
  play: async (context) => {
    await withList(FROM_EACH_WIDGET.slice(0, 2))(context);
    await clickInWidget(context.canvasElement, '.clear-button');
  },
};

/**
 * The printout on screen, in two languages: each question in the reader's English with the same question in the
 * clinic's French beside it; the reader's own question as written, marked as not translated.
 */
export const BilingualPrintPreview: Story = { args: { 'clinic-lang': 'fr', 'print-preview': true }, play: withList(FROM_EACH_WIDGET) };

/** The printout on screen, in one language. */
export const PrintPreview: Story = { args: { 'print-preview': true }, play: withList(FROM_EACH_WIDGET) };

/** Kept in this browser tab (sessionStorage) until it closes: the widget says so. */
export const RememberSession: Story = { args: { remember: 'session' }, play: withList(FROM_EACH_WIDGET.slice(0, 3)) };

/**
 * Light DOM (`light-dom`): the same list, written into the element's own children instead of a shadow root, so that
 * reader view, page translators, read-aloud and a site's reading or translation toolbar reach every word. Choose it
 * when your site has such a toolbar; keep the default (shadow DOM) otherwise, since in light DOM more of your page's
 * CSS can reach into the list. **Guides/Light DOM** says what changes.
 */
export const LightDom: Story = {
  name: 'Light DOM',
  // The controls of the attributes this story renders (light-dom is read once, so it has none).
  parameters: { controls: { include: ['heading-level'] } },
  render: (args) => html`<net-questions light-dom heading-level=${args['heading-level']}></net-questions>`,
  play: async (context) => {
    await withList(FROM_EACH_WIDGET)(context);
    await expectLightDom(context.canvasElement);
  },
};

/** A 320 px column, as on a small phone. */
export const NarrowColumn: Story = {
  render: (args) => inNarrowColumn(render(args)),
  play: withList(FROM_EACH_WIDGET),
};

/** An unknown `remember` value ("forever"): kept in memory only, and a warning in the console for the site owner. */
export const UnknownRemember: Story = {
  render: (args) => html`<net-questions remember="forever" heading-level=${args['heading-level']}></net-questions>`,
  play: withList([]),
};
