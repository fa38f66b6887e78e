import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/net-diet-guide.js';
import { componentDocs } from './embed.js';
import { foodValues } from './content-lists.js';
import { clickInWidget, expectLightDom, inNarrowColumn } from './helpers.js';

interface Args {
  groups: string;
  'no-search': boolean;
  'no-questions'?: boolean;
  variant: '' | 'checklist';
  query: string;
  'heading-level': number;
  lang: string;
}

const render = (args: Args) =>
  html`<net-diet-guide
    groups=${ifDefined(args.groups || undefined)}
    ?no-search=${args['no-search']}
    ?no-questions=${args['no-questions'] ?? false}
    variant=${ifDefined(args.variant || undefined)}
    query=${ifDefined(args.query || undefined)}
    heading-level=${args['heading-level']}
    lang=${ifDefined(args.lang || undefined)}
  ></net-diet-guide>`;

const meta: Meta<Args> = {
  title: 'Widgets/Diet guide',
  component: 'net-diet-guide',
  parameters: { docs: { description: { component: componentDocs('net-diet-guide', '<net-diet-guide></net-diet-guide>', foodValues()) } } },
  tags: ['autodocs'],
  render,
  args: { groups: '', 'no-search': false, 'no-questions': false, variant: '', query: '', 'heading-level': 2, lang: '' },
  argTypes: {
    groups: {
      control: 'text',
      description: 'Comma-separated group ids: amines-and-adrenaline-like, high-serotonin, alcohol. Empty shows all.',
    },
    'no-search': { control: 'boolean', description: 'Hides the "Can I eat …?" search.' },
    'no-questions': { control: 'boolean', description: 'Hides the "Add to my questions" buttons beside each food and under an answer.' },
    variant: { control: 'inline-radio', options: ['', 'checklist'], description: 'Empty for the guide, or the printable checklist.' },
    query: { control: 'text', description: 'Pre-fills the search and shows its answer.' },
    'heading-level': { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
    lang: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The whole guide: why diet matters, the search, every group, medicines, symptom control and the footer. */
export const Default: Story = {};

/** "Can I eat …?" answered for a food on the list, reached past a typo: its group, the advice word and why. */
export const SearchingListedFood: Story = { args: { query: 'bannana' } };

/** A food that is not on the list: said plainly, never called safe, with a pointer to the care team. */
export const SearchingUnlistedFood: Story = { args: { query: 'rice' } };

/** A kind of a listed food: "beer" is answered with alcoholic drinks and their advice. */
export const SearchingKindOfFood: Story = { args: { query: 'beer' } };

/** A kind that may or may not count ("cheddar" is a cheese; it may be an aged cheese): the answer says so. */
export const SearchingPossibleKind: Story = { args: { query: 'cheddar' } };

/** A name that could be more than one listed food ("peacs": pears or peach?): the answer asks which, a button each. */
export const SearchingAmbiguousFood: Story = { args: { query: 'peacs' } };

/** Part of a name ("smoked"): not named on its own, so the answer lists the foods whose names have it, a button each. */
export const SearchingPartOfAName: Story = { args: { query: 'smoked' } };

/** A longer name that holds listed ones ("cheddar cheese"): not named as typed, so the answer offers "Cheese" and "Cheddar". */
export const SearchingALongerName: Story = { args: { query: 'cheddar cheese' } };

/** Opens the first medicine's drug card in the advice about medicines. */
const openMedicine = ({ canvasElement }: { canvasElement: HTMLElement }) => clickInWidget(canvasElement, '.drug-button');

/** A medicine's drug card opened in place from the advice about medicines. */
export const MedicineOpened: Story = { args: { 'no-search': true }, play: openMedicine };

/** Without the "Can I eat …?" search. */
export const NoSearch: Story = { args: { 'no-search': true } };

/** The guide without the "Add to my questions" buttons (`no-questions`). */
export const NoQuestions: Story = { args: { 'no-questions': true } };

/** The one-page printable checklist: a checkbox for each food and ruled space for notes. */
export const Checklist: Story = { args: { variant: 'checklist' } };

/** Only some groups; the search still answers for every food. */
export const GroupSubset: Story = { args: { groups: 'high-serotonin, alcohol' } };

/** The host's dietitian contact text, in the `dietitian` slot. */
export const DietitianSlot: Story = {
  render: (args) => html`<net-diet-guide heading-level=${args['heading-level']} no-search>
    <p slot="dietitian">Our dietitian team can help you plan meals. Call 0000 000 0000, Monday to Friday, 9am to 5pm.</p>
  </net-diet-guide>`,
};

/**
 * Light DOM (`light-dom`): the same guide, written into the element's own children instead of a shadow root, so that
 * reader view, page translators, read-aloud and a site's reading or translation toolbar reach every word, the "Can I
 * eat …?" answer included. Choose it when your site has such a toolbar; keep the default (shadow DOM) otherwise, since
 * in light DOM more of your page's CSS can reach into the guide. The `dietitian` slot works the same. **Guides/Light
 * DOM** says what changes.
 */
export const LightDom: Story = {
  name: 'Light DOM',
  // The controls of the attributes this story renders (light-dom is read once, so it has none).
  parameters: { controls: { include: ['query', 'heading-level'] } },
  args: { query: 'cheese' },
  render: (args) => html`<net-diet-guide light-dom query=${ifDefined(args.query || undefined)} heading-level=${args['heading-level']}>
    <p slot="dietitian">Our dietitian team can help you plan meals. Call 0000 000 0000, Monday to Friday, 9am to 5pm.</p>
  </net-diet-guide>`,
  play: ({ canvasElement }) => expectLightDom(canvasElement),
};

/** Themed through the public --net-* tokens (a story-only stylesheet, never in the widget). */
export const Themed: Story = {
  args: { query: 'tomato' },
  render: (args) => html`<style>
      .themed net-diet-guide {
        --net-color-accent: #00695c;
        --net-color-text: #102a27;
        --net-color-background: #fbfffe;
        --net-color-surface: #e6f4f1;
        --net-color-border: #5f7f7a;
        --net-color-urgent: #8e1b1b;
        --net-color-urgent-background: #fff0f0;
        --net-font-family: Georgia, serif;
        --net-radius: 0;
      }
    </style>
    <div class="themed">${render(args)}</div>`,
};

/** A 320 px column, as on a small phone. */
export const NarrowColumn: Story = {
  args: { query: 'kiwi' },
  render: (args) => inNarrowColumn(render(args)),
};

/**
 * An unknown group ("puddings") is left out: the guide shows the groups it knows, and the browser console tells the site
 * owner which name to fix (with a `net-error` event). A misspelling never hides the guide.
 */
export const UnknownGroup: Story = { args: { groups: 'high-serotonin, puddings' } };

/** An unknown `variant` ("poster"): the guide as usual, and a warning in the browser console for the site owner. */
export const UnknownVariant: Story = {
  render: (args) => html`<net-diet-guide variant="poster" heading-level=${args['heading-level']}></net-diet-guide>`,
};
